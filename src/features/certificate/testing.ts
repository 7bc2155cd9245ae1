/**
 * Test helpers for the certificate and cadre pages: requests are made the way they are in
 * production — a real-name verified resident through `POST /certificate-requests`, the village's
 * cadre through the `/cadre` routes — against the in-process mock backend. Test-only.
 */
import { act } from 'react'
import type { Certificate, CertificateRequest, CertificateRequestInput, CertificateType } from '@contract/certificate'
import type { AuthResult, DemoAccount, User } from '@contract/user'
import { mockBackend } from '../../../config/jest/mock-backend'
import { useSessionStore } from '@/stores/session-store'

/** 晋江市 / 安海镇 / 西安村委会: the village of the demo account `cadre`. */
export const CADRE_VILLAGE = { code: '350582101201', path: ['晋江市', '安海镇', '西安村委会'] }
/** 南安市 / 水头镇 / 水头村委会: the village of `cadre-other`. */
export const OTHER_VILLAGE = { code: '350583119201' }

/** Signs in on the backend; residents get a verified real name unless `verified` is false. */
export async function signIn(account: DemoAccount, options: { verified?: boolean; intoApp?: boolean } = {}): Promise<AuthResult> {
  const auth = await mockBackend.signIn(account)
  let user: User = auth.user
  if ((account === 'resident' || account === 'business') && options.verified !== false && !user.realName) {
    user = await mockBackend.app().verifyRealName(auth.token, { name: '陈美玲' })
  }
  if (options.intoApp !== false) act(() => useSessionStore.getState().signIn({ token: auth.token, user }))
  return { token: auth.token, user }
}

export async function typesOnServer(): Promise<CertificateType[]> {
  return (await mockBackend.app().get<{ items: CertificateType[] }>('/api/v1/certificate-types')).body.items
}

/** A complete 家庭经济状况证明 request body for `villageCode`, with the identity photo uploaded. */
export async function hardshipInput(token: string, villageCode = CADRE_VILLAGE.code, purpose = '子女申请助学金'): Promise<CertificateRequestInput> {
  const photo = await mockBackend.app().upload(token, undefined, '户口簿.jpg')
  return {
    typeId: 'family-hardship',
    villageCode,
    purpose,
    fields: { members: 4, annualIncome: 18000, cause: 'illness', reason: '父亲长期患病无法务工，家中仅母亲务农维持生活' },
    materials: [{ key: 'm1', fileIds: [photo.fileId] }],
  }
}

/** Submits a request as the holder of `token`; throws unless the backend creates it. */
export async function submitRequest(token: string, input?: CertificateRequestInput): Promise<CertificateRequest> {
  const res = await mockBackend.app().post<CertificateRequest>('/api/v1/certificate-requests', { token, json: input ?? (await hardshipInput(token)) })
  if (res.status !== 201) throw new Error(`request answered ${res.status}: ${res.text}`)
  return res.body
}

/** The cadre acts on a request (approve / return / reject); throws unless the backend agrees. */
export async function cadreActs(id: string, action: 'approve' | 'return' | 'reject', reason?: string): Promise<CertificateRequest> {
  const { token } = await mockBackend.signIn('cadre')
  const res = await mockBackend.app().post<CertificateRequest>(`/api/v1/cadre/certificate-requests/${id}/${action}`, { token, json: reason ? { reason } : {} })
  if (res.status !== 200) throw new Error(`${action} answered ${res.status}: ${res.text}`)
  return res.body
}

/** The holder's view of an issued certificate. */
export async function certificateOf(token: string, no: string): Promise<Certificate> {
  const res = await mockBackend.app().get<Certificate>(`/api/v1/certificates/${encodeURIComponent(no)}`, { token })
  if (res.status !== 200) throw new Error(`certificate answered ${res.status}: ${res.text}`)
  return res.body
}

/** A resident's request, issued by the cadre: the certificate as its holder sees it. */
export async function issuedCertificate(): Promise<{ token: string; certificate: Certificate }> {
  const { token } = await signIn('resident', { intoApp: false })
  const request = await submitRequest(token)
  const issued = await cadreActs(request.id, 'approve')
  return { token, certificate: await certificateOf(token, issued.certificate!.no) }
}

/** The cadre revokes a certificate. */
export async function revoke(no: string, reason = '申请人提供的情况不实'): Promise<void> {
  const { token } = await mockBackend.signIn('cadre')
  const res = await mockBackend.app().post(`/api/v1/cadre/certificates/${encodeURIComponent(no)}/revoke`, { token, json: { reason } })
  if (res.status !== 200) throw new Error(`revoke answered ${res.status}: ${res.text}`)
}

/** Requests as stored on the server (what the backend now holds). */
export function requestsOnServer(): { id: string; status: string; purpose: string; village: { code: string } }[] {
  return Object.values(mockBackend.app().db.read().certificateRequests) as unknown as { id: string; status: string; purpose: string; village: { code: string } }[]
}

/** Moves the backend's clock (requests made after it carry this time). */
export function setServerTime(iso: string): void {
  ;(mockBackend.app().clock as unknown as { set(at: Date): void }).set(new Date(iso))
}
