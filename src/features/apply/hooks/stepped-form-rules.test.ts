import type { FormField } from '@contract/application'
import type { User } from '@contract/user'
import type { MaterialDraft } from '../draft-types'
import { applicantError, commitmentError, recheckedErrors, withoutLicensePicks } from './stepped-form-rules'

const base: User = { id: 'u1', nickname: '演示', role: 'business', realName: null, phone: '139****2345', enterprise: null, village: null }
const verified: User = { ...base, realName: { name: '张三', idNumber: '3505**********1234' } }
const withEnterprise: User = { ...verified, enterprise: { name: '泉州示范科技有限公司', creditCode: '91350582MA2Y3K8P1X' } }

const whenMail = { field: 'method', values: ['mail'] }
const fields: FormField[] = [
  {
    key: 'method',
    kind: 'single',
    label: '领取方式',
    required: true,
    hint: null,
    placeholder: null,
    options: [
      { value: 'window', label: '窗口领取' },
      { value: 'mail', label: '邮寄送达' },
    ],
  },
  { key: 'recipient', kind: 'text', label: '收件人', required: true, shownWhen: whenMail, hint: null, placeholder: null, minLength: 2, maxLength: 20 },
]

describe('recheckedErrors', () => {
  it('changes nothing for a field the group does not have, or while typing in a field with no message', () => {
    expect(recheckedErrors(fields, 'other', { other: 'x' }, {}, true)).toBeNull()
    expect(recheckedErrors(fields, 'recipient', { method: 'mail', recipient: '张' }, {}, false)).toBeNull()
  })

  it('adds a message when the person leaves or picks, and only takes one away while typing', () => {
    const left = recheckedErrors(fields, 'recipient', { method: 'mail', recipient: '张' }, {}, true)
    expect(Object.keys(left ?? {})).toEqual(['recipient'])
    expect(recheckedErrors(fields, 'recipient', { method: 'mail', recipient: '张三' }, left ?? {}, false)).toEqual({})
    const typedWrong = recheckedErrors(fields, 'recipient', { method: 'mail', recipient: '' }, { recipient: '旧的提示' }, false)
    expect(typedWrong).toEqual({ recipient: '旧的提示' })
  })

  it('drops the message of a field that depended on the one changed and no longer holds', () => {
    expect(recheckedErrors(fields, 'method', { method: 'window' }, { recipient: '请填写收件人' }, true)).toEqual({})
  })
})

describe('applicantError', () => {
  it('asks for a kind, then for the verification the kind needs', () => {
    expect(applicantError(withEnterprise, null)).toBe('请选择以个人还是法人身份申请')
    expect(applicantError(base, 'personal')).toBe('请先完成实名认证')
    expect(applicantError(base, 'legal')).toBe('请先完成实名认证')
    expect(applicantError(verified, 'legal')).toBe('请先完成企业认证')
    expect(applicantError(verified, 'personal')).toBeNull()
    expect(applicantError(withEnterprise, 'legal')).toBeNull()
  })
})

describe('commitmentError', () => {
  it('asks for consent only where the form has a commitment', () => {
    expect(commitmentError(true, false)).toBe('请先阅读并勾选承诺内容')
    expect(commitmentError(true, true)).toBeNull()
    expect(commitmentError(false, false)).toBeNull()
  })
})

describe('withoutLicensePicks', () => {
  it('drops picked e-licenses and keeps uploads', () => {
    const uploaded: MaterialDraft = { files: [{ fileId: 'f1', name: 'a.jpg', size: 1, mime: 'image/jpeg' }], licenseId: null }
    const next = withoutLicensePicks({ a: uploaded, b: { files: [], licenseId: 'L1' } })
    expect(next).toEqual({ a: uploaded, b: { files: [], licenseId: null } })
  })
})
