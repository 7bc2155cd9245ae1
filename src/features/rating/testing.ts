/**
 * Test helpers for the 好差评 and 投诉建议 pages: cases are concluded the way they are in production
 * (the applicant submits, the back office accepts, approves and concludes), the back office replies
 * through the admin routes, and the app's session holds the applicant. Test-only.
 */
import type { Case } from '@contract/case'
import type { Complaint, Rating, RatingInput } from '@contract/rating'
import type { CatalogueItem } from '../../../mock/seed/types'
import { mockBackend } from '../../../config/jest/mock-backend'
import { lightItems, promisedItem, promisedItems, submitCase, transition } from '@/features/cases/testing'

/** A case of `token`'s holder, concluded now (by the backend's clock), of `item` (default: a quick promised item). */
export async function concludedCase(token: string, item: CatalogueItem = promisedItem()): Promise<Case> {
  const created = await submitCase(token, item)
  await transition(created.caseNo, { action: 'accept', note: '材料齐全，予以受理' })
  await transition(created.caseNo, { action: 'approve', note: '', result: '证件已制作完成，请到受理窗口领取' })
  return transition(created.caseNo, { action: 'conclude', note: '' })
}

/** Rates a case on the backend (as another device would); throws unless 201. */
export async function rateOnServer(token: string, caseNo: string, input: RatingInput): Promise<Rating> {
  const res = await mockBackend.app().post<Rating>(`/api/v1/cases/${caseNo}/rating`, { token, json: input })
  if (res.status !== 201) throw new Error(`rating answered ${res.status}: ${res.text}`)
  return res.body
}

async function admin(): Promise<string> {
  return (await mockBackend.signIn('admin')).token
}

/** The back office's 核实整改 reply to a bad rating; throws unless the backend agrees. */
export async function replyToRating(ratingId: string, text: string, rectification: string): Promise<Rating> {
  const res = await mockBackend.app().post<Rating>(`/api/v1/admin/ratings/${ratingId}/reply`, { token: await admin(), json: { text, rectification } })
  if (res.status !== 200) throw new Error(`reply answered ${res.status}: ${res.text}`)
  return res.body
}

/** The back office's reply to a complaint; throws unless the backend agrees. */
export async function replyToComplaint(id: string, text: string): Promise<Complaint> {
  const res = await mockBackend.app().post<Complaint>(`/api/v1/admin/complaints/${id}/reply`, { token: await admin(), json: { text } })
  if (res.status !== 200) throw new Error(`complaint reply answered ${res.status}: ${res.text}`)
  return res.body
}

/** The applicant's ratings as the backend has them. */
export async function ratingsOnServer(token: string): Promise<Rating[]> {
  return (await mockBackend.app().get<{ items: Rating[] }>('/api/v1/ratings/mine', { token })).body.items
}

/** A quick promised item of another department and region than `other`, for figures with two groups. */
export function itemElsewhere(other: CatalogueItem): CatalogueItem {
  const elsewhere = (i: CatalogueItem) => i.kind === 'promised' && i.department.id !== other.department.id && i.region.code !== other.region.code
  const found = lightItems().find(elsewhere) ?? promisedItems().find(elsewhere)
  if (!found) throw new Error('the seed has no quick promised item in another department and region')
  return found
}
