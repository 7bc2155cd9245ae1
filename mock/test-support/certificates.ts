import type { Certificate, CertificateRequest, CertificateRequestInput } from '@contract/certificate'
import type { TestApp, TestResponse } from './test-app'
import { testIdNumber } from './fixtures'

/** 晋江市 / 安海镇 / 西安村委会 (the `cadre` demo account's village) and 南安市 / 水头镇 / 水头村委会 (`cadre-other`'s). */
export const CADRE_VILLAGE = '350582101201'
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

/** A pending request of the resident to 西安村; returns its id (throws unless 201). */
export async function pendingRequest(w: CertificateWorld, input?: CertificateRequestInput): Promise<string> {
  const res = await submitRequest(w.t, w.resident, input ?? residenceInput(w.fileId))
  if (res.status !== 201) throw new Error(`submit answered ${res.status}: ${res.text}`)
  return res.body.id
}

/** Request → approve by the cadre; returns the issued certificate as its holder sees it. */
export async function issuedCertificate(w: CertificateWorld, input?: CertificateRequestInput): Promise<Certificate> {
  const id = await pendingRequest(w, input)
  const approved = await w.t.post<CertificateRequest>(`/api/v1/cadre/certificate-requests/${id}/approve`, { token: w.cadre })
  if (approved.status !== 200 || !approved.body.certificate) throw new Error(`approve answered ${approved.status}: ${approved.text}`)
  const res = await w.t.get<Certificate>(`/api/v1/certificates/${approved.body.certificate.no}`, { token: w.resident })
  return res.body
}
