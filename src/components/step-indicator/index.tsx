import { Text, View } from '@tarojs/components'
import './index.scss'

/**
 * The steps of a stepped application (申请人 → 填写信息 → 上传材料 → 确认提交, or a 一件事 bundle's
 * longer list). The current step is marked for screen readers (aria-current) and said in words
 * (第 2 步，共 4 步：填写信息), not only by colour; done steps show ✓.
 */
export function StepIndicator({ titles, current }: { titles: readonly string[]; current: number }) {
  return (
    <View className='step-indicator'>
      <Text className='step-indicator__status' aria-live='polite'>
        {`第 ${current + 1} 步，共 ${titles.length} 步：${titles[current] ?? ''}`}
      </Text>
      <View className='step-indicator__list' role='list'>
        {titles.map((title, i) => {
          const state = i < current ? 'done' : i === current ? 'current' : 'todo'
          return (
            <View
              key={title}
              className={`step-indicator__step step-indicator__step--${state}`}
              role='listitem'
              aria-current={i === current ? 'step' : undefined}
              aria-label={`${i + 1} ${title}${state === 'done' ? '，已完成' : state === 'current' ? '，当前步骤' : ''}`}
            >
              <Text className='step-indicator__number' aria-hidden>{state === 'done' ? '✓' : String(i + 1)}</Text>
              <Text className='step-indicator__title' aria-hidden>{title}</Text>
            </View>
          )
        })}
      </View>
    </View>
  )
}
