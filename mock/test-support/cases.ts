import type { Case, CaseAction, TransitionInput } from '@contract/case'
import type { LifecycleAction } from '@/domain/case-lifecycle'
import { chinaDateOf } from '../lib/working-days'
import { cityItem, schemaOf, validApplication } from './fixtures'
import type { TestApp, TestResponse } from './test-app'

/** A resident (verified, one upload) and the back office, signed in on `t`. */
export async function people(t: TestApp): Promise<{ resident: string; admin: string; fileId: string }> {
  const resident = (await t.signIn('resident')).token
  await t.verifyRealName(resident)
  const { fileId } = await t.upload(resident)
  const admin = (await t.signIn('admin')).token
  return { resident, admin, fileId }
}

/** Submits a city-level palm item (default 居民身份证换领, promised 10 working days) on the app's current day. */
export async function submitCase(t: TestApp, token: string, fileId: string, itemName = '居民身份证换领', today?: string): Promise<Case> {
  const day = today ?? chinaDateOf(t.clock.now())
  const res = await t.submit<Case>(token, validApplication(schemaOf(cityItem(t.seed, itemName), day), fileId))
  if (res.status !== 201) throw new Error(`submission answered ${res.status}: ${res.text}`)
  return res.body
}

/** A body the back office would send for `action` (a note always; items for a supplement). */
export function transitionBody(action: CaseAction, extra: Partial<TransitionInput> = {}): TransitionInput {
  return {
    action,
    note: `${action} 的备注`,
    ...(action === 'request-supplement' ? { supplementItems: ['房屋租赁合同'] } : {}),
    ...extra,
  }
}

export function transition<T = Case>(t: TestApp, admin: string, caseNo: string, action: CaseAction, extra: Partial<TransitionInput> = {}): Promise<TestResponse<T>> {
  return t.post<T>(`/api/v1/admin/cases/${caseNo}/transition`, { token: admin, json: transitionBody(action, extra) })
}

/** The applicant supplies every requested item with `fileId`. */
export async function supply<T = Case>(t: TestApp, resident: string, caseNo: string, fileId: string): Promise<TestResponse<T>> {
  const current = await t.get<Case>(`/api/v1/cases/${caseNo}`, { token: resident })
  const items = current.body.supplement?.items ?? ['房屋租赁合同']
  return t.post<T>(`/api/v1/cases/${caseNo}/supplements`, { token: resident, json: { materials: items.map((name) => ({ name, fileIds: [fileId] })), note: '已补充' } })
}

export function withdraw<T = Case>(t: TestApp, resident: string, caseNo: string): Promise<TestResponse<T>> {
  return t.post<T>(`/api/v1/cases/${caseNo}/withdraw`, { token: resident, json: { reason: '不需要了' } })
}

/** Any lifecycle action through the route that takes it (back office or applicant). */
export function act(t: TestApp, who: { resident: string; admin: string; fileId: string }, caseNo: string, action: LifecycleAction): Promise<TestResponse<Case>> {
  if (action === 'supply') return supply(t, who.resident, caseNo, who.fileId)
  if (action === 'withdraw') return withdraw(t, who.resident, caseNo)
  return transition(t, who.admin, caseNo, action)
}

/** Applies `path` in order; throws unless every step succeeds. */
export async function drive(t: TestApp, who: { resident: string; admin: string; fileId: string }, caseNo: string, path: readonly LifecycleAction[]): Promise<Case> {
  let last: Case | null = null
  for (const action of path) {
    const res = await act(t, who, caseNo, action)
    if (res.status !== 200) throw new Error(`${action} answered ${res.status}: ${res.text}`)
    last = res.body
  }
  return last ?? (await t.get<Case>(`/api/v1/cases/${caseNo}`, { token: who.resident })).body
}

export function setClock(t: TestApp, admin: string, now: string): Promise<TestResponse<{ now: string; fixed: boolean }>> {
  return t.put(`/api/v1/admin/clock`, { token: admin, json: { now } })
}
