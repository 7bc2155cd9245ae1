/**
 * The world builders of `mock/test-support/worlds.ts`, bound to the in-process backend the page
 * under test talks to, plus signing the person into the app's session store. Cases, ratings and
 * certificate requests are made the way production makes them, through the routes. Test-only.
 */
import { act } from 'react'
import type { Case, TransitionInput } from '@contract/case'
import type { Certificate, CertificateRequest, CertificateRequestInput } from '@contract/certificate'
import type { Complaint, Rating, RatingInput } from '@contract/rating'
import type { AuthResult, DemoAccount } from '@contract/user'
import { useSessionStore } from '@/stores/session-store'
import { testCatalogue, type CatalogueItem } from '../../mock/test-support/test-app'
import * as worlds from '../../mock/test-support/worlds'
import { mockBackend } from './mock-backend'

export { CADRE_VILLAGE, CADRE_VILLAGE_PATH, OTHER_VILLAGE, handWrittenFields, isUnderCommitment } from '../../mock/test-support/worlds'
export { testCatalogue, type CatalogueItem, type Clock } from '../../mock/test-support/test-app'

const backend = () => mockBackend.app()

/** The resident of the certificate tests (the case tests' resident is 王小明). */
export const CERTIFICATE_APPLICANT = '陈美玲'

/**
 * Signs a demo account in on the backend and, unless `intoApp` is false, in the app's session
 * store. A resident or business gets a verified real name (`name`, default 王小明; `idNumber`,
 * default a generated one) unless it has one or `verified` is false; `verified: true` verifies any
 * account, a cadre too.
 */
export async function signInAs(
  account: DemoAccount = 'resident',
  options: { verified?: boolean; intoApp?: boolean; name?: string; idNumber?: string } = {},
): Promise<AuthResult> {
  const name = options.name ?? '王小明'
  // The shared builder verifies only a resident or a business, with a generated ID number: a test
  // that needs a given number (shown masked) or a verified cadre is verified here instead.
  const ownVerification = options.verified === true || (options.idNumber !== undefined && options.verified !== false)
  let auth = await worlds.signedIn(backend(), account, { verified: ownVerification ? false : options.verified, name })
  if (ownVerification && !auth.user.realName) {
    auth = { token: auth.token, user: await backend().verifyRealName(auth.token, { name, idNumber: options.idNumber }) }
  }
  if (options.intoApp !== false) act(() => useSessionStore.getState().signIn(auth))
  return auth
}

// --- catalogue picks (the real seed the backend serves) -----------------------------------------

export function promisedItems(): CatalogueItem[] {
  return worlds.promisedItems(testCatalogue().seed)
}

export function lightItems(): CatalogueItem[] {
  return worlds.lightItems(testCatalogue().seed)
}

/** A promised item with no required material and a limit between `min` and `max` working days. */
export function promisedItem(min = 3, max = 15, skip = 0): CatalogueItem {
  return worlds.promisedItem(testCatalogue().seed, min, max, skip)
}

/** A quick promised item of another department and region than `other`, for figures with two groups. */
export function itemElsewhere(other: CatalogueItem): CatalogueItem {
  return worlds.itemElsewhere(testCatalogue().seed, other)
}

// --- cases --------------------------------------------------------------------------------------

/** Submits an application for `item` as the holder of `token`, as the app's form would. */
export function submitCase(token: string, item: CatalogueItem): Promise<Case> {
  return worlds.submitThroughForm(backend(), token, item)
}

/** The back office moves a case (accept, request-supplement …); throws unless the backend agrees. */
export function transition(caseNo: string, input: TransitionInput): Promise<Case> {
  return worlds.moveCase(backend(), caseNo, input)
}

/** Moves the backend's clock (`PUT /admin/clock`). */
export async function setClock(now: string): Promise<void> {
  const res = await worlds.setClock(backend(), await worlds.adminToken(backend()), now)
  if (res.status !== 200) throw new Error(`clock answered ${res.status}: ${res.text}`)
}

/** Back to the test backend's base time (2022-03-01 09:00 Beijing). */
export function resetClock(): Promise<void> {
  return worlds.resetClock(backend())
}

/** A case of `token`'s holder, concluded now (by the backend's clock), of `item` (default: a quick promised item). */
export async function concludedCase(token: string, item: CatalogueItem = promisedItem()): Promise<Case> {
  const t = backend()
  const { fileId } = await t.upload(token)
  return worlds.concludedCaseOf(t, { resident: token, admin: await worlds.adminToken(t), fileId }, item)
}

// --- ratings and complaints ---------------------------------------------------------------------

/** Rates a case on the backend (as another device would); throws unless 201. */
export function rateOnServer(token: string, caseNo: string, input: RatingInput): Promise<Rating> {
  return worlds.rated(backend(), token, caseNo, input)
}

/** The back office's 核实整改 reply to a bad rating; throws unless the backend agrees. */
export function replyToRating(ratingId: string, text: string, rectification: string): Promise<Rating> {
  return worlds.repliedRating(backend(), ratingId, text, rectification)
}

/** The back office's reply to a complaint; throws unless the backend agrees. */
export function replyToComplaint(id: string, text: string): Promise<Complaint> {
  return worlds.repliedComplaint(backend(), id, text)
}

/** The applicant's ratings as the backend has them. */
export function ratingsOnServer(token: string): Promise<Rating[]> {
  return worlds.ratingsOf(backend(), token)
}

// --- certificates -------------------------------------------------------------------------------

/** A complete 家庭经济状况证明 request body for `villageCode`, with the identity photo uploaded. */
export function hardshipInput(token: string, villageCode?: string, purpose?: string): Promise<CertificateRequestInput> {
  return worlds.hardshipInput(backend(), token, villageCode, purpose)
}

/** Submits a request as the holder of `token` (default a 家庭经济状况证明); throws unless the backend creates it. */
export async function submitRequest(token: string, input?: CertificateRequestInput): Promise<CertificateRequest> {
  return worlds.submittedRequest(backend(), token, input ?? (await hardshipInput(token)))
}

/** The cadre of 西安村 acts on a request; throws unless the backend agrees. */
export function cadreActs(id: string, action: 'approve' | 'return' | 'reject', reason?: string): Promise<CertificateRequest> {
  return worlds.cadreActs(backend(), id, action, reason)
}

/** The holder's view of an issued certificate. */
export function certificateOf(token: string, no: string): Promise<Certificate> {
  return worlds.certificateOf(backend(), token, no)
}

/** A request of the certificate tests' resident, issued by the cadre: the certificate as its holder sees it. */
export async function issuedCertificate(): Promise<{ token: string; certificate: Certificate }> {
  const { token } = await signInAs('resident', { intoApp: false, name: CERTIFICATE_APPLICANT })
  const request = await submitRequest(token)
  const issued = await cadreActs(request.id, 'approve')
  return { token, certificate: await certificateOf(token, issued.certificate!.no) }
}

/** The cadre revokes a certificate. */
export function revoke(no: string, reason?: string): Promise<void> {
  return worlds.revoke(backend(), no, reason)
}

/** Requests as stored on the server (what the backend now holds). */
export function requestsOnServer(): { id: string; status: string; purpose: string; village: { code: string } }[] {
  return Object.values(backend().store.dump().certificateRequests) as unknown as { id: string; status: string; purpose: string; village: { code: string } }[]
}

/** Moves the backend's clock directly (requests made after it carry this time). */
export function setServerTime(iso: string): void {
  ;(backend().clock as unknown as { set(at: Date): void }).set(new Date(iso))
}

// --- 为家人办 ------------------------------------------------------------------------------------

export { PARENT_ID, PARENT_NAME } from '../../mock/test-support/worlds'

/** The parent (王秀英) added for the resident of `token` and confirmed with the back office's code. */
export function confirmedFamilyMember(token: string): ReturnType<typeof worlds.confirmedFamilyMember> {
  return worlds.confirmedFamilyMember(backend(), token)
}
