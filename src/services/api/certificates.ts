import type { Page } from '@contract/common'
import type {
  Certificate,
  CertificateRequest,
  CertificateRequestInput,
  CertificateType,
  CertificateVerification,
} from '@contract/certificate'
import { http } from '../http'

/** The certificate types a 村(居)委会 may issue (村(居)证明), with their fields and materials. */
export async function listCertificateTypes(): Promise<CertificateType[]> {
  const { data } = await http.get<{ items: CertificateType[] }>('/certificate-types')
  return data.items
}

/**
 * Asks the village committee for a certificate; the created request (待审核). The same
 * `idempotencyKey` on a retry returns the request the first attempt made instead of a second one.
 */
export async function submitCertificateRequest(input: CertificateRequestInput, idempotencyKey: string): Promise<CertificateRequest> {
  const { data } = await http.post<CertificateRequest>('/certificate-requests', input, { headers: { 'Idempotency-Key': idempotencyKey } })
  return data
}

/** The signed-in person's certificate requests, newest first. */
export async function listMyCertificateRequests(query: { page?: number; pageSize?: number } = {}): Promise<Page<CertificateRequest>> {
  const { data } = await http.get<Page<CertificateRequest>>('/certificate-requests', { params: { page: query.page ?? 1, pageSize: query.pageSize ?? 50 } })
  return data
}

/** One of the person's certificate requests. */
export async function getCertificateRequest(id: string): Promise<CertificateRequest> {
  const { data } = await http.get<CertificateRequest>(`/certificate-requests/${encodeURIComponent(id)}`)
  return data
}

/** 撤回: takes back a request the committee has not acted on yet (待审核 only; 409 otherwise). */
export async function withdrawCertificateRequest(id: string): Promise<CertificateRequest> {
  const { data } = await http.post<CertificateRequest>(`/certificate-requests/${encodeURIComponent(id)}/withdraw`, {})
  return data
}

/** Hands in a corrected request after the cadre returned it (退回补正); it is pending again. */
export async function resubmitCertificateRequest(id: string, input: CertificateRequestInput): Promise<CertificateRequest> {
  const { data } = await http.put<CertificateRequest>(`/certificate-requests/${encodeURIComponent(id)}`, input)
  return data
}

/** An issued certificate, for its holder (or the issuing cadre). */
export async function getCertificate(no: string): Promise<Certificate> {
  const { data } = await http.get<Certificate>(`/certificates/${encodeURIComponent(no)}`)
  return data
}

/** Checks a certificate by its number and 核验码, without login (404 when either is wrong). */
export async function verifyCertificate(no: string, code: string): Promise<CertificateVerification> {
  const { data } = await http.get<CertificateVerification>('/certificates/verify', { params: { no, code } })
  return data
}
