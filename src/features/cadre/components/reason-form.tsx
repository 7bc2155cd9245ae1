import { Button, Text, Textarea, View } from '@tarojs/components'
import { useState } from 'react'
import { countChars, REVIEW_REASON_CHARS } from '@/domain/text'
import { checkReason } from '../format'

interface ReasonFormProps {
  /** 退回补正 / 不予出具 / 撤销证明 */
  title: string
  hint: string
  confirmLabel: string
  busy: boolean
  /** The server's refusal of the last try (kept with what was typed). */
  error?: string
  onConfirm: (reason: string) => void
  onCancel: () => void
}

/** An inline form for the reason an action needs (REVIEW_REASON_CHARS), with a count and 取消. */
export function ReasonForm({ title, hint, confirmLabel, busy, error, onConfirm, onCancel }: ReasonFormProps) {
  const [text, setText] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const count = countChars(text.trim())
  const shown = problem ?? error ?? null
  return (
    <View className='cadre-reason' role='group' aria-label={title}>
      <Text className='cadre-reason__title' role='heading' aria-level={2}>{title}</Text>
      <Text className='cadre-reason__hint' id='cadre-reason-hint'>{hint}</Text>
      <Textarea
        className={`cadre-reason__input${shown ? ' cadre-reason__input--error' : ''}`}
        value={text}
        maxlength={REVIEW_REASON_CHARS.max + 50}
        autoHeight
        placeholder={`请填写原因（${REVIEW_REASON_CHARS.min}–${REVIEW_REASON_CHARS.max} 字）`}
        nativeProps={{ 'aria-label': `${title}的原因（必填）`, 'aria-describedby': 'cadre-reason-hint', 'aria-invalid': shown ? 'true' : undefined }}
        onInput={(e) => {
          setText(e.detail.value)
          if (problem && !checkReason(e.detail.value)) setProblem(null)
        }}
      />
      <Text className='cadre-reason__count'>{`${count}/${REVIEW_REASON_CHARS.max} 字`}</Text>
      {shown && <Text className='cadre-reason__error' role='alert'>{shown}</Text>}
      <View className='cadre-reason__actions'>
        <Button className='cadre-reason__cancel' disabled={busy || undefined} onClick={onCancel}>取消</Button>
        <Button
          className='cadre-reason__confirm'
          disabled={busy || undefined}
          onClick={() => {
            const found = checkReason(text)
            setProblem(found)
            if (!found) onConfirm(text.trim())
          }}
        >
          {busy ? '正在提交…' : confirmLabel}
        </Button>
      </View>
    </View>
  )
}
