import type { CaseStatus, CaseStep } from '@contract/case'
import { stepOf } from '@/domain/case-lifecycle'
import { CASE_NO, newCaseNo, newQueryCode } from './cases'

describe('case numbers and query codes', () => {
  it('are QZ + the date + 8 random characters (18 in all), never in sequence', () => {
    const numbers = Array.from({ length: 200 }, () => newCaseNo('2022-03-01'))
    expect(numbers.every((n) => CASE_NO.test(n) && n.length === 18 && n.startsWith('QZ20220301'))).toBe(true)
    expect(new Set(numbers).size).toBe(200)
  })

  it('query codes are six digits, leading zeros kept, and vary', () => {
    const codes = Array.from({ length: 200 }, newQueryCode)
    expect(codes.every((c) => /^\d{6}$/.test(c))).toBe(true)
    expect(new Set(codes).size).toBeGreaterThan(190)
  })
})

describe('stepOf (the shared state machine, as the mock uses it)', () => {
  it.each<[CaseStatus, boolean, CaseStep]>([
    ['submitted', false, 'submitted'],
    ['needs-supplement', false, 'submitted'],
    ['needs-supplement', true, 'processing'],
    ['accepted', true, 'accepted'],
    ['in-review', true, 'processing'],
    ['approved', true, 'processing'],
    ['denied', true, 'processing'],
    ['concluded', true, 'concluded'],
    ['not-accepted', false, 'concluded'],
    ['withdrawn', false, 'concluded'],
  ])('%s (accepted before: %s) shows as %s', (status, accepted, step) => {
    expect(stepOf(status, { accepted })).toBe(step)
  })
})
