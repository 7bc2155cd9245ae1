import Taro from '@tarojs/taro'
import { Button, Input, Text, View } from '@tarojs/components'
import { useEffect, useMemo, useRef, useState } from 'react'
import type { FieldValue, UploadedFile } from '@contract/application'
import type { CertificateRequest, CertificateRequestInput, CertificateType } from '@contract/certificate'
import { PhotoUploader } from '@/components/photo-uploader'
import { ErrorState, LoadingState } from '@/components/status-view'
import { certificateRequestsUrl, identityUrl, MINE_TAB_PATH } from '@/constants/routes'
import { checkField } from '@/domain/form-rules'
import { useRequest } from '@/hooks/use-request'
import { getCertificateRequest, listCertificateTypes, resubmitCertificateRequest, submitCertificateRequest } from '@/services/api/certificates'
import { toApiError } from '@/services/http'
import { useSessionStore } from '@/stores/session-store'
import { charCount } from '../format'
import { checkPhoto } from '../photo-check'
import { draftOf, FieldInput, type FieldDraft } from './field-input'
import { VillagePicker, type RegionPick } from './village-picker'
import './form.scss'

/** What the person has filled in so far; kept whatever goes wrong, so nothing typed is lost. */
interface Draft {
  typeId: string
  village: RegionPick[]
  villageCode: string
  /** The village of a returned request, as the server named it (before any new pick). */
  villageLabel: string
  purpose: string
  fields: Record<string, FieldDraft>
  materials: Record<string, UploadedFile[]>
}

const EMPTY: Draft = { typeId: '', village: [], villageCode: '', villageLabel: '', purpose: '', fields: {}, materials: {} }

export const PURPOSE_MIN = 2
export const PURPOSE_MAX = 100

function checkPurpose(text: string): string | null {
  const length = charCount(text.trim())
  if (length === 0) return '请填写用途'
  if (length < PURPOSE_MIN) return `用途至少 ${PURPOSE_MIN} 个字`
  if (length > PURPOSE_MAX) return `用途最多 ${PURPOSE_MAX} 个字，现在是 ${length} 个`
  return null
}

/** The draft of a returned request, to correct it (修改后重新提交). */
function draftFrom(request: CertificateRequest): Draft {
  const fields: Record<string, FieldDraft> = {}
  for (const field of request.fields) fields[field.key] = draftOf(field.value)
  const materials: Record<string, UploadedFile[]> = {}
  for (const material of request.materials) materials[material.key] = material.files
  return {
    typeId: request.type.id,
    village: [],
    villageCode: request.village.code,
    villageLabel: request.village.path || request.village.name,
    purpose: request.purpose,
    fields,
    materials,
  }
}

/**
 * 村(居)证明 request: who may apply (signed in, real-name verified), the type with what it needs,
 * the village, 用途, the type's fields and photos, then submit; `requestId` corrects a returned one.
 */
export function ApplyScreen({ requestId }: { requestId: string }) {
  const token = useSessionStore((s) => s.token)
  const user = useSessionStore((s) => s.user)
  if (!token || !user) {
    return (
      <Gate title='请先登录' text='开具村(居)证明需要先登录，再完成实名认证。' action='去登录' onAction={() => void Taro.switchTab({ url: MINE_TAB_PATH })} />
    )
  }
  if (!user.realName) {
    return (
      <Gate
        title='请先完成实名认证'
        text='村(居)证明写明申请人的姓名和身份证号，需要先完成实名认证。认证后回到这里继续填写。'
        action='去实名认证'
        onAction={() => void Taro.navigateTo({ url: identityUrl('personal') }).catch(() => Taro.showToast({ title: '页面打开失败，请重试', icon: 'none' }))}
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
  const [draft, setDraft] = useState<Draft>(EMPTY)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [formError, setFormError] = useState('')
  const [busy, setBusy] = useState(false)
  const uploading = useRef(new Set<string>())
  const prefilled = useRef(false)

  useEffect(() => {
    if (returned.data && !prefilled.current) {
      prefilled.current = true
      setDraft(draftFrom(returned.data))
    }
  }, [returned.data])

  const type = useMemo(() => types.data?.find((t) => t.id === draft.typeId), [types.data, draft.typeId])

  const setError = (key: string, message: string | null) =>
    setErrors((e) => {
      if ((e[key] ?? null) === message) return e
      const next = { ...e }
      if (message) next[key] = message
      else delete next[key]
      return next
    })

  if (types.error && !types.data) return <ErrorState error={types.error} onRetry={types.reload} />
  if (returned.error && !returned.data) return <ErrorState error={returned.error} onRetry={returned.reload} />
  if (!types.data || (requestId && !returned.data)) return <LoadingState />
  if (returned.data && returned.data.status !== 'returned') {
    return <Gate title='这份申请不能修改' text='只有被退回补正的申请可以修改后重新提交。' action='查看我的证明' onAction={() => void Taro.redirectTo({ url: certificateRequestsUrl() })} />
  }

  function chooseType(next: CertificateType) {
    setDraft((d) => ({ ...d, typeId: next.id }))
    setError('typeId', null)
  }

  function fieldDone(key: string, value: FieldDraft) {
    const field = type?.fields.find((f) => f.key === key)
    if (!field) return
    const empty = Array.isArray(value) ? value.length === 0 : value.trim() === ''
    // An empty field complains at submit, not while the person is still on their way through the form.
    if (empty && !errors[`fields.${key}`]) return
    const result = checkField(field, value)
    setError(`fields.${key}`, result.ok ? null : result.message)
  }

  function localErrors(t: CertificateType): Record<string, string> {
    const found: Record<string, string> = {}
    if (!/^\d{12}$/.test(draft.villageCode)) found.villageCode = '请选择到村（社区）'
    const purpose = checkPurpose(draft.purpose)
    if (purpose) found.purpose = purpose
    for (const field of t.fields) {
      const result = checkField(field, draft.fields[field.key])
      if (!result.ok) found[`fields.${field.key}`] = result.message
    }
    for (const material of t.materials) {
      const count = draft.materials[material.key]?.length ?? 0
      if (material.required && count === 0) found[`materials.${material.key}`] = `请上传「${material.name}」`
      else if (count > material.maxFiles) found[`materials.${material.key}`] = `「${material.name}」最多 ${material.maxFiles} 张`
    }
    return found
  }

  async function submit() {
    if (busy) return
    setFormError('')
    if (!type) {
      setErrors({ typeId: '请先选择要开的证明' })
      setFormError('请先选择要开的证明')
      return
    }
    if (uploading.current.size > 0) {
      setFormError('照片还在上传，请等上传完成后再提交')
      return
    }
    const found = localErrors(type)
    setErrors(found)
    if (Object.keys(found).length > 0) {
      setFormError(`还有 ${Object.keys(found).length} 处需要修改，请看标红的说明`)
      return
    }
    const fields: Record<string, FieldValue> = {}
    for (const field of type.fields) {
      const result = checkField(field, draft.fields[field.key])
      if (result.ok && result.value !== null) fields[field.key] = result.value
    }
    const input: CertificateRequestInput = {
      typeId: type.id,
      villageCode: draft.villageCode,
      purpose: draft.purpose.trim(),
      fields,
      materials: type.materials
        .map((m) => ({ key: m.key, fileIds: (draft.materials[m.key] ?? []).map((f) => f.fileId) }))
        .filter((m) => m.fileIds.length > 0),
    }
    setBusy(true)
    try {
      if (requestId) await resubmitCertificateRequest(requestId, input)
      else await submitCertificateRequest(input)
      void Taro.showToast({ title: requestId ? '已重新提交' : '已提交，请等待审核', icon: 'success' })
      await Taro.redirectTo({ url: certificateRequestsUrl() }).catch(() => undefined)
    } catch (e) {
      const error = toApiError(e)
      setErrors(error.fields)
      setFormError(error.message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='cert-apply'>
      <View className='cert-apply__card'>
        <Text className='cert-apply__title' role='heading' aria-level={1}>{requestId ? '修改后重新提交' : '申请村(居)证明'}</Text>
        <Text className='cert-apply__intro'>向所在村(居)委会申请证明，村(居)干部审核后出具，出具后可在「我的证明」查看、保存和分享。</Text>
        {returned.data?.reason && (
          <View className='cert-apply__reason' role='note'>
            <Text className='cert-apply__reason-title'>村(居)委会退回的原因</Text>
            <Text className='cert-apply__reason-text'>{returned.data.reason}</Text>
          </View>
        )}
      </View>

      <View className='cert-apply__card' id='cert-field-typeId'>
        <Text className='cert-apply__subtitle' role='heading' aria-level={2}>选择证明类型</Text>
        <View className='cert-types' role='radiogroup' aria-label='证明类型'>
          {types.data.map((t) => (
            <TypeCard key={t.id} type={t} checked={t.id === draft.typeId} disabled={Boolean(requestId) && t.id !== draft.typeId} onPick={() => chooseType(t)} />
          ))}
        </View>
        {errors.typeId && <Text className='cert-field__error' role='alert'>{errors.typeId}</Text>}
      </View>

      {type && (
        <>
          <View className='cert-apply__card'>
            <Text className='cert-apply__subtitle' role='heading' aria-level={2}>{`填写「${type.name}」`}</Text>
            <VillagePicker
              path={draft.village}
              chosenLabel={draft.villageLabel || undefined}
              error={errors.villageCode}
              onChange={(path) => {
                setDraft((d) => ({ ...d, village: path, villageCode: path.length === 3 ? path[2].code : '', villageLabel: '' }))
                if (path.length === 3) setError('villageCode', null)
              }}
            />
            <View className={`cert-field${errors.purpose ? ' cert-field--error' : ''}`} id='cert-field-purpose'>
              <Text className='cert-field__label'>用途</Text>
              <Input
                className='cert-field__input'
                type='text'
                value={draft.purpose}
                maxlength={PURPOSE_MAX + 20}
                placeholder='如 子女入学、办理低保'
                ariaLabel='用途（必填）'
                nativeProps={{ 'aria-label': '用途（必填）', 'aria-invalid': errors.purpose ? 'true' : undefined }}
                onInput={(e) => {
                  const value = e.detail.value
                  setDraft((d) => ({ ...d, purpose: value }))
                  if (errors.purpose && !checkPurpose(value)) setError('purpose', null)
                }}
                onBlur={() => draft.purpose.trim() && setError('purpose', checkPurpose(draft.purpose))}
              />
              <Text className='cert-field__hint'>写明证明交给哪里、做什么用，会写进证明里。</Text>
              {errors.purpose && <Text className='cert-field__error' role='alert'>{errors.purpose}</Text>}
            </View>
            {type.fields.map((field) => (
              <FieldInput
                key={field.key}
                field={field}
                value={draft.fields[field.key]}
                error={errors[`fields.${field.key}`]}
                onChange={(value) => {
                  setDraft((d) => ({ ...d, fields: { ...d.fields, [field.key]: value } }))
                  if (errors[`fields.${field.key}`] && checkField(field, value).ok) setError(`fields.${field.key}`, null)
                }}
                onDone={(value) => fieldDone(field.key, value)}
              />
            ))}
          </View>

          {type.materials.length > 0 && (
            <View className='cert-apply__card'>
              <Text className='cert-apply__subtitle' role='heading' aria-level={2}>上传照片</Text>
              <Text className='cert-apply__intro'>拍清楚四角和文字，JPG 或 PNG，每张不超过 5 MB。</Text>
              {type.materials.map((material) => {
                const error = errors[`materials.${material.key}`]
                return (
                  <View key={material.key} className={`cert-field${error ? ' cert-field--error' : ''}`} id={`cert-field-materials-${material.key}`}>
                    <Text className='cert-field__label'>
                      {material.name}
                      <Text className={`cert-badge${material.required ? ' cert-badge--required' : ''}`}>{material.required ? '必交' : '选交'}</Text>
                    </Text>
                    {material.note && <Text className='cert-field__hint'>{material.note}</Text>}
                    <PhotoUploader
                      materialKey={material.key}
                      materialName={material.name}
                      files={draft.materials[material.key] ?? []}
                      maxFiles={material.maxFiles}
                      onFilesChange={(files) => {
                        setDraft((d) => ({ ...d, materials: { ...d.materials, [material.key]: files } }))
                        if (files.length > 0) setError(`materials.${material.key}`, null)
                      }}
                      check={checkPhoto}
                      countUnit='张'
                      onBusyChange={(isBusy) => {
                        if (isBusy) uploading.current.add(material.key)
                        else uploading.current.delete(material.key)
                      }}
                    />
                    {error && <Text className='cert-field__error' role='alert'>{error}</Text>}
                  </View>
                )
              })}
            </View>
          )}
        </>
      )}

      <View className='cert-apply__card'>
        {formError && <Text className='cert-apply__form-error' role='alert'>{formError}</Text>}
        <Button className='cert-apply__submit' disabled={busy || undefined} onClick={() => void submit()}>
          {busy ? '正在提交…' : requestId ? '重新提交' : '提交申请'}
        </Button>
      </View>
    </View>
  )
}

function TypeCard({ type, checked, disabled, onPick }: { type: CertificateType; checked: boolean; disabled: boolean; onPick: () => void }) {
  const needs = type.fields.map((f) => f.label).join('、')
  const materials = type.materials.map((m) => `${m.name}${m.required ? '' : '（选交）'}`).join('、')
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
