import { Button, Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import type { FormSchema } from '@contract/application'
import type { User } from '@contract/user'
import { ChoiceRow, FieldError } from '@/components/form-fields'
import { isFieldShown } from '@/domain/form-rules'
import { feeText } from '@/utils/fee-text'
import type { ApplicationDraft, ApplyStep, MaterialDraft } from '../draft-types'
import { displayValue } from '../form-state'

type DraftBody = Omit<ApplicationDraft, 'updatedAt'>

interface ReviewStepProps {
  schema: FormSchema
  user: User
  draft: DraftBody
  commitmentError: string | null
  onCommitmentChange: (accepted: boolean) => void
  onEdit: (step: ApplyStep) => void
}

function Row({ label, value }: { label: string; value: string }) {
  return (
    <View className='apply-review__row'>
      <Text className='apply-review__label'>{label}</Text>
      <Text className='apply-review__value'>{value}</Text>
    </View>
  )
}

function Section({ title, step, onEdit, children }: { title: string; step: ApplyStep; onEdit: (s: ApplyStep) => void; children: ReactNode }) {
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

/** How one material was provided, in words. */
export function materialSummary(material: FormSchema['materials'][number], draft: MaterialDraft | undefined): string {
  if (draft?.licenseId) return `免提交（使用电子证照：${material.eLicenseType ?? '电子证照'}）`
  if (draft && draft.files.length > 0) return `已上传 ${draft.files.length} 个文件`
  return material.required ? '未提供' : '未提供（非必需）'
}

/**
 * 确认提交: everything the person entered, ID numbers and phones masked, how each material is
 * provided, and the commitment with its explicit consent.
 */
export function ReviewStep({ schema, user, draft, commitmentError, onCommitmentChange, onEdit }: ReviewStepProps) {
  const legal = draft.applicantKind === 'legal'
  const fee = feeText(schema.fee)
  return (
    <View className='apply-review'>
      <Section title='申请人' step='applicant' onEdit={onEdit}>
        <Row label='申请身份' value={legal ? '法人（企业）' : '个人'} />
        {draft.onBehalf && !legal ? (
          <>
            <Row label='申请人' value={draft.onBehalf.label} />
            <Row label='经办人' value={`${user.realName?.name ?? '未实名认证'}（本人）`} />
          </>
        ) : (
          <>
            <Row label='姓名' value={user.realName?.name ?? '未实名认证'} />
            <Row label='身份证号' value={user.realName?.idNumber ?? '未实名认证'} />
          </>
        )}
        {user.phone && <Row label='手机号' value={user.phone} />}
        {legal && user.enterprise && (
          <>
            <Row label='企业名称' value={user.enterprise.name} />
            <Row label='统一社会信用代码' value={user.enterprise.creditCode} />
          </>
        )}
      </Section>

      <Section title='申请信息' step='details' onEdit={onEdit}>
        {schema.fields.filter((field) => isFieldShown(field, draft.fields)).map((field) => (
          <Row key={field.key} label={field.label} value={displayValue(field, draft.fields[field.key], draft.regionPaths[field.key])} />
        ))}
      </Section>

      {fee && (
        <View className='apply-review__section' role='region' aria-label='费用'>
          <Text className='apply-review__title' role='heading' aria-level={2}>费用</Text>
          <Row label='收费' value={fee.amount} />
          {fee.basis && <Text className='apply-review__note'>{fee.basis}</Text>}
          {fee.payment && <Text className='apply-review__note'>{fee.payment}</Text>}
        </View>
      )}

      <Section title='申请材料' step='materials' onEdit={onEdit}>
        {schema.materials.length === 0 && <Text className='apply-review__empty'>本事项无需提交材料</Text>}
        {schema.materials.map((material) => (
          <Row key={material.key} label={material.name} value={materialSummary(material, draft.materials[material.key])} />
        ))}
      </Section>

      {schema.commitment && (
        <View className='apply-review__section apply-review__commitment' role='region' aria-label={schema.commitment.title}>
          <Text className='apply-review__title' role='heading' aria-level={2}>{schema.commitment.title}</Text>
          <Text className='apply-review__commitment-text'>{schema.commitment.text}</Text>
          <ChoiceRow
            role='checkbox'
            className='apply-review__consent'
            checked={draft.commitmentAccepted}
            label='我已阅读并同意以上承诺'
            onClick={() => onCommitmentChange(!draft.commitmentAccepted)}
          />
          <FieldError message={commitmentError} />
        </View>
      )}
    </View>
  )
}
