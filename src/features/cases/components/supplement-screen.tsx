import Taro from '@tarojs/taro'
import { Button, Text, Textarea, View } from '@tarojs/components'
import { useState, type ReactNode } from 'react'
import type { UploadedFile, UploadLimits } from '@contract/application'
import type { Case, SupplementRequest } from '@contract/case'
import { EmptyState, ErrorState, LoadingState } from '@/components/status-view'
import { CASE_DETAIL_PATH, caseDetailUrl, MINE_TAB_PATH } from '@/constants/routes'
import { SUPPLEMENT_MAX_FILES } from '@/domain/materials'
import { SUPPLEMENT_NOTE_CHARS } from '@/domain/text'
import { useRequest } from '@/hooks/use-request'
import { getForm } from '@/services/api/applications'
import { getCase, submitSupplement } from '@/services/api/cases'
import { toApiError } from '@/services/http'
import { useSessionStore } from '@/stores/session-store'
import { backTo, navigate } from '@/utils/navigate'
import { formatDateTime } from '../format'
import './supplement.scss'

/** What the page hands its uploader (the application flow's MaterialUploader fits it as is). */
export interface SupplementUploaderProps {
  materialKey: string
  materialName: string
  files: UploadedFile[]
  maxFiles: number
  limits: UploadLimits
  onFilesChange: (files: UploadedFile[]) => void
  onBusyChange?: (busy: boolean) => void
}

interface SupplementScreenProps {
  caseNo: string
  /** 一件事: the part case whose request is answered (else the first part waiting for one). */
  partCaseNo?: string
  /** Renders the uploader of one requested item; the page decides which uploader that is. */
  renderUploader: (props: SupplementUploaderProps) => ReactNode
}

/**
 * What is answered: the case's own request, or in a 一件事 bundle case one part's request, answered
 * through the bundle case (the server hands it to that part).
 */
interface SupplementTarget {
  caseNo: string
  partCaseNo: string | null
  /** The item asking (the part's name in a bundle). */
  name: string
  itemId: string
  supplement: SupplementRequest
}

function supplementTarget(value: Case, partCaseNo: string): SupplementTarget | null {
  if (value.parts) {
    const waiting = value.parts.filter((p) => p.supplement !== null)
    const part = waiting.find((p) => p.caseNo === partCaseNo) ?? waiting[0]
    if (!part) return null
    return { caseNo: value.caseNo, partCaseNo: part.caseNo, name: part.name, itemId: part.itemId, supplement: part.supplement! }
  }
  if (!value.supplement) return null
  return { caseNo: value.caseNo, partCaseNo: null, name: value.item.name, itemId: value.item.id, supplement: value.supplement }
}

/** 补正: one uploader per requested item and a note, then back to the case, which is in review again. */
export function SupplementScreen({ caseNo, partCaseNo = '', renderUploader }: SupplementScreenProps) {
  const signedIn = useSessionStore((s) => s.token !== null)
  const state = useRequest(
    async () => {
      const value = await getCase(caseNo)
      const target = supplementTarget(value, partCaseNo)
      // The upload limits are the item's (the part's in a bundle); a case with nothing to supply needs no form.
      const form = target ? await getForm(target.itemId) : null
      return { target, limits: form?.uploads ?? null }
    },
    [caseNo, partCaseNo],
    { enabled: signedIn && caseNo !== '' },
  )

  if (!signedIn) {
    return (
      <View className='supplement__gate'>
        <EmptyState title='登录后补正材料' hint='补正只能由申请人本人提交。' />
        <Button className='supplement__submit' onClick={() => void navigate(MINE_TAB_PATH)}>去登录</Button>
      </View>
    )
  }
  const { data, error, loading, reload } = state
  if (!data) {
    if (caseNo === '' || error?.kind === 'not-found' || error?.kind === 'forbidden') {
      return <EmptyState title='没有找到这个办件' hint='请到「办件」查看自己的办件' />
    }
    if (error) return <ErrorState error={error} onRetry={() => void reload()} />
    if (loading) return <LoadingState text='正在加载…' />
    return null
  }
  if (!data.target || !data.limits) {
    return (
      <View className='supplement__gate'>
        <EmptyState title='这个办件现在不需要补正' hint='可能已经提交过补正材料，请回到办件查看进度。' />
        <Button className='supplement__submit' onClick={() => void backToCase(caseNo)}>查看办件进度</Button>
      </View>
    )
  }
  return <SupplementForm target={data.target} limits={data.limits} renderUploader={renderUploader} />
}

/** Back to the detail the person came from (it reloads on show), or open it when they came from elsewhere. */
function backToCase(caseNo: string): Promise<void> {
  return backTo(CASE_DETAIL_PATH, caseDetailUrl(caseNo))
}

function SupplementForm({ target, limits, renderUploader }: { target: SupplementTarget; limits: UploadLimits; renderUploader: SupplementScreenProps['renderUploader'] }) {
  const { supplement } = target
  const [files, setFiles] = useState<Record<string, UploadedFile[]>>({})
  const [busy, setBusy] = useState<Record<string, boolean>>({})
  const [note, setNote] = useState('')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [formError, setFormError] = useState('')
  const [sending, setSending] = useState(false)
  const uploading = Object.values(busy).some(Boolean)

  async function submit() {
    if (sending) return
    setFormError('')
    const missing: Record<string, string> = {}
    supplement.items.forEach((item, i) => {
      if ((files[item] ?? []).length === 0) missing[String(i)] = `请上传「${item}」`
    })
    setErrors(missing)
    if (Object.keys(missing).length > 0) {
      setFormError('还有材料没有上传')
      return
    }
    setSending(true)
    try {
      await submitSupplement(target.caseNo, {
        materials: supplement.items.map((name) => ({ name, fileIds: (files[name] ?? []).map((f) => f.fileId) })),
        note: note.trim(),
        // 一件事: the bundle case is answered, naming the part the request came from.
        ...(target.partCaseNo ? { partCaseNo: target.partCaseNo } : {}),
      })
      void Taro.showToast({ title: '补正材料已提交', icon: 'success' })
      await backToCase(target.caseNo)
    } catch (e) {
      const error = toApiError(e)
      // Files stay uploaded and the note stays typed, whatever went wrong: sending again is one tap.
      setErrors(itemErrors(error.fields, supplement.items))
      setFormError(error.kind === 'network' || error.kind === 'timeout' ? `${error.message}。已上传的材料和填写的说明都还在，可以直接重新提交。` : error.message)
    } finally {
      setSending(false)
    }
  }

  return (
    <View className='supplement'>
      <View className='supplement__section'>
        <Text className='supplement__title' role='heading' aria-level={1}>补正材料</Text>
        <Text className='supplement__meta'>{`${target.name} · 办件编号 ${target.caseNo}`}</Text>
        <Text className='supplement__reason'>{`需要补正的原因：${supplement.note}`}</Text>
        <Text className='supplement__meta'>{`${formatDateTime(supplement.requestedAt)} 提出`}</Text>
      </View>

      <View role='list' aria-label='需要补充的材料'>
        {supplement.items.map((item, i) => (
          <View key={item} className='supplement__section supplement__item' role='listitem'>
            <Text className='supplement__item-name' role='heading' aria-level={2}>{item}</Text>
            {renderUploader({
              materialKey: `supplement-${i}`,
              materialName: item,
              files: files[item] ?? [],
              maxFiles: SUPPLEMENT_MAX_FILES,
              limits,
              onFilesChange: (next) => {
                setFiles((all) => ({ ...all, [item]: next }))
                if (next.length > 0) setErrors((all) => ({ ...all, [String(i)]: '' }))
              },
              onBusyChange: (b) => setBusy((all) => ({ ...all, [item]: b })),
            })}
            {errors[String(i)] && <Text className='supplement__error' role='alert'>{errors[String(i)]}</Text>}
          </View>
        ))}
      </View>

      <View className='supplement__section'>
        <Text id='supplement-note-label' className='supplement__item-name'>补正说明（选填）</Text>
        <Textarea
          className='supplement__note'
          value={note}
          maxlength={SUPPLEMENT_NOTE_CHARS.max}
          placeholder='可以写明补充了什么，方便工作人员核对'
          ariaLabel='补正说明（选填）'
          nativeProps={{ 'aria-labelledby': 'supplement-note-label' }}
          onInput={(e) => setNote(e.detail.value)}
        />
        {errors.note && <Text className='supplement__error' role='alert'>{errors.note}</Text>}
      </View>

      {formError && <Text className='supplement__form-error' role='alert'>{formError}</Text>}
      <Button className='supplement__submit' disabled={sending || uploading || undefined} onClick={() => void submit()}>
        {sending ? '正在提交…' : uploading ? '等待上传完成…' : '提交补正材料'}
      </Button>
    </View>
  )
}

/**
 * The server's per-item messages under their items: `items.N` (the N-th requested item) and
 * `materials.N` (the N-th material sent, which this form sends in the same order); `note`.
 */
function itemErrors(fields: Record<string, string>, items: string[]): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [key, message] of Object.entries(fields)) {
    if (key === 'note') {
      out.note = message
      continue
    }
    const match = /^(?:items|materials)\.(\d+)/.exec(key)
    const index = match ? Number(match[1]) : -1
    if (index >= 0 && index < items.length) out[String(index)] = message
  }
  return out
}
