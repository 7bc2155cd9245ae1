import { Button, Text, View } from '@tarojs/components'
import dayjs from 'dayjs'
import type { FormSchema } from '@contract/application'
import type { User } from '@contract/user'
import { FieldError } from '@/components/form-fields'
import { withoutOwnLicenses } from '../form-state'
import { useApplicationForm } from '../hooks/use-application-form'
import { useContactPrefill } from '../hooks/use-contact-prefill'
import { ApplicantStep } from './applicant-step'
import { DetailsStep } from './details-step'
import { MaterialStep } from './material-step'
import { ReviewStep } from './review-step'
import { StepIndicator } from './step-indicator'

/** 上次填写于 3月1日 09:30 (the phone's own clock wrote it, so the phone's time zone reads it). */
export function lastEditedLabel(updatedAt: string): string {
  const at = dayjs(updatedAt)
  return at.isValid() ? at.format('M月D日 HH:mm') : ''
}

/** The stepped form of one item for the signed-in person. */
export function ApplicationForm({ schema, user }: { schema: FormSchema; user: User }) {
  const form = useApplicationForm(schema, user)
  const { draft, errors, submitState } = form
  // 联系电话 from the account once the person reaches the details (not while a draft is offered).
  useContactPrefill(schema, !form.offer && draft.step === 'details', draft.fields, form.setField)

  if (form.offer) {
    return (
      <View className='apply-form'>
        <Text className='apply-form__item' role='heading' aria-level={1}>{schema.itemName}</Text>
        <View className='apply-form__offer' role='region' aria-label='未提交的申请'>
          <Text className='apply-form__offer-title' role='heading' aria-level={2}>有一份未提交的申请</Text>
          <Text className='apply-form__offer-text'>
            {form.offer.idempotencyKey
              ? '上次提交时没有收到结果（可能是网络中断）。请点「继续填写」，再点「重新提交」：已经提交成功的不会重复提交。'
              : '上次填写的内容已保存在手机上，可以接着填写，也可以重新开始。'}
          </Text>
          <Button className='apply-form__primary' onClick={form.continueDraft}>
            {`继续填写（上次填写于 ${lastEditedLabel(form.offer.updatedAt)}）`}
          </Button>
          <Button className='apply-form__secondary' onClick={() => void form.startOver()}>重新填写</Button>
        </View>
      </View>
    )
  }

  const submitting = submitState.status === 'submitting'
  const failed = submitState.status === 'failed' ? submitState : null
  const needsConsent = draft.step === 'review' && schema.commitment !== null && !draft.commitmentAccepted
  // An attempt whose outcome is unknown (its key is kept) is retried, not submitted anew, in words too.
  const submitLabel = submitting ? '正在提交…' : failed?.retry || draft.idempotencyKey ? '重新提交' : '提交申请'

  return (
    <View className='apply-form'>
      <Text className='apply-form__item' role='heading' aria-level={1}>{schema.itemName}</Text>
      <StepIndicator step={draft.step} />

      <View className='apply-form__body'>
        {draft.step === 'applicant' && (
          <>
            <ApplicantStep
              schema={schema}
              applicantKind={draft.applicantKind}
              onApplicantKindChange={form.setApplicantKind}
              onBehalf={draft.onBehalf ?? null}
              onOnBehalfChange={form.setOnBehalf}
            />
            <FieldError message={errors.applicant} />
          </>
        )}
        {draft.step === 'details' && (
          <DetailsStep
            schema={schema}
            draft={draft}
            errors={errors.fields}
            onChange={form.setField}
            onPick={form.pickField}
            onBlur={form.leaveField}
            onRegionChange={form.setRegion}
          />
        )}
        {draft.step === 'materials' && (
          <MaterialStep
            schema={draft.onBehalf ? withoutOwnLicenses(schema) : schema}
            materials={draft.materials}
            onChange={form.setMaterial}
            errors={errors.materials}
            onBusyChange={form.setMaterialsBusy}
          />
        )}
        {draft.step === 'review' && (
          <ReviewStep
            schema={schema}
            user={user}
            draft={draft}
            commitmentError={errors.commitment}
            onCommitmentChange={form.setCommitment}
            onEdit={(step) => form.goTo(step)}
          />
        )}
      </View>

      {failed && (
        <View className='apply-form__failure' role='alert'>
          <Text className='apply-form__failure-text'>{failed.message}</Text>
        </View>
      )}

      <View className='apply-form__actions'>
        {draft.step !== 'applicant' && (
          <Button className='apply-form__secondary apply-form__action' disabled={submitting || undefined} onClick={form.back}>上一步</Button>
        )}
        {draft.step === 'review' ? (
          <Button
            className='apply-form__primary apply-form__action'
            disabled={submitting || needsConsent || undefined}
            aria-busy={submitting || undefined}
            onClick={() => void form.submit()}
          >
            {submitLabel}
          </Button>
        ) : (
          <Button className='apply-form__primary apply-form__action' disabled={(draft.step === 'materials' && form.materialsBusy) || undefined} onClick={form.next}>
            下一步
          </Button>
        )}
      </View>
      {needsConsent && <Text className='apply-form__reason'>请先阅读承诺内容并勾选「我已阅读并同意以上承诺」，再提交申请</Text>}
      {draft.step === 'materials' && form.materialsBusy && <Text className='apply-form__reason'>材料正在上传，上传完成后可进入下一步</Text>}
      <Text className='apply-form__saved'>填写的内容会自动保存在手机上</Text>
    </View>
  )
}
