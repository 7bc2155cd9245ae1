import type { Case } from '@contract/case'
import type { Rating, RatingInput } from '@contract/rating'
import type { CatalogueItem } from '../seed/types'
import { drive, submitCase } from './cases'
import { validApplication, schemaOf } from './fixtures'
import type { TestApp, TestResponse } from './test-app'
import { chinaDateOf } from '../lib/working-days'

export type People = { resident: string; admin: string; fileId: string }

/** A case of `itemName` (a city-level palm item) submitted, accepted, approved and concluded at the app's current time. */
export async function concludedCase(t: TestApp, who: People, itemName = '居民身份证换领'): Promise<Case> {
  const c = await submitCase(t, who.resident, who.fileId, itemName)
  return drive(t, who, c.caseNo, ['accept', 'approve', 'conclude'])
}

/** The same for any catalogue item (e.g. a county's), so the figures can be grouped by region. */
export async function concludedCaseOf(t: TestApp, who: People, item: CatalogueItem): Promise<Case> {
  const res = await t.submit<Case>(who.resident, validApplication(schemaOf(item, chinaDateOf(t.clock.now())), who.fileId))
  if (res.status !== 201) throw new Error(`submission answered ${res.status}: ${res.text}`)
  return drive(t, who, res.body.caseNo, ['accept', 'approve', 'conclude'])
}

export function rate(t: TestApp, token: string, caseNo: string, input: Partial<RatingInput> | Record<string, unknown>): Promise<TestResponse<Rating>> {
  return t.post<Rating>(`/api/v1/cases/${caseNo}/rating`, { token, json: input })
}

/** Rates and throws unless 201. */
export async function rated(t: TestApp, token: string, caseNo: string, input: RatingInput): Promise<Rating> {
  const res = await rate(t, token, caseNo, input)
  if (res.status !== 201) throw new Error(`rating answered ${res.status}: ${res.text}`)
  return res.body
}

export function reply(t: TestApp, admin: string, ratingId: string, body: Record<string, unknown> = { text: '经核实，窗口办理时间过长，已约谈相关人员', rectification: '增设自助取号机，高峰时段增开窗口' }) {
  return t.post<Rating>(`/api/v1/admin/ratings/${ratingId}/reply`, { token: admin, json: body })
}
