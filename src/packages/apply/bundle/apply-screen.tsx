import { Button, Text, View } from '@tarojs/components'
import { StepIndicator } from '@/components/step-indicator'
import { useMemo, type ReactNode } from 'react'
import type { BundleForm, BundleGuide } from '@contract/bundle'
import type { User } from '@contract/user'
import { ChoiceRow, FieldError, FieldList } from '@/components/form-fields'
import { EmptyState, ErrorState, LoadingState } from '@/components/status-view'
import { bundleGuideUrl, HOME_TAB_PATH } from '@/constants/routes'
import { maskName } from '@/domain/mask'
import { ApplicantStep } from '@/features/apply/components/applicant-step'
import { lastEditedLabel } from '@/features/apply/components/application-form'
import { SignInPrompt } from '@/features/apply/components/form-screen'
import { MaterialStep } from '@/features/apply/components/material-step'
import { materialSummary } from '@/features/apply/components/review-step'
import { displayValue } from '@/features/apply/form-state'
import { useContactPrefill } from '@/features/apply/hooks/use-contact-prefill'
import { isFieldShown } from '@/domain/form-rules'
import { useSessionStore } from '@/stores/session-store'
import { feeText } from '@/utils/fee-text'
import { goBack } from '@/utils/navigate'
import {
  applicantKindsOf,
  asFormSchema,
  BUNDLE_STEP_TITLES,
  deliveryFields,
  deliveryText,
  kitFields,
  type BundleDraft,
  type BundleStep,
} from './apply-state'
import { limitLabel } from '@/features/bundle/format'
import { BUNDLE_FIELD_ID_PREFIX, DELIVERY_FIELD_ID_PREFIX, schemaForMaterials, useBundleApply, type BundleApplyState } from './use-bundle-apply'
import { useBundleGuide } from '@/features/bundle/use-bundle-guide'
// The single application's form styles (step indicator, actions, review rows): the same look.
import '../../../features/apply/components/apply-form.scss'
import './apply-screen.scss'

/** 一件事 在线申报: sign-in, the bundle's guide (its parts), then the stepped application. */
export function BundleApplyScreen({ bundleId }: { bundleId: string }) {
  const user = useSessionStore((s) => s.user)
  const token = useSessionStore((s) => s.token)
  if (!user || !token) return <SignInPrompt />
  return <GuideLoader bundleId={bundleId} user={user} />
}

function GuideLoader({ bundleId, user }: { bundleId: string; user: User }) {
  const { data: guide, error, loading, reload } = useBundleGuide(bundleId)
  if (guide && !guide.palm) {
    // Opened from a shared link: say why instead of a form the server would refuse.
    return (
      <View className='apply-form__gate' role='alert'>
        <Text className='apply-form__gate-title'>暂不能在手机上申报</Text>
        <Text className='apply-form__gate-text'>本“一件事”暂不支持掌上办理，可预约、申请帮办代办或到窗口办理。</Text>
        <Button className='apply-form__primary' onClick={() => void goBack(bundleGuideUrl(guide.id))}>查看“一件事”指南</Button>
      </View>
    )
  }
  if (guide) return <BundleApplication key={`${user.id}:${guide.id}`} guide={guide} user={user} />
  if (error?.kind === 'not-found') {
    return (
      <View className='apply-form__gate'>
        <EmptyState title='“一件事”不存在或已下线' hint='请回到首页搜索其他事项' />
        <Button className='apply-form__secondary' onClick={() => void goBack(HOME_TAB_PATH)}>返回</Button>
      </View>
    )
  }
  if (error) return <ErrorState error={error} onRetry={() => void reload()} />
  if (loading) return <LoadingState text='正在加载“一件事”…' />
  return null
}

/** The guide's kinds and 为家人办 as the reused 申请人 step reads them, before the merged form is known. */
function guideSchema(guide: BundleGuide, form: BundleForm | null) {
  if (form) return asFormSchema(form)
  return { ...asFormSchema({ bundleId: guide.id, bundleName: guide.name, parts: [], applicantKinds: applicantKindsOf(guide), fields: [], materials: [], commitment: null, uploads: { maxBytes: 0, mimeTypes: [] }, promisedLimitDays: guide.promisedLimitDays, fees: [], halls: [] }) }
}

function BundleApplication({ guide, user }: { guide: BundleGuide; user: User }) {
  const state = useBundleApply(guide, user)
  const { draft, form, formState } = state

  const schema = useMemo(() => guideSchema(guide, form), [guide, form])
  const step = draft.bundle.step
  // 联系电话 of the form and the 收件人手机号 from the account, once each, never over what was typed.
  useContactPrefill(schema, !state.offer && step === 'details' && form !== null, draft.fields, state.setField)
  const deliverySchema = useMemo(() => ({ ...schema, fields: form ? deliveryFields(form) : [] }), [schema, form])
  useContactPrefill(deliverySchema, !state.offer && step === 'delivery' && form !== null, draft.bundle.delivery, state.setDelivery)

  if (state.offer) return <DraftOffer guide={guide} state={state} />

  const submitting = state.submitState.status === 'submitting'
  const failed = state.submitState.status === 'failed' ? state.submitState : null
  const submitLabel = submitting ? '正在提交…' : failed?.retry || draft.idempotencyKey ? '重新提交' : '提交申请'
  const formPending = step !== 'applicant' && step !== 'parts' && !form

  return (
    <View className='apply-form bundle-apply'>
      <Text className='apply-form__item' role='heading' aria-level={1}>{guide.name}</Text>
      <BundleSteps steps={state.steps} step={step} />

      <View className='apply-form__body'>
        {step === 'applicant' && (
          <>
            <ApplicantStep
              schema={schema}
              applicantKind={draft.applicantKind}
              onApplicantKindChange={state.setApplicantKind}
              onBehalf={draft.onBehalf ?? null}
              onOnBehalfChange={state.setOnBehalf}
            />
            <FieldError message={state.errors.applicant} />
          </>
        )}
        {step === 'parts' && <PartsStep guide={guide} draft={draft} onToggle={state.togglePart} error={state.errors.parts} />}
        {formPending && (formState.error ? <ErrorState error={formState.error} onRetry={() => void formState.reload()} /> : <LoadingState text='正在加载申报表…' />)}
        {step === 'details' && form && (
          <View className='bundle-apply__details'>
            <Text className='bundle-apply__intro'>{`以下信息一次填写，用于所选的 ${form.parts.length} 个事项；多个事项都要的信息只问一次。`}</Text>
            <FieldList
              className='apply-details'
              fields={kitFields(form)}
              values={draft.fields}
              regionPaths={draft.regionPaths}
              errors={state.errors.fields}
              idPrefix={BUNDLE_FIELD_ID_PREFIX}
              look='card'
              onChange={state.setField}
              onPick={state.pickField}
              onBlur={state.leaveField}
              onRegionChange={state.setRegion}
            />
          </View>
        )}
        {step === 'materials' && form && (
          <Text className='bundle-apply__intro'>每份材料只需提交一次，用于所选的全部事项。</Text>
        )}
        {step === 'materials' && form && (
          <MaterialStep
            schema={schemaForMaterials(form, draft)}
            materials={draft.materials}
            onChange={state.setMaterial}
            errors={state.errors.materials}
            onBusyChange={state.setMaterialsBusy}
          />
        )}
        {step === 'commitment' && form?.commitment && (
          <View className='apply-review__section apply-review__commitment' role='region' aria-label={form.commitment.title}>
            <Text className='apply-review__title' role='heading' aria-level={2}>{form.commitment.title}</Text>
            <Text className='apply-review__note'>{`适用于：${form.parts.filter((p) => form.commitment?.partItemIds.includes(p.itemId)).map((p) => p.name).join('、')}`}</Text>
            <Text className='apply-review__commitment-text'>{form.commitment.text}</Text>
            <ChoiceRow
              role='checkbox'
              className='apply-review__consent'
              checked={draft.commitmentAccepted}
              label='我已阅读并同意以上承诺'
              onClick={() => state.setCommitment(!draft.commitmentAccepted)}
            />
            <FieldError message={state.errors.commitment} />
          </View>
        )}
        {step === 'delivery' && form && (
          <View className='bundle-apply__delivery' role='region' aria-label='领取方式'>
            <Text className='bundle-apply__title' role='heading' aria-level={2}>领取方式</Text>
            <FieldList
              fields={deliveryFields(form)}
              values={draft.bundle.delivery}
              errors={state.errors.delivery}
              idPrefix={DELIVERY_FIELD_ID_PREFIX}
              look='card'
              onChange={state.setDelivery}
              onPick={state.pickDelivery}
              onBlur={state.leaveDelivery}
              onRegionChange={() => undefined}
            />
          </View>
        )}
        {step === 'review' && form && <BundleReview form={form} user={user} draft={draft} onEdit={state.goTo} />}
      </View>

      {failed && (
        <View className='apply-form__failure' role='alert'>
          <Text className='apply-form__failure-text'>{failed.message}</Text>
        </View>
      )}

      <View className='apply-form__actions'>
        {step !== 'applicant' && (
          <Button className='apply-form__secondary apply-form__action' disabled={submitting || undefined} onClick={state.back}>上一步</Button>
        )}
        {step === 'review' ? (
          <Button className='apply-form__primary apply-form__action' disabled={submitting || !form || undefined} aria-busy={submitting || undefined} onClick={() => void state.submit()}>
            {submitLabel}
          </Button>
        ) : (
          <Button className='apply-form__primary apply-form__action' disabled={(step === 'materials' && state.materialsBusy) || undefined} onClick={state.next}>
            下一步
          </Button>
        )}
      </View>
      {step === 'materials' && state.materialsBusy && <Text className='apply-form__reason'>材料正在上传，上传完成后可进入下一步</Text>}
      <Text className='apply-form__saved'>填写的内容会自动保存在手机上</Text>
      <Button className='apply-form__secondary bundle-apply__guide' onClick={() => void goBack(bundleGuideUrl(guide.id))}>查看“一件事”指南</Button>
    </View>
  )
}

function DraftOffer({ guide, state }: { guide: BundleGuide; state: BundleApplyState }) {
  const offer = state.offer
  if (!offer) return null
  return (
    <View className='apply-form'>
      <Text className='apply-form__item' role='heading' aria-level={1}>{guide.name}</Text>
      <View className='apply-form__offer' role='region' aria-label='未提交的申请'>
        <Text className='apply-form__offer-title' role='heading' aria-level={2}>有一份未提交的申请</Text>
        <Text className='apply-form__offer-text'>
          {offer.idempotencyKey
            ? '上次提交时没有收到结果（可能是网络中断）。请点「继续填写」，再点「重新提交」：已经提交成功的不会重复提交。'
            : '上次填写的内容已保存在手机上，可以接着填写，也可以重新开始。'}
        </Text>
        <Button className='apply-form__primary' onClick={state.continueDraft}>{`继续填写（上次填写于 ${lastEditedLabel(offer.updatedAt)}）`}</Button>
        <Button className='apply-form__secondary' onClick={() => void state.startOver()}>重新填写</Button>
      </View>
    </View>
  )
}

/** 第 3 步，共 7 步：填写信息, and the steps as a list (aria-current on this one), as on single applications. */
function BundleSteps({ steps, step }: { steps: readonly BundleStep[]; step: BundleStep }) {
  return <StepIndicator titles={steps.map((s) => BUNDLE_STEP_TITLES[s])} current={Math.max(0, steps.indexOf(step))} />
}

/** 选择事项: required parts checked and fixed (with the reason), optional ones the person keeps or leaves. */
function PartsStep({ guide, draft, onToggle, error }: { guide: BundleGuide; draft: BundleDraft; onToggle: (itemId: string) => void; error: string | null }) {
  return (
    <View className='bundle-apply__parts' role='group' aria-label='选择要办理的事项'>
      <Text className='bundle-apply__title' role='heading' aria-level={2}>选择要办理的事项</Text>
      <Text className='bundle-apply__intro'>必办事项已选好；可选事项不需要的可以取消，以后也可以单独申请。</Text>
      {guide.parts.map((part) => {
        const on = part.required || draft.bundle.optionalParts.includes(part.itemId)
        return (
          <View key={part.itemId} className='bundle-apply__part'>
            {part.required ? (
              <Button className='choice-row choice-row--checked bundle-apply__fixed' role='checkbox' aria-checked aria-disabled disabled aria-label={`${part.name}（必办事项，不能取消）`}>
                <View className='choice-row__mark choice-row__mark--box' aria-hidden>✓</View>
                <Text className='choice-row__label'>{part.name}</Text>
              </Button>
            ) : (
              <ChoiceRow role='checkbox' checked={on} label={part.name} onClick={() => onToggle(part.itemId)} />
            )}
            <Text className='bundle-apply__part-note'>
              {`${part.required ? '必办事项，不能取消' : '可选事项'} · ${part.department.name} · ${part.kind === 'instant' ? '即办' : limitLabel(part.promisedLimitDays)}`}
            </Text>
          </View>
        )
      })}
      <FieldError message={error} />
    </View>
  )
}

function Row({ label, value }: { label: string; value: string }) {
  return (
    <View className='apply-review__row'>
      <Text className='apply-review__label'>{label}</Text>
      <Text className='apply-review__value'>{value}</Text>
    </View>
  )
}

function Section({ title, step, onEdit, children }: { title: string; step: BundleStep; onEdit: (s: BundleStep) => void; children: ReactNode }) {
  return (
    <View className='apply-review__section' role='region' aria-label={title}>
      <View className='apply-review__head'>
        <Text className='apply-review__title' role='heading' aria-level={2}>{title}</Text>
        <Button className='apply-review__edit' aria-label={`修改${title}`} onClick={() => onEdit(step)}>修改</Button>
      </View>
      {children}
    </View>
  )
}

/** 确认提交: who, which parts (with their fees), what was typed (masked as the server shows it), materials, delivery. */
function BundleReview({ form, user, draft, onEdit }: { form: BundleForm; user: User; draft: BundleDraft; onEdit: (s: BundleStep) => void }) {
  const legal = draft.applicantKind === 'legal'
  const fields = kitFields(form)
  const materials = asFormSchema(form).materials
  return (
    <View className='apply-review'>
      <Section title='申请人' step='applicant' onEdit={onEdit}>
        <Row label='申请身份' value={legal ? '法人（企业）' : '个人'} />
        {draft.onBehalf && !legal ? (
          <>
            <Row label='申请人' value={draft.onBehalf.label} />
            <Row label='经办人' value={`${user.realName ? maskName(user.realName.name) : '未实名认证'}（本人）`} />
          </>
        ) : (
          <Row label='姓名' value={user.realName ? maskName(user.realName.name) : '未实名认证'} />
        )}
        {legal && user.enterprise && <Row label='企业名称' value={user.enterprise.name} />}
      </Section>
      <Section title='办理事项' step='parts' onEdit={onEdit}>
        {form.fees.map((f) => (
          <Row key={f.itemId} label={f.name} value={feeText(f.fee)?.amount ?? '免费'} />
        ))}
        <Text className='apply-review__note'>{`整体时限：${limitLabel(form.promisedLimitDays)}；收费事项在窗口领取或办理时缴纳，线上不收费`}</Text>
      </Section>
      <Section title='申请信息' step='details' onEdit={onEdit}>
        {fields.filter((f) => isFieldShown(f, draft.fields)).map((f) => (
          <Row key={f.key} label={f.label} value={displayValue(f, draft.fields[f.key], draft.regionPaths[f.key])} />
        ))}
      </Section>
      <Section title='申请材料' step='materials' onEdit={onEdit}>
        {materials.length === 0 && <Text className='apply-review__empty'>无需提交材料</Text>}
        {materials.map((m) => (
          <Row key={m.key} label={m.name} value={materialSummary(m, draft.materials[m.key])} />
        ))}
      </Section>
      {form.commitment && (
        <Section title='告知承诺' step='commitment' onEdit={onEdit}>
          <Row label={form.commitment.title} value={draft.commitmentAccepted ? '已阅读并同意' : '未同意'} />
        </Section>
      )}
      <Section title='领取方式' step='delivery' onEdit={onEdit}>
        <Text className='apply-review__value'>{deliveryText(form, draft.bundle.delivery)}</Text>
      </Section>
    </View>
  )
}
