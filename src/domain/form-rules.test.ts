import type { FormField } from '@contract/application'
import { checkField, checkFields } from './form-rules'
import { idNumberCheckChar } from './identity'

const TODAY = new Date('2026-11-28T10:00:00+08:00')
const base = { required: true, hint: null, placeholder: null }

const name: FormField = { ...base, key: 'name', label: '姓名', kind: 'text', minLength: 2, maxLength: 4 }
const reason: FormField = { ...base, key: 'reason', label: '申请事由', kind: 'textarea', minLength: 5, maxLength: 10, required: false }
const people: FormField = { ...base, key: 'people', label: '家庭人口', kind: 'number', min: 1, max: 20, integer: true, unit: '人' }
const area: FormField = { ...base, key: 'area', label: '面积', kind: 'number', min: 0, max: 500, integer: false, unit: '平方米' }
const moveIn: FormField = { ...base, key: 'moveIn', label: '迁入日期', kind: 'date', min: '2026-01-01', max: '2026-12-31' }
const cause: FormField = {
  ...base,
  key: 'cause',
  label: '换领原因',
  kind: 'single',
  options: [
    { value: 'expired', label: '有效期满' },
    { value: 'damaged', label: '证件损坏' },
  ],
}
const needs: FormField = {
  ...base,
  key: 'needs',
  label: '办理内容',
  kind: 'multiple',
  minItems: 1,
  maxItems: 2,
  options: [
    { value: 'a', label: '甲' },
    { value: 'b', label: '乙' },
    { value: 'c', label: '丙' },
  ],
}
const village: FormField = { ...base, key: 'village', label: '居住地', kind: 'region', level: 'village' }
const idField: FormField = { ...base, key: 'id', label: '身份证号', kind: 'id-number' }
const credit: FormField = { ...base, key: 'credit', label: '统一社会信用代码', kind: 'credit-code' }
const phone: FormField = { ...base, key: 'phone', label: '联系电话', kind: 'phone' }

describe('checkField', () => {
  it('asks for a required field in words that fit its kind', () => {
    expect(checkField(name, '  ', TODAY)).toEqual({ ok: false, message: '请填写姓名' })
    expect(checkField(cause, undefined, TODAY)).toEqual({ ok: false, message: '请选择换领原因' })
    expect(checkField(needs, [], TODAY)).toEqual({ ok: false, message: '请选择办理内容' })
    expect(checkField(village, '', TODAY)).toEqual({ ok: false, message: '请选择到村（社区）' })
  })

  it('lets an optional field stay empty', () => {
    expect(checkField(reason, '', TODAY)).toEqual({ ok: true, value: null })
  })

  it('counts characters as a person does and trims the text', () => {
    expect(checkField(name, ' 张三 ', TODAY)).toEqual({ ok: true, value: '张三' })
    expect(checkField(name, '张', TODAY)).toEqual({ ok: false, message: '至少填写 2 个字' })
    expect(checkField(name, '欧阳娜娜娜', TODAY)).toEqual({ ok: false, message: '最多 4 个字，现在是 5 个' })
    expect(checkField(reason, '𠀋𠀋𠀋𠀋𠀋', TODAY)).toEqual({ ok: true, value: '𠀋𠀋𠀋𠀋𠀋' })
  })

  it('reads numbers as typed, with units in the bounds message', () => {
    expect(checkField(people, '３', TODAY)).toEqual({ ok: true, value: 3 })
    expect(checkField(people, 2.5, TODAY)).toEqual({ ok: false, message: '请填写整数' })
    expect(checkField(people, '0', TODAY)).toEqual({ ok: false, message: '不能小于 1人' })
    expect(checkField(people, '三', TODAY)).toEqual({ ok: false, message: '请填写数字' })
    expect(checkField(area, '1,200', TODAY)).toEqual({ ok: false, message: '不能大于 500平方米' })
    expect(checkField(area, '88.5', TODAY)).toEqual({ ok: true, value: 88.5 })
  })

  it('accepts only real dates within the bounds', () => {
    expect(checkField(moveIn, '2026-02-30', TODAY)).toEqual({ ok: false, message: '请选择正确的日期' })
    expect(checkField(moveIn, '2025-12-31', TODAY)).toEqual({ ok: false, message: '不能早于2026年1月1日' })
    expect(checkField(moveIn, '2027-01-01', TODAY)).toEqual({ ok: false, message: '不能晚于2026年12月31日' })
    expect(checkField(moveIn, '2026-03-01', TODAY)).toEqual({ ok: true, value: '2026-03-01' })
  })

  it('accepts only offered choices and keeps the options in their listed order', () => {
    expect(checkField(cause, 'lost', TODAY)).toEqual({ ok: false, message: '请从选项中选择' })
    expect(checkField(needs, ['c', 'a'], TODAY)).toEqual({ ok: true, value: ['a', 'c'] })
    expect(checkField(needs, ['a', 'b', 'c'], TODAY)).toEqual({ ok: false, message: '最多选择 2 项' })
  })

  it('expects a 12-digit region code', () => {
    expect(checkField(village, '350582101201', TODAY)).toEqual({ ok: true, value: '350582101201' })
    expect(checkField(village, '350582', TODAY)).toEqual({ ok: false, message: '请选择到村（社区）' })
  })

  it('uses the identity checks for ID numbers, credit codes and phones, returning normalised values', () => {
    const first17 = '35058219900101123'
    const id = `${first17}${idNumberCheckChar(first17)}`
    expect(checkField(idField, id.toLowerCase(), TODAY)).toEqual({ ok: true, value: id })
    expect(checkField(idField, '350582900101123', TODAY)).toEqual({ ok: false, message: '15 位的一代身份证号已停止使用，请填写 18 位身份证号' })
    expect(checkField(credit, '91440300708461136t', TODAY)).toEqual({ ok: true, value: '91440300708461136T' })
    expect(checkField(phone, '138 0595 1234', TODAY)).toEqual({ ok: true, value: '13805951234' })
  })
})

describe('checkFields', () => {
  it('returns the clean values of a correct form and no errors', () => {
    const result = checkFields([name, reason, people], { name: '张三', people: '4' }, TODAY)
    expect(result).toEqual({ values: { name: '张三', people: 4 }, errors: {} })
  })

  it('reports every wrong field and every key the form does not have', () => {
    const result = checkFields([name, people, phone], { name: '张', phone: '123', extra: 'x' }, TODAY)
    expect(result.errors).toEqual({
      name: '至少填写 2 个字',
      people: '请填写家庭人口',
      phone: '手机号码应为 11 位，现在是 3 位',
      extra: '表单中没有这一项',
    })
  })

  it('does not treat inherited object keys as submitted values', () => {
    const result = checkFields([name], JSON.parse('{"__proto__": "x", "name": "张三"}') as Record<string, unknown>, TODAY)
    expect(result.values).toEqual({ name: '张三' })
  })
})
