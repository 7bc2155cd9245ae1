/**
 * World builders: the states a test starts from (a verified resident, a concluded case, a rated
 * case, a pending certificate request, an issued certificate …), made the way production makes
 * them: through the routes, as the resident, the back office and the cadre would. Every builder
 * takes the `TestApp` to build on, so the mock's route tests (their own `createTestApp()`) and the
 * app's page tests (the in-process backend the page talks to, bound in `src/testing`) share one set.
 */
import type { ELicense, FieldValue, FormField, FormSchema } from '@contract/application'
import type { BundleApplicationInput, BundleDelivery } from '@contract/bundle'
import type { Case, CaseAction, TransitionInput } from '@contract/case'
import type { Certificate, CertificateRequest, CertificateRequestInput } from '@contract/certificate'
import type { Page } from '@contract/common'
import type { FamilyMember, FamilyMemberInput } from '@contract/family'
import type { Complaint, Rating, RatingInput } from '@contract/rating'
import type { AuthResult, DemoAccount, User } from '@contract/user'
import type { LifecycleAction } from '@/domain/case-lifecycle'
import { bundleDefOf, bundleForm, bundleGuide } from '../lib/bundle-forms'
import { createSeedLookup } from '../lib/lookup'
import { chinaDateOf } from '../lib/working-days'
import { handWrittenFields, isUnderCommitment } from '../seed/forms'
import type { CatalogueItem, Seed } from '../seed/types'
import { cityItem, schemaOf, testIdNumber, validApplication, validValue } from './fixtures'
import type { TestApp, TestResponse } from './test-app'

// --- people -------------------------------------------------------------------------------------

/** A verified resident holding one upload, and the back office. */
export interface People {
  resident: string
  admin: string
  fileId: string
}

/** A resident (verified, one upload) and the back office, signed in on `t`. */
export async function people(t: TestApp): Promise<People> {
  const resident = (await t.signIn('resident')).token
  await t.verifyRealName(resident)
  const { fileId } = await t.upload(resident)
  const admin = (await t.signIn('admin')).token
  return { resident, admin, fileId }
}

/**
 * Signs a demo account in. A resident or business gets a verified real name (`name`, default the
 * test-app's 测试居民) unless it already has one or `verified` is false; the user is as `/me` has it.
 */
export async function signedIn(t: TestApp, account: DemoAccount, options: { verified?: boolean; name?: string } = {}): Promise<AuthResult> {
  const auth = await t.signIn(account)
  if ((account !== 'resident' && account !== 'business') || options.verified === false) return auth
  const me = await t.get<User>('/api/v1/me', { token: auth.token })
  const user = me.body.realName ? me.body : await t.verifyRealName(auth.token, { name: options.name })
  return { token: auth.token, user }
}

/** A fresh back-office token. */
export async function adminToken(t: TestApp): Promise<string> {
  return (await t.signIn('admin')).token
}

// --- catalogue picks ----------------------------------------------------------------------------

/** Which items get a hand-written form and which sit under 告知承诺制: for tests that pick items themselves. */
export { handWrittenFields, isUnderCommitment } from '../seed/forms'

/** Palm items of the real seed with a short generic form and a limit of a few working days. */
export function promisedItems(seed: Seed): CatalogueItem[] {
  return seed.items.filter(
    (i) => i.palm && i.audience === 'personal' && i.kind === 'promised' && !handWrittenFields(i.name) && !isUnderCommitment(i) && i.promisedLimitDays >= 3,
  )
}

/** Palm items of the real seed with a short generic form and no required material: quick to submit. */
export function lightItems(seed: Seed): CatalogueItem[] {
  return seed.items.filter(
    (i) => i.palm && i.audience === 'personal' && !handWrittenFields(i.name) && !isUnderCommitment(i) && i.materials.every((m) => !m.required),
  )
}

/** A promised item with no required material and a limit between `min` and `max` working days. */
export function promisedItem(seed: Seed, min = 3, max = 15, skip = 0): CatalogueItem {
  const found = lightItems(seed).filter((i) => i.kind === 'promised' && i.promisedLimitDays >= min && i.promisedLimitDays <= max)[skip]
    ?? promisedItems(seed).filter((i) => i.promisedLimitDays >= min && i.promisedLimitDays <= max)[skip]
  if (!found) throw new Error(`the seed has no promised palm item with a limit of ${min}–${max} working days`)
  return found
}

/** A quick promised item of another department and region than `other`, for figures with two groups. */
export function itemElsewhere(seed: Seed, other: CatalogueItem): CatalogueItem {
  const elsewhere = (i: CatalogueItem) => i.kind === 'promised' && i.department.id !== other.department.id && i.region.code !== other.region.code
  const found = lightItems(seed).find(elsewhere) ?? promisedItems(seed).find(elsewhere)
  if (!found) throw new Error('the seed has no quick promised item in another department and region')
  return found
}

// --- cases --------------------------------------------------------------------------------------

/**
 * Submits a city-level palm item (default 居民身份证换领, promised 10 working days) on the app's
 * current day, every field filled and every required material carrying `fileId`.
 */
export async function submitCase(t: TestApp, token: string, fileId: string, itemName = '居民身份证换领', today?: string): Promise<Case> {
  return submitItem(t, token, fileId, cityItem(t.seed, itemName), today)
}

/** The same for any catalogue item (e.g. a county's). */
export async function submitItem(t: TestApp, token: string, fileId: string, item: CatalogueItem, today?: string): Promise<Case> {
  const day = today ?? chinaDateOf(t.clock.now())
  const res = await t.submit<Case>(token, validApplication(schemaOf(item, day), fileId))
  if (res.status !== 201) throw new Error(`submission answered ${res.status}: ${res.text}`)
  return res.body
}

/**
 * Submits `item` as a person filling the served form would: contact and text fields typed, an
 * e-license chosen where the applicant holds one, a photo uploaded for every other required material.
 */
export async function submitThroughForm(t: TestApp, token: string, item: CatalogueItem): Promise<Case> {
  const form = await t.get<FormSchema>(`/api/v1/items/${item.id}/form`, { token })
  if (form.status !== 200) throw new Error(`form of ${item.name} answered ${form.status}`)
  const fields: Record<string, string> = {}
  for (const field of form.body.fields) {
    if (field.kind === 'phone') fields[field.key] = '13805951234'
    else if (field.kind === 'address') fields[field.key] = '丰泽区东海街道通港西街 1 号'
    else if (field.kind === 'textarea' || field.kind === 'text') fields[field.key] = '想了解办理流程和需要准备的材料'
  }
  const licenses = (await t.get<Page<ELicense>>('/api/v1/me/licenses', { token })).body.items
  const materials = []
  for (const m of form.body.materials.filter((x) => x.required)) {
    const license = licenses.find((l) => l.type === m.eLicenseType)
    if (license) materials.push({ key: m.key, fileIds: [], licenseId: license.id })
    else materials.push({ key: m.key, fileIds: [(await t.upload(token, undefined, `${m.name}.jpg`)).fileId], licenseId: null })
  }
  const res = await t.submit<Case>(token, { itemId: item.id, applicantKind: 'personal', fields, materials, commitmentAccepted: false })
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

/** The back office moves a case with exactly `input` (accept, request-supplement …); throws unless the backend agrees. */
export async function moveCase(t: TestApp, caseNo: string, input: TransitionInput): Promise<Case> {
  const res = await transition(t, await adminToken(t), caseNo, input.action, input)
  if (res.status !== 200) throw new Error(`${input.action} answered ${res.status}: ${res.text}`)
  return res.body
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
export function act(t: TestApp, who: People, caseNo: string, action: LifecycleAction): Promise<TestResponse<Case>> {
  if (action === 'supply') return supply(t, who.resident, caseNo, who.fileId)
  if (action === 'withdraw') return withdraw(t, who.resident, caseNo)
  return transition(t, who.admin, caseNo, action)
}

/** Applies `path` in order; throws unless every step succeeds. */
export async function drive(t: TestApp, who: People, caseNo: string, path: readonly LifecycleAction[]): Promise<Case> {
  let last: Case | null = null
  for (const action of path) {
    const res = await act(t, who, caseNo, action)
    if (res.status !== 200) throw new Error(`${action} answered ${res.status}: ${res.text}`)
    last = res.body
  }
  return last ?? (await t.get<Case>(`/api/v1/cases/${caseNo}`, { token: who.resident })).body
}

/** `PUT /admin/clock`: the backend's time from now on (fixed). */
export function setClock(t: TestApp, admin: string, now: string): Promise<TestResponse<{ now: string; fixed: boolean }>> {
  return t.put(`/api/v1/admin/clock`, { token: admin, json: { now } })
}

/** Back to the test backend's base time (2022-03-01 09:00 Beijing). */
export async function resetClock(t: TestApp): Promise<void> {
  await t.request('DELETE', '/api/v1/admin/clock', { token: await adminToken(t) })
}

/** A case of `itemName` (a city-level palm item) submitted, accepted, approved and concluded at the app's current time. */
export async function concludedCase(t: TestApp, who: People, itemName = '居民身份证换领'): Promise<Case> {
  return concludedCaseOf(t, who, cityItem(t.seed, itemName))
}

/** The same for any catalogue item (e.g. a county's), so the figures can be grouped by region. */
export async function concludedCaseOf(t: TestApp, who: People, item: CatalogueItem): Promise<Case> {
  const c = await submitItem(t, who.resident, who.fileId, item)
  return drive(t, who, c.caseNo, ['accept', 'approve', 'conclude'])
}

// --- ratings and complaints ---------------------------------------------------------------------

export function rate(t: TestApp, token: string, caseNo: string, input: Partial<RatingInput> | Record<string, unknown>): Promise<TestResponse<Rating>> {
  return t.post<Rating>(`/api/v1/cases/${caseNo}/rating`, { token, json: input })
}

/** Rates and throws unless 201. */
export async function rated(t: TestApp, token: string, caseNo: string, input: RatingInput): Promise<Rating> {
  const res = await rate(t, token, caseNo, input)
  if (res.status !== 201) throw new Error(`rating answered ${res.status}: ${res.text}`)
  return res.body
}

/** The back office's 核实整改 reply to a rating (any body, for validation tests). */
export function reply(t: TestApp, admin: string, ratingId: string, body: Record<string, unknown> = { text: '经核实，窗口办理时间过长，已约谈相关人员', rectification: '增设自助取号机，高峰时段增开窗口' }) {
  return t.post<Rating>(`/api/v1/admin/ratings/${ratingId}/reply`, { token: admin, json: body })
}

/** The back office's 核实整改 reply; throws unless the backend agrees. */
export async function repliedRating(t: TestApp, ratingId: string, text: string, rectification: string): Promise<Rating> {
  const res = await reply(t, await adminToken(t), ratingId, { text, rectification })
  if (res.status !== 200) throw new Error(`reply answered ${res.status}: ${res.text}`)
  return res.body
}

/** The back office's reply to a complaint; throws unless the backend agrees. */
export async function repliedComplaint(t: TestApp, id: string, text: string): Promise<Complaint> {
  const res = await t.post<Complaint>(`/api/v1/admin/complaints/${id}/reply`, { token: await adminToken(t), json: { text } })
  if (res.status !== 200) throw new Error(`complaint reply answered ${res.status}: ${res.text}`)
  return res.body
}

/** The holder's ratings as the backend has them. */
export async function ratingsOf(t: TestApp, token: string): Promise<Rating[]> {
  return (await t.get<{ items: Rating[] }>('/api/v1/ratings/mine', { token })).body.items
}

// --- certificates -------------------------------------------------------------------------------

/** 晋江市 / 安海镇 / 西安村委会 (the `cadre` demo account's village) and 南安市 / 水头镇 / 水头村委会 (`cadre-other`'s). */
export const CADRE_VILLAGE = '350582101201'
export const CADRE_VILLAGE_PATH = ['晋江市', '安海镇', '西安村委会']
export const OTHER_VILLAGE = '350583119201'
export const HOLDER_NAME = '陈小明'
export const HOLDER_ID = testIdNumber('350582', '19900307', '123')

/** A complete 居(租)住证明 request to 西安村 (租住, so the lease is attached too). */
export function residenceInput(fileId: string, overrides: Partial<CertificateRequestInput> = {}): CertificateRequestInput {
  return {
    typeId: 'residence',
    villageCode: CADRE_VILLAGE,
    purpose: '子女入学',
    fields: { address: '晋江市安海镇西安村西安路12号', since: '2015-06-01', tenure: 'rent' },
    materials: [
      { key: 'm1', fileIds: [fileId] },
      { key: 'm2', fileIds: [fileId] },
    ],
    ...overrides,
  }
}

/** A complete 家庭经济状况证明 request body for `villageCode`, with the identity photo uploaded by `token`'s holder. */
export async function hardshipInput(t: TestApp, token: string, villageCode = CADRE_VILLAGE, purpose = '子女申请助学金'): Promise<CertificateRequestInput> {
  const photo = await t.upload(token, undefined, '户口簿.jpg')
  return {
    typeId: 'family-hardship',
    villageCode,
    purpose,
    fields: { members: 4, annualIncome: 18000, cause: 'illness', reason: '父亲长期患病无法务工，家中仅母亲务农维持生活' },
    materials: [{ key: 'm1', fileIds: [photo.fileId] }],
  }
}

export interface CertificateWorld {
  t: TestApp
  resident: string
  business: string
  cadre: string
  other: string
  admin: string
  /** One of the resident's uploads. */
  fileId: string
}

/** Everyone signed in; the resident verified as 陈小明 and holding one upload. */
export async function certificateWorld(t: TestApp): Promise<CertificateWorld> {
  const resident = (await t.signIn('resident')).token
  await t.verifyRealName(resident, { name: HOLDER_NAME, idNumber: HOLDER_ID })
  const business = (await t.signIn('business')).token
  const cadre = (await t.signIn('cadre')).token
  const other = (await t.signIn('cadre-other')).token
  const admin = (await t.signIn('admin')).token
  const { fileId } = await t.upload(resident)
  return { t, resident, business, cadre, other, admin, fileId }
}

export function submitRequest(t: TestApp, token: string, input: CertificateRequestInput | Record<string, unknown>): Promise<TestResponse<CertificateRequest>> {
  return t.post<CertificateRequest>('/api/v1/certificate-requests', { token, json: input })
}

/** Submits a request as the holder of `token`; throws unless the backend creates it. */
export async function submittedRequest(t: TestApp, token: string, input: CertificateRequestInput): Promise<CertificateRequest> {
  const res = await submitRequest(t, token, input)
  if (res.status !== 201) throw new Error(`request answered ${res.status}: ${res.text}`)
  return res.body
}

/** A pending request of the resident to 西安村; returns its id (throws unless 201). */
export async function pendingRequest(w: CertificateWorld, input?: CertificateRequestInput): Promise<string> {
  return (await submittedRequest(w.t, w.resident, input ?? residenceInput(w.fileId))).id
}

/** The cadre (of 西安村 unless `cadre` says otherwise) acts on a request; throws unless the backend agrees. */
export async function cadreActs(t: TestApp, id: string, action: 'approve' | 'return' | 'reject', reason?: string, cadre?: string): Promise<CertificateRequest> {
  const token = cadre ?? (await t.signIn('cadre')).token
  const res = await t.post<CertificateRequest>(`/api/v1/cadre/certificate-requests/${id}/${action}`, { token, json: reason ? { reason } : {} })
  if (res.status !== 200) throw new Error(`${action} answered ${res.status}: ${res.text}`)
  return res.body
}

/** The holder's view of an issued certificate. */
export async function certificateOf(t: TestApp, token: string, no: string): Promise<Certificate> {
  const res = await t.get<Certificate>(`/api/v1/certificates/${encodeURIComponent(no)}`, { token })
  if (res.status !== 200) throw new Error(`certificate answered ${res.status}: ${res.text}`)
  return res.body
}

/** Request → approve by the cadre; returns the issued certificate as its holder sees it. */
export async function issuedCertificate(w: CertificateWorld, input?: CertificateRequestInput): Promise<Certificate> {
  const id = await pendingRequest(w, input)
  const approved = await cadreActs(w.t, id, 'approve', undefined, w.cadre)
  if (!approved.certificate) throw new Error(`approve issued no certificate: ${JSON.stringify(approved)}`)
  return certificateOf(w.t, w.resident, approved.certificate.no)
}

/** The cadre revokes a certificate; throws unless the backend agrees. */
export async function revoke(t: TestApp, no: string, reason = '申请人提供的情况不实'): Promise<void> {
  const { token } = await t.signIn('cadre')
  const res = await t.post(`/api/v1/cadre/certificates/${encodeURIComponent(no)}/revoke`, { token, json: { reason } })
  if (res.status !== 200) throw new Error(`revoke answered ${res.status}: ${res.text}`)
}

// --- 为家人办 (family members) -----------------------------------------------------------------------

/** The parent of the family tests: 86 years old, so 高龄津贴 is for her. */
export const PARENT_NAME = '王秀英'
export const PARENT_ID = testIdNumber('350582', '19400315', '224')

let familyKeys = 0

/** `POST /me/family` with an Idempotency-Key (a fresh one unless given). */
export function addFamilyMember<T = FamilyMember>(t: TestApp, token: string, input: Partial<FamilyMemberInput> | Record<string, unknown> = {}, key?: string): Promise<TestResponse<T>> {
  familyKeys += 1
  const json = { name: PARENT_NAME, idNumber: PARENT_ID, relation: 'parent', ...input }
  return t.post<T>('/api/v1/me/family', { token, json, headers: { 'Idempotency-Key': key ?? `family-key-${familyKeys}-${Date.now()}` } })
}

/** The confirmation code of a pending member, as the back office gives it. */
export async function familyCodeOf(t: TestApp, memberId: string): Promise<string> {
  const res = await t.get<Page<FamilyMember & { code: string }>>('/api/v1/admin/family-members', { token: await adminToken(t) })
  const found = res.body.items.find((m) => m.id === memberId)
  if (!found) throw new Error(`no pending family member ${memberId}`)
  return found.code
}

/** Adds the parent for the resident of `token` and confirms with the code the back office gives: the member as the resident sees them. */
export async function confirmedFamilyMember(t: TestApp, token: string, input: Partial<FamilyMemberInput> = {}): Promise<FamilyMember> {
  const added = await addFamilyMember(t, token, input)
  if (added.status !== 201) throw new Error(`adding a family member answered ${added.status}: ${added.text}`)
  const code = await familyCodeOf(t, added.body.id)
  const res = await t.post<FamilyMember>(`/api/v1/me/family/${added.body.id}/confirm`, { token, json: { code } })
  if (res.status !== 200) throw new Error(`confirming answered ${res.status}: ${res.text}`)
  return res.body
}

// --- 一件事 bundles ---------------------------------------------------------------------------------

/** The bundle of the browser test: 出生登记, 新生儿参保登记, 社会保障卡申领, 生育保险待遇核准. */
export const BIRTH_BUNDLE = '新生儿出生一件事'

/** A bundle item of the seed by name: the city's when the city has it, else the first region's. */
export function bundleItemNamed(seed: Seed, name = BIRTH_BUNDLE): CatalogueItem {
  const all = seed.items.filter((i) => i.name === name && bundleDefOf(i) !== undefined)
  const found = all.find((i) => i.region.code === '350500000000') ?? all[0]
  if (!found) throw new Error(`the seed has no bundle named ${name}`)
  return found
}

let bundleKeys = 0

/** A fresh Idempotency-Key for a bundle application. */
export function bundleKey(): string {
  bundleKeys += 1
  return `bundle-key-${bundleKeys}-${Date.now()}`
}

/**
 * A complete bundle application as a person filling the merged form would send it: every field
 * filled with a valid value, every required material carrying `fileId`, the commitment accepted
 * when one applies, results picked up at the first hall. `parts`: the optional parts chosen too.
 */
export function bundleApplication(
  t: TestApp,
  bundleId: string,
  fileId: string,
  options: { optional?: readonly string[]; delivery?: BundleDelivery; onBehalfOf?: string | null; applicantKind?: 'personal' | 'legal' } = {},
): BundleApplicationInput {
  const form = bundleForm(createSeedLookup(t.seed), bundleId, options.optional ?? [], chinaDateOf(t.clock.now()))
  const fields: Record<string, FieldValue> = {}
  for (const field of form.fields) fields[field.key] = validValue(field as FormField)
  return {
    bundleId,
    parts: form.parts.map((p) => p.itemId),
    applicantKind: options.applicantKind ?? (form.applicantKinds.includes('personal') ? 'personal' : 'legal'),
    fields,
    materials: form.materials.filter((m) => m.required).map((m) => ({ key: m.key, fileIds: [fileId], licenseId: null })),
    commitmentAccepted: form.commitment !== null,
    delivery: options.delivery ?? { method: 'window', hallId: form.halls[0]?.id ?? '' },
    ...(options.onBehalfOf ? { onBehalfOf: options.onBehalfOf } : {}),
  }
}

/** `POST /bundle-applications` with an Idempotency-Key (a fresh one unless given). */
export function submitBundle<T = Case>(t: TestApp, token: string, input: BundleApplicationInput | Record<string, unknown>, key: string = bundleKey()): Promise<TestResponse<T>> {
  return t.post<T>('/api/v1/bundle-applications', { token, json: input, headers: { 'Idempotency-Key': key } })
}

export interface BundleWorld extends People {
  t: TestApp
  bundleId: string
  /** The bundle case as POST /bundle-applications answered it (Case.parts, Case.bundle). */
  bundle: Case
  /** Its part cases, in the guide's order. */
  parts: { itemId: string; name: string; caseNo: string }[]
}

/**
 * A verified resident who submitted 新生儿出生一件事 (or `name`, or the bundle item `bundleId`) with every part, results at the first
 * hall; the back office signed in. Part cases move with `transition(t, w.admin, part.caseNo, …)`
 * (or `drive`), the bundle shows the result at `GET /cases/{w.bundle.caseNo}`.
 */
export async function bundleCaseWorld(t: TestApp, options: { name?: string; bundleId?: string; who?: People } = {}): Promise<BundleWorld> {
  const who = options.who ?? (await people(t))
  const item = options.bundleId ? { id: options.bundleId } : bundleItemNamed(t.seed, options.name)
  const res = await submitBundle(t, who.resident, bundleApplication(t, item.id, who.fileId, { optional: bundleOptionalParts(t, item.id) }))
  if (res.status !== 201) throw new Error(`bundle application answered ${res.status}: ${res.text}`)
  const parts = (res.body.parts ?? []).map((p) => ({ itemId: p.itemId, name: p.name, caseNo: p.caseNo }))
  return { ...who, t, bundleId: item.id, bundle: res.body, parts }
}

/** Every optional part of a bundle (so a world has all its parts). */
export function bundleOptionalParts(t: TestApp, bundleId: string): string[] {
  return bundleGuide(createSeedLookup(t.seed), bundleId)
    .parts.filter((p) => !p.required)
    .map((p) => p.itemId)
}
