import { Text, View } from '@tarojs/components'
import type { CaseEnding, CaseStatus, CaseStep } from '@contract/case'
import { STATUS_LABELS, STEP_LABELS, stepViews } from '@/domain/case-lifecycle'
import './case-steps.scss'

/**
 * The four steps a resident sees (提交 / 受理 / 办理 / 办结). The current one is marked with
 * aria-current and said in words (当前：受理), so it never rests on colour or position alone. A case
 * that ended short (withdrawn, 不予受理, 不予许可) stops where it stopped: the steps after it are
 * never shown as done (the rule is stepViews in src/domain/case-lifecycle.ts).
 */
export function CaseSteps({ step, status, ending = null }: { step: CaseStep; status: CaseStatus; ending?: CaseEnding | null }) {
  const views = stepViews(status, step, ending)
  const stopped = views.find((v) => v.state === 'stopped')
  const current = stopped ?? views.find((v) => v.state === 'current') ?? views.find((v) => v.step === step)!
  const summary = stopped ? `已结束：${stopped.text}（在「${STEP_LABELS[stopped.step]}」环节）` : `当前：${STEP_LABELS[step]}（${STATUS_LABELS[status]}）`
  return (
    <View className='case-steps'>
      <Text className='case-steps__current' aria-live='polite'>{summary}</Text>
      <View className='case-steps__list' role='list' aria-label='办理进度'>
        {views.map((v, i) => (
          <View
            key={v.step}
            className={`case-steps__step case-steps__step--${v.state}`}
            role='listitem'
            aria-current={v.step === current.step ? 'step' : undefined}
          >
            <Text className='case-steps__dot' aria-hidden>{v.state === 'stopped' ? '×' : String(i + 1)}</Text>
            <Text className='case-steps__label'>{STEP_LABELS[v.step]}</Text>
            <Text className='case-steps__state'>{v.text}</Text>
          </View>
        ))}
      </View>
    </View>
  )
}
