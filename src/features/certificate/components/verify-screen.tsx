import Taro from '@tarojs/taro'
import { Button, Input, Text, View } from '@tarojs/components'
import { useEffect, useRef, useState } from 'react'
import type { CertificateVerification } from '@contract/certificate'
import { CERTIFICATE_STATUS_LABELS } from '@/domain/certificate-status'
import { verifyCertificate } from '@/services/api/certificates'
import { toApiError } from '@/services/http'
import { h5Attributes, weappAttributes } from '@/utils/h5-attributes'
import { formatDate, formatDateTime } from '../format'
import { parseVerifyLink } from '../qr'
import './verify.scss'

/** The one answer for an unknown number and a wrong code alike: the server reveals neither. */
export const VERIFY_NOT_FOUND = '证明编号或核验码不正确'

type Outcome = { kind: 'found'; result: CertificateVerification } | { kind: 'not-found' } | null

const normalize = (text: string) => text.replace(/\s+/g, '').toUpperCase()

/**
 * 证明核验 (no login): number + 核验码, typed, carried by the QR link, or scanned on WeChat →
 * valid / expired / revoked (with when) / not found, and what the certificate states (holder's name
 * masked) with what to compare against the paper: an edited copy shows different facts here.
 */
export function VerifyScreen({ initialNo = '', initialCode = '' }: { initialNo?: string; initialCode?: string }) {
  const [no, setNo] = useState(initialNo)
  const [code, setCode] = useState(initialCode)
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<Outcome>(null)
  const busyRef = useRef(false)

  async function verify(rawNo: string, rawCode: string) {
    if (busyRef.current) return
    const n = normalize(rawNo)
    const c = normalize(rawCode)
    setError('')
    if (!n || !c) {
      setOutcome(null)
      setError(!n ? '请填写证明编号' : '请填写核验码')
      return
    }
    busyRef.current = true
    setBusy(true)
    try {
      setOutcome({ kind: 'found', result: await verifyCertificate(n, c) })
    } catch (e) {
      const failure = toApiError(e)
      if (failure.kind === 'not-found') setOutcome({ kind: 'not-found' })
      else {
        // 429 (guessing is slowed down) and network trouble: the server's or the network's words.
        setOutcome(null)
        setError(failure.message)
      }
    } finally {
      busyRef.current = false
      setBusy(false)
    }
  }

  // Opened from the QR code's link: check at once, nothing to type.
  useEffect(() => {
    if (initialNo && initialCode) void verify(initialNo, initialCode)
  }, [initialNo, initialCode])

  async function scan() {
    let text: string
    try {
      text = (await Taro.scanCode({ onlyFromCamera: false, scanType: ['qrCode'] })).result
    } catch (e) {
      if (!/cancel/i.test((e as { errMsg?: string } | undefined)?.errMsg ?? '')) {
        void Taro.showToast({ title: '未能打开扫码，请检查相机权限后重试', icon: 'none', duration: 3000 })
      }
      return
    }
    const parsed = parseVerifyLink(text)
    if (!parsed) {
      setOutcome(null)
      setError('这不是村(居)证明的核验二维码，请扫证明右下角的二维码')
      return
    }
    setNo(parsed.no)
    setCode(parsed.code)
    void verify(parsed.no, parsed.code)
  }

  return (
    <View className='cert-verify'>
      <View className='cert-verify__card'>
        <Text className='cert-verify__title' role='heading' aria-level={1}>证明核验</Text>
        <Text className='cert-verify__intro'>不用登录。输入证明上的证明编号和 8 位核验码，或扫描证明上的二维码。</Text>
        <View className='cert-verify__field'>
          <Text className='cert-verify__label' id='verify-no-label'>证明编号</Text>
          <Input
            className='cert-verify__input'
            type='text'
            value={no}
            maxlength={40}
            placeholder='如 350582101201-2022-48302917'
            {...h5Attributes({ 'aria-labelledby': 'verify-no-label', autoComplete: 'off' })}
            {...weappAttributes({ ariaLabel: '证明编号' })}
            onInput={(e) => setNo(e.detail.value)}
            // Enter (the keyboard's 完成) checks at once, like the 核验 button.
            onConfirm={() => void verify(no, code)}
          />
        </View>
        <View className='cert-verify__field'>
          <Text className='cert-verify__label' id='verify-code-label'>核验码</Text>
          <Input
            className='cert-verify__input'
            type='text'
            value={code}
            maxlength={12}
            placeholder='8 位字母和数字'
            {...h5Attributes({ 'aria-labelledby': 'verify-code-label', autoComplete: 'off', autoCapitalize: 'characters' })}
            {...weappAttributes({ ariaLabel: '核验码' })}
            onInput={(e) => setCode(e.detail.value)}
            // Enter (the keyboard's 完成) checks at once, like the 核验 button.
            onConfirm={() => void verify(no, code)}
          />
        </View>
        {error && <Text className='cert-verify__error' role='alert'>{error}</Text>}
        <Button className='cert-verify__submit' disabled={busy || undefined} onClick={() => void verify(no, code)}>
          {busy ? '正在核验…' : '核验'}
        </Button>
        {process.env.TARO_ENV === 'weapp' && (
          <Button className='cert-verify__scan' onClick={() => void scan()}>扫码核验</Button>
        )}
      </View>
      {outcome && <VerifyResult outcome={outcome} />}
    </View>
  )
}

function VerifyResult({ outcome }: { outcome: NonNullable<Outcome> }) {
  if (outcome.kind === 'not-found') {
    return (
      <View className='cert-result cert-result--unknown' role='region' aria-label='核验结果'>
        <Text className='cert-result__state' role='heading' aria-level={2}>{VERIFY_NOT_FOUND}</Text>
        <Text className='cert-result__text'>请对照证明核对编号和核验码；仍不一致的，这份证明可能不是真实出具的，请向出具的村(居)委会核实。</Text>
      </View>
    )
  }
  const { result } = outcome
  const valid = result.status === 'valid'
  const words = wordsFor(result)
  const explanation =
    result.status === 'valid'
      ? words.valid
      : result.status === 'expired'
        ? `这份${words.noun}的有效期至 ${formatDate(result.validUntil ?? '')}，已过期，不能再作为有效${words.noun}使用。`
        : `这份${words.noun}已于 ${formatDateTime(result.revokedAt ?? '')} 被${words.issuer}撤销，不再有效。`
  return (
    <View className={`cert-result cert-result--${valid ? 'valid' : 'revoked'}`} role='region' aria-label='核验结果'>
      <Text className='cert-result__state' role='heading' aria-level={2}>{CERTIFICATE_STATUS_LABELS[result.status]}</Text>
      <Text className='cert-result__text'>{explanation}</Text>
      <View className='cert-result__facts'>
        <Fact label={`${words.noun}类型`} value={words.license ? `${result.type}（${result.title}）` : result.type} />
        <Fact label={words.issuer} value={result.issuer} />
        <Fact label={words.license ? '发证日期' : '出具日期'} value={formatDate(result.issuedAt)} />
        <Fact label='有效期至' value={result.validUntil ? formatDate(result.validUntil) : '长期有效'} />
        <Fact label={words.license ? '持证主体' : '持证人'} value={result.holderName} />
        <Fact label={`${words.noun}编号`} value={result.no} />
      </View>
      {(result.facts.length > 0 || result.text) && (
        <View className='cert-result__stated'>
          <Text className='cert-result__subtitle' role='heading' aria-level={3}>{`${words.noun}写明的内容`}</Text>
          <Text className='cert-result__text'>{words.compare}</Text>
          {result.facts.map((fact, i) => <Fact key={`${fact.label}-${i}`} label={fact.label} value={fact.value} />)}
          {result.text && (
            <View className='cert-result__paper'>
              <Text className='cert-result__fact-label'>{`「${result.title}」正文`}</Text>
              {result.text.split('\n').map((paragraph, i) => <Text key={i} className='cert-result__paragraph'>{paragraph}</Text>)}
            </View>
          )}
        </View>
      )}
    </View>
  )
}

/** 行业综合许可证 (一业一证) verifies here too (same number + code); its type says which it is. */
export const INDUSTRY_LICENSE_TYPE = '行业综合许可证'

/** How the verdict speaks of what was verified: a village certificate, or a 行业综合许可证. */
function wordsFor(result: CertificateVerification) {
  if (result.type === INDUSTRY_LICENSE_TYPE) {
    return {
      license: true,
      noun: '许可证',
      issuer: '发证机关',
      valid: `这张「${result.title}」由${result.issuer}依法核发（一业一证），在有效期内。`,
      compare: '请逐项与出示的许可证核对：许可证编号、持证主体、许可事项、发证机关和日期都应一致。任何一处不同，请以这里显示的为准，并向发证机关核实。',
    }
  }
  return {
    license: false,
    noun: '证明',
    issuer: '出具单位',
    valid: '这份证明由村(居)委会出具，在有效期内。',
    compare: '请逐项与您手中的证明核对：证明编号、持证人姓氏、地址、用途、出具单位和日期都应一致。任何一处不同，说明证明被改动过，请以这里显示的为准，并向出具的村(居)委会核实。',
  }
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <View className='cert-result__fact'>
      <Text className='cert-result__fact-label'>{label}</Text>
      <Text className='cert-result__fact-value'>{value}</Text>
    </View>
  )
}
