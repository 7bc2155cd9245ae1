import { Text, View } from '@tarojs/components'
import { APPLY_STEPS, type ApplyStep } from '../draft-types'
import { STEP_TITLES, stepIndex } from '../form-state'

/**
 * 1 申请人 → 2 填写信息 → 3 上传材料 → 4 确认提交. The current step is marked for screen readers
 * (aria-current) and said in words (第 2 步，共 4 步), not only by colour.
 */
export function StepIndicator({ step }: { step: ApplyStep }) {
  const current = stepIndex(step)
  return (
    <View className='step-indicator'>
      <Text className='step-indicator__status' aria-live='polite'>
        {`第 ${current + 1} 步，共 ${APPLY_STEPS.length} 步：${STEP_TITLES[step]}`}
      </Text>
      <View className='step-indicator__list' role='list'>
        {APPLY_STEPS.map((s, i) => {
          const state = i < current ? 'done' : i === current ? 'current' : 'todo'
          return (
            <View
              key={s}
              className={`step-indicator__step step-indicator__step--${state}`}
              role='listitem'
              aria-current={i === current ? 'step' : undefined}
              aria-label={`${i + 1} ${STEP_TITLES[s]}${state === 'done' ? '，已完成' : state === 'current' ? '，当前步骤' : ''}`}
            >
              <Text className='step-indicator__number' aria-hidden>{state === 'done' ? '✓' : String(i + 1)}</Text>
              <Text className='step-indicator__title' aria-hidden>{STEP_TITLES[s]}</Text>
            </View>
          )
        })}
      </View>
    </View>
  )
}
