import { Button, Input, Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { CaseLookupResult } from '@contract/case'
import { endingOf } from '@/domain/case-lifecycle'
import { lookupCase } from '@/services/api/cases'
import { toApiError } from '@/services/http'
import { h5Attributes, weappAttributes } from '@/utils/h5-attributes'
import { CASE_NO_PATTERN, QUERY_CODE_PATTERN, formatDateTime, normalizeCaseNo } from '../format'
import { BundleMark, BundleProgress } from './bundle-progress'
import { CaseSteps } from './case-steps'
import { CaseTimeline } from './case-timeline'
import { DeadlineView } from './deadline-view'
import { StatusChip } from './status-chip'
import './lookup.scss'

/** The one answer for an unknown case and a wrong code alike: the server reveals neither. */
export const LOOKUP_NOT_FOUND = '办件编号或查询码不正确，请对照回执核对后再试'

type Field = 'caseNo' | 'queryCode'

function check(field: Field, value: string): string | null {
  if (field === 'caseNo') {
    const caseNo = normalizeCaseNo(value)
    if (caseNo === '') return '请填写办件编号'
    return CASE_NO_PATTERN.test(caseNo) ? null : '办件编号应为 QZ 开头的 18 位编号，请对照回执填写'
  }
  if (value.trim() === '') return '请填写查询码'
  return QUERY_CODE_PATTERN.test(value.trim()) ? null : '查询码是回执上的 6 位数字'
}

interface LookupInputProps {
  id: string
  label: string
  value: string
  placeholder: string
  maxlength: number
  digits?: boolean
  error: string | null
  onInput: (value: string) => void
  onBlur: () => void
  /** Enter (the keyboard's 完成/前往) submits the lookup, like the 查询 button. */
  onConfirm: () => void
}

function LookupInput({ id, label, value, placeholder, maxlength, digits, error, onInput, onBlur, onConfirm }: LookupInputProps) {
  return (
    <View className={`lookup-field${error ? ' lookup-field--error' : ''}`}>
      <Text id={`${id}-label`} className='lookup-field__label'>{label}</Text>
      <Input
        className='lookup-field__input'
        // The digit keyboard on weapp; on H5 a text input with a numeric keypad keeps leading zeros.
        type={digits ? 'number' : 'text'}
        value={value}
        placeholder={placeholder}
        maxlength={maxlength}
        {...weappAttributes({ ariaLabel: label })}
        {...h5Attributes({
          ...(digits ? { type: 'text', inputMode: 'numeric', pattern: '[0-9]*', autoComplete: 'off' } : { autoCapitalize: 'characters', autoComplete: 'off' }),
          id,
          'aria-labelledby': `${id}-label`,
          'aria-describedby': error ? `${id}-error` : undefined,
          'aria-invalid': error ? 'true' : undefined,
        })}
        onInput={(e) => onInput(e.detail.value)}
        onBlur={onBlur}
        onConfirm={onConfirm}
      />
      {error && <Text id={`${id}-error`} className='lookup-field__error' role='alert'>{error}</Text>}
    </View>
  )
}

/** 办件查询 without login: case number + 6-digit query code from the receipt → progress only. */
export function LookupScreen({ initialCaseNo = '' }: { initialCaseNo?: string }) {
  const [values, setValues] = useState<Record<Field, string>>({ caseNo: initialCaseNo, queryCode: '' })
  const [errors, setErrors] = useState<Record<Field, string | null>>({ caseNo: null, queryCode: null })
  const [formError, setFormError] = useState('')
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState<CaseLookupResult | null>(null)

  const set = (field: Field) => (value: string) => {
    setValues((v) => ({ ...v, [field]: value }))
    // A fixed field stops complaining as soon as it is right; a new complaint waits for the blur.
    if (errors[field] && !check(field, value)) setErrors((e) => ({ ...e, [field]: null }))
  }
  const blur = (field: Field) => () => {
    if (values[field].trim() !== '') setErrors((e) => ({ ...e, [field]: check(field, values[field]) }))
  }

  async function submit() {
    if (busy) return
    const next = { caseNo: check('caseNo', values.caseNo), queryCode: check('queryCode', values.queryCode) }
    setErrors(next)
    setFormError('')
    if (next.caseNo || next.queryCode) return
    setBusy(true)
    try {
      setResult(await lookupCase(normalizeCaseNo(values.caseNo), values.queryCode.trim()))
    } catch (e) {
      const error = toApiError(e)
      setResult(null)
      // 429 carries the server's words about when to try again; 404 is one message for both mistakes.
      setFormError(error.kind === 'not-found' ? LOOKUP_NOT_FOUND : error.message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='lookup'>
      <View className='lookup__section'>
        <Text className='lookup__title' role='heading' aria-level={1}>办件查询</Text>
        <Text className='lookup__intro'>不用登录。请输入回执上的办件编号和 6 位查询码。</Text>
        <LookupInput
          id='lookup-case-no'
          label='办件编号'
          value={values.caseNo}
          placeholder='如 QZ20220301ABCD1234'
          maxlength={32}
          error={errors.caseNo}
          onInput={set('caseNo')}
          onBlur={blur('caseNo')}
          onConfirm={() => void submit()}
        />
        <LookupInput
          id='lookup-query-code'
          label='查询码'
          value={values.queryCode}
          placeholder='6 位数字'
          maxlength={6}
          digits
          error={errors.queryCode}
          onInput={set('queryCode')}
          onBlur={blur('queryCode')}
          onConfirm={() => void submit()}
        />
        {formError && <Text className='lookup__error' role='alert'>{formError}</Text>}
        <Button className='lookup__submit' disabled={busy || undefined} onClick={() => void submit()}>
          {busy ? '正在查询…' : '查询'}
        </Button>
      </View>
      {result && <LookupResult result={result} />}
    </View>
  )
}

function LookupResult({ result }: { result: CaseLookupResult }) {
  return (
    <View className='lookup__result' role='region' aria-label='查询结果'>
      <View className='lookup__section'>
        <View className='lookup__head'>
          {result.bundle && <BundleMark />}
          <Text className='lookup__name' role='heading' aria-level={2}>{result.item.name}</Text>
          <StatusChip status={result.status} />
        </View>
        <Text className='lookup__meta'>{`申请人 ${result.applicantName}`}</Text>
        <Text className='lookup__meta'>{`办件编号 ${result.caseNo}`}</Text>
        <Text className='lookup__meta'>{`办理部门 ${result.item.department.name}`}</Text>
        <Text className='lookup__meta'>{`提交时间 ${formatDateTime(result.submittedAt)}`}</Text>
      </View>
      <View className='lookup__section'>
        <Text className='lookup__subtitle' role='heading' aria-level={2}>办理进度</Text>
        {/* 一件事: 「已办结 n/m」 and each part's state, as in the 办件 list. */}
        {result.bundle && <BundleProgress info={result.bundle} />}
        <CaseSteps step={result.step} status={result.status} ending={endingOf(result.status, result.timeline.map((e) => e.status))} />
        <View className='lookup__deadline'>
          <DeadlineView deadline={result} />
        </View>
      </View>
      <View className='lookup__section'>
        <Text className='lookup__subtitle' role='heading' aria-level={2}>办理记录</Text>
        <CaseTimeline entries={result.timeline} />
      </View>
    </View>
  )
}
