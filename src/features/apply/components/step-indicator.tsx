import { StepIndicator as Steps } from '@/components/step-indicator'
import { APPLY_STEPS, type ApplyStep } from '../draft-types'
import { STEP_TITLES, stepIndex } from '../form-state'

/** 1 申请人 → 2 填写信息 → 3 上传材料 → 4 确认提交, with the current one marked. */
export function StepIndicator({ step }: { step: ApplyStep }) {
  return <Steps titles={APPLY_STEPS.map((s) => STEP_TITLES[s])} current={stepIndex(step)} />
}
