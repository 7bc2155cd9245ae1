import { Button, Text, View } from '@tarojs/components'
import type { CertificateRequest, CertificateType } from '@contract/certificate'
import { FamilyChooser } from '@/components/family-chooser'
import { FieldError, FieldInput, FieldList, RegionCascader } from '@/components/form-fields'
import { PhotoUploader } from '@/components/photo-uploader'
import { ErrorState, LoadingState } from '@/components/status-view'
import { certificateRequestsUrl, identityUrl, MINE_TAB_PATH } from '@/constants/routes'
import { materialBadge } from '@/domain/certificate-materials'
import { MAX_UPLOAD_MB } from '@/domain/materials'
import { useRequest } from '@/hooks/use-request'
import { getCertificateRequest, listCertificateTypes } from '@/services/api/certificates'
import { useSessionStore } from '@/stores/session-store'
import { navigate } from '@/utils/navigate'
import { FIELD_ID_PREFIX, PURPOSE_FIELD, useCertificateForm, VILLAGE_FIELD } from '../hooks/use-certificate-form'
import { checkPhoto } from '../photo-check'
import './form.scss'

/**
 * 村(居)证明 request: who may apply (signed in, real-name verified), the type with what it needs,
 * the village, 用途, the type's fields and photos, then submit; `requestId` corrects a returned one.
 */
export function ApplyScreen({ requestId }: { requestId: string }) {
  const token = useSessionStore((s) => s.token)
  const user = useSessionStore((s) => s.user)
  if (!token || !user) {
    return (
      <Gate title='请先登录' text='开具村(居)证明需要先登录，再完成实名认证。' action='去登录' onAction={() => void navigate(MINE_TAB_PATH)} />
    )
  }
  if (!user.realName) {
    return (
      <Gate
        title='请先完成实名认证'
        text='村(居)证明写明申请人的姓名和身份证号，需要先完成实名认证。认证后回到这里继续填写。'
        action='去实名认证'
        onAction={() => void navigate(identityUrl('personal'))}
      />
    )
  }
  return <ApplyForm requestId={requestId} />
}

function Gate({ title, text, action, onAction }: { title: string; text: string; action: string; onAction: () => void }) {
  return (
    <View className='cert-apply'>
      <View className='cert-apply__card'>
        <Text className='cert-apply__title' role='heading' aria-level={1}>{title}</Text>
        <Text className='cert-apply__intro'>{text}</Text>
        <Button className='cert-apply__submit' onClick={onAction}>{action}</Button>
      </View>
    </View>
  )
}

function ApplyForm({ requestId }: { requestId: string }) {
  const types = useRequest(listCertificateTypes, [])
  const returned = useRequest(() => getCertificateRequest(requestId), [requestId], { enabled: Boolean(requestId) })

  if (types.error && !types.data) return <ErrorState error={types.error} onRetry={types.reload} />
  if (returned.error && !returned.data) return <ErrorState error={returned.error} onRetry={returned.reload} />
  if (!types.data || (requestId && !returned.data)) return <LoadingState />
  if (returned.data && returned.data.status !== 'returned') {
    return <Gate title='这份申请不能修改' text='只有被退回补正的申请可以修改后重新提交。' action='查看我的证明' onAction={() => void navigate(certificateRequestsUrl(), { replace: true })} />
  }
  return <RequestForm types={types.data} returned={returned.data ?? null} />
}

function RequestForm({ types, returned }: { types: CertificateType[]; returned: CertificateRequest | null }) {
  const form = useCertificateForm(types, returned)
  const { draft, type, errors } = form
  const user = useSessionStore((s) => s.user)

  return (
    <View className='cert-apply'>
      <View className='cert-apply__card'>
        <Text className='cert-apply__title' role='heading' aria-level={1}>{returned ? '修改后重新提交' : '申请村(居)证明'}</Text>
        <Text className='cert-apply__intro'>向所在村(居)委会申请证明，村(居)干部审核后出具，出具后可在「我的证明」查看、保存和分享。</Text>
        {returned?.reason && (
          <View className='cert-apply__reason' role='note'>
            <Text className='cert-apply__reason-title'>村(居)委会退回的原因</Text>
            <Text className='cert-apply__reason-text'>{returned.reason}</Text>
          </View>
        )}
      </View>

      {/* 为谁办理 first (为家人办): the certificate then names the family member as 持证人. A resubmit keeps whom it was for. */}
      {!returned && user?.role === 'resident' && user.realName && (
        <View className='cert-apply__card' id={`${FIELD_ID_PREFIX}-onBehalfOf`}>
          <FamilyChooser user={user} value={draft.onBehalf} onChange={form.setOnBehalf} memberRole='持证人' />
          {draft.onBehalf && <Text className='cert-apply__intro'>{`证明上的持证人为 ${draft.onBehalf.label}，您为经办人；照片请上传家人的材料。`}</Text>}
        </View>
      )}
      {returned?.agent && (
        <View className='cert-apply__card'>
          <Text className='cert-apply__intro'>{`为家人办理：持证人 ${returned.applicant.name}，经办人 ${returned.agent.name}`}</Text>
        </View>
      )}

      <View className='cert-apply__card' id={`${FIELD_ID_PREFIX}-typeId`}>
        <Text className='cert-apply__subtitle' role='heading' aria-level={2}>选择证明类型</Text>
        <View className='cert-types' role='radiogroup' aria-label='证明类型'>
          {types.map((t) => (
            <TypeCard key={t.id} type={t} checked={t.id === draft.typeId} disabled={Boolean(returned) && t.id !== draft.typeId} onPick={() => form.chooseType(t)} />
          ))}
        </View>
        <FieldError message={errors.typeId} />
      </View>

      {type && (
        <>
          <View className='cert-apply__card'>
            <Text className='cert-apply__subtitle' role='heading' aria-level={2}>{`填写「${type.name}」`}</Text>
            <RegionCascader
              field={VILLAGE_FIELD}
              path={draft.village}
              chosenLabel={draft.villageLabel || undefined}
              summaryName='所在村（社区）'
              error={errors.villageCode ?? undefined}
              idPrefix={FIELD_ID_PREFIX}
              look='plain'
              onChange={form.setVillage}
            />
            <FieldInput
              field={PURPOSE_FIELD}
              value={draft.purpose}
              error={errors.purpose ?? undefined}
              idPrefix={FIELD_ID_PREFIX}
              look='plain'
              onChange={form.setPurpose}
              onPick={form.setPurpose}
              onBlur={form.leavePurpose}
            />
            <FieldList
              fields={type.fields}
              values={draft.fields}
              regionPaths={draft.regionPaths}
              errors={errors.fields}
              idPrefix={FIELD_ID_PREFIX}
              look='plain'
              onChange={form.setField}
              onPick={form.pickField}
              onBlur={form.leaveField}
              onRegionChange={form.setRegion}
            />
          </View>

          {type.materials.length > 0 && (
            <View className='cert-apply__card'>
              <Text className='cert-apply__subtitle' role='heading' aria-level={2}>上传照片</Text>
              <Text className='cert-apply__intro'>{`拍清楚四角和文字，JPG 或 PNG，每张不超过 ${MAX_UPLOAD_MB} MB。`}</Text>
              {type.materials.map((material) => {
                const error = errors.materials[material.key]
                // The server's rule: 必交, 选交, or 租住、借住必交 until the choice makes it 必交.
                const badge = materialBadge(material, type.materialConditions, type.fields, draft.fields)
                return (
                  <View key={material.key} className={`cert-field${error ? ' cert-field--error' : ''}`} id={`${FIELD_ID_PREFIX}-materials-${material.key}`}>
                    <Text className='cert-field__label'>
                      {material.name}
                      <Text className={`cert-badge${badge.required ? ' cert-badge--required' : ''}`}>{badge.text}</Text>
                    </Text>
                    {material.note && <Text className='cert-field__hint'>{material.note}</Text>}
                    <PhotoUploader
                      materialKey={material.key}
                      materialName={material.name}
                      files={draft.materials[material.key] ?? []}
                      maxFiles={material.maxFiles}
                      onFilesChange={(files) => form.setMaterial(material.key, files)}
                      check={checkPhoto}
                      countUnit='张'
                      onBusyChange={(isBusy) => form.setMaterialBusy(material.key, isBusy)}
                    />
                    <FieldError message={error} />
                  </View>
                )
              })}
            </View>
          )}
        </>
      )}

      <View className='cert-apply__card'>
        {form.formError && <Text className='cert-apply__form-error' role='alert'>{form.formError}</Text>}
        <Button className='cert-apply__submit' disabled={form.busy || undefined} onClick={() => void form.submit()}>
          {form.busy ? '正在提交…' : returned ? '重新提交' : '提交申请'}
        </Button>
      </View>
    </View>
  )
}

function TypeCard({ type, checked, disabled, onPick }: { type: CertificateType; checked: boolean; disabled: boolean; onPick: () => void }) {
  const needs = type.fields.map((f) => f.label).join('、')
  const materials = type.materials
    .map((m) => {
      const badge = materialBadge(m, type.materialConditions, type.fields, {})
      return badge.required ? m.name : `${m.name}（${badge.text}）`
    })
    .join('、')
  return (
    <Button
      className={`cert-type${checked ? ' cert-type--checked' : ''}`}
      role='radio'
      aria-checked={checked}
      disabled={disabled || undefined}
      onClick={onPick}
    >
      <Text className='cert-type__name'>{checked ? `✓ ${type.name}` : type.name}</Text>
      <Text className='cert-type__text'>{type.purpose}</Text>
      {needs && <Text className='cert-type__meta'>{`需填写：${needs}`}</Text>}
      <Text className='cert-type__meta'>{materials ? `需上传：${materials}` : '无需上传材料'}</Text>
      {type.validDays !== null && <Text className='cert-type__meta'>{`出具后 ${type.validDays} 天内有效`}</Text>}
    </Button>
  )
}
