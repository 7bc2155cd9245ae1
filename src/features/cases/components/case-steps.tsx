import { Text, View } from '@tarojs/components'
import type { CaseStatus, CaseStep } from '@contract/case'
import { CASE_STEPS, STATUS_LABELS, STEP_LABELS } from '@/domain/case-lifecycle'
import './case-steps.scss'

/**
 * The four steps a resident sees (提交 / 受理 / 办理 / 办结). The current one is marked with
 * aria-current and said in words (当前：受理), so it never rests on colour or position alone.
 */
export function CaseSteps({ step, status }: { step: CaseStep; status: CaseStatus }) {
  const at = CASE_STEPS.indexOf(step)
  const ended = step === 'concluded'
  return (
    <View className='case-steps'>
      <Text className='case-steps__current' aria-live='polite'>{`当前：${STEP_LABELS[step]}（${STATUS_LABELS[status]}）`}</Text>
      <View className='case-steps__list' role='list' aria-label='办理进度'>
        {CASE_STEPS.map((s, i) => {
          const state = i < at || (ended && i === at) ? 'done' : i === at ? 'current' : 'todo'
          return (
            <View
              key={s}
              className={`case-steps__step case-steps__step--${state}`}
              role='listitem'
              aria-current={i === at ? 'step' : undefined}
            >
              <Text className='case-steps__dot' aria-hidden>{String(i + 1)}</Text>
              <Text className='case-steps__label'>{STEP_LABELS[s]}</Text>
              <Text className='case-steps__state'>{state === 'done' ? '已完成' : state === 'current' ? '进行中' : '未开始'}</Text>
            </View>
          )
        })}
      </View>
    </View>
  )
}
