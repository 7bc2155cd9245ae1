/**
 * Test helpers for the 办件 pages: cases are made the way they are in production — a real-name
 * verified resident submits through `POST /applications`, the back office (admin) moves them with
 * `POST /admin/cases/{caseNo}/transition`, and `PUT /admin/clock` moves time. Test-only.
 */
import { act } from 'react'
import type { ELicense, FormSchema } from '@contract/application'
import type { Page } from '@contract/common'
import type { Case, TransitionInput } from '@contract/case'
import type { AuthResult, DemoAccount, User } from '@contract/user'
import type { CatalogueItem } from '../../../mock/seed/types'
import { mockBackend } from '../../../config/jest/mock-backend'
import { testCatalogue } from '../../../mock/test-support/test-app'
import { handWrittenFields, isUnderCommitment } from '../../../mock/seed/forms'
import { useSessionStore } from '@/stores/session-store'

/** Palm items of the real seed with a short generic form and a limit of a few working days. */
export function promisedItems(): CatalogueItem[] {
  return testCatalogue().seed.items.filter(
    (i) => i.palm && i.audience === 'personal' && i.kind === 'promised' && !handWrittenFields(i.name) && !isUnderCommitment(i) && i.promisedLimitDays >= 3,
  )
}

/** Palm items of the real seed with a short generic form and no required material: quick to submit. */
export function lightItems(): CatalogueItem[] {
  return testCatalogue().seed.items.filter(
    (i) => i.palm && i.audience === 'personal' && !handWrittenFields(i.name) && !isUnderCommitment(i) && i.materials.every((m) => !m.required),
  )
}

/** A promised item with no required material and a limit between `min` and `max` working days. */
export function promisedItem(min = 3, max = 15, skip = 0): CatalogueItem {
  const found = lightItems().filter((i) => i.kind === 'promised' && i.promisedLimitDays >= min && i.promisedLimitDays <= max)[skip]
    ?? promisedItems().filter((i) => i.promisedLimitDays >= min && i.promisedLimitDays <= max)[skip]
  if (!found) throw new Error(`the seed has no promised palm item with a limit of ${min}–${max} working days`)
  return found
}

/** Signs a demo account in on the backend and in the app's session store. */
export async function signInAs(account: DemoAccount = 'resident'): Promise<AuthResult> {
  const auth = await mockBackend.signIn(account)
  let user: User = auth.user
  if (account === 'resident' || account === 'business') {
    const me = await mockBackend.app().get<User>('/api/v1/me', { token: auth.token })
    user = me.body.realName ? me.body : await mockBackend.app().verifyRealName(auth.token, { name: '王小明' })
  }
  act(() => useSessionStore.getState().signIn({ token: auth.token, user }))
  return { token: auth.token, user }
}

/** Submits an application for `item` as the person holding `token` (e-licenses or photos for required materials). */
export async function submitCase(token: string, item: CatalogueItem): Promise<Case> {
  const app = mockBackend.app()
  const form = await app.get<FormSchema>(`/api/v1/items/${item.id}/form`, { token })
  if (form.status !== 200) throw new Error(`form of ${item.name} answered ${form.status}`)
  const fields: Record<string, string> = {}
  for (const field of form.body.fields) {
    if (field.kind === 'phone') fields[field.key] = '13805951234'
    else if (field.kind === 'address') fields[field.key] = '丰泽区东海街道通港西街 1 号'
    else if (field.kind === 'textarea' || field.kind === 'text') fields[field.key] = '想了解办理流程和需要准备的材料'
  }
  const licenses = (await app.get<Page<ELicense>>('/api/v1/me/licenses', { token })).body.items
  const materials = []
  for (const m of form.body.materials.filter((x) => x.required)) {
    const license = licenses.find((l) => l.type === m.eLicenseType)
    if (license) materials.push({ key: m.key, fileIds: [], licenseId: license.id })
    else materials.push({ key: m.key, fileIds: [(await app.upload(token, undefined, `${m.name}.jpg`)).fileId], licenseId: null })
  }
  const res = await app.submit<Case>(token, { itemId: item.id, applicantKind: 'personal', fields, materials, commitmentAccepted: false })
  if (res.status !== 201) throw new Error(`submission answered ${res.status}: ${res.text}`)
  return res.body
}

async function admin(): Promise<string> {
  return (await mockBackend.signIn('admin')).token
}

/** The back office moves a case (accept, request-supplement …); throws unless the backend agrees. */
export async function transition(caseNo: string, input: TransitionInput): Promise<Case> {
  const res = await mockBackend.app().post<Case>(`/api/v1/admin/cases/${caseNo}/transition`, { token: await admin(), json: input })
  if (res.status !== 200) throw new Error(`${input.action} answered ${res.status}: ${res.text}`)
  return res.body
}

/** Moves the backend's clock (`PUT /admin/clock`). */
export async function setClock(now: string): Promise<void> {
  const res = await mockBackend.app().put(`/api/v1/admin/clock`, { token: await admin(), json: { now } })
  if (res.status !== 200) throw new Error(`clock answered ${res.status}: ${res.text}`)
}

/** Back to the test backend's base time (2022-03-01 09:00 Beijing). */
export async function resetClock(): Promise<void> {
  await mockBackend.app().request('DELETE', '/api/v1/admin/clock', { token: await admin() })
}
