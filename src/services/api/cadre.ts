import type { Page } from '@contract/common'
import type { CadreQueueCounts, Certificate, CertificateRequest, CertificateRequestStatus, CertificateStatus } from '@contract/certificate'
import { http } from '../http'

/** `GET /cadre/certificate-requests`: one state of the village's requests plus the counts of every state. */
export type CadreRequestPage = Page<CertificateRequest> & { counts: CadreQueueCounts }

const requestPath = (id: string) => `/cadre/certificate-requests/${encodeURIComponent(id)}`

/** The cadre's own village's requests in one state (pending: oldest first), with the queue's counts. */
export async function listVillageRequests(status: CertificateRequestStatus, query: { page?: number; pageSize?: number } = {}): Promise<CadreRequestPage> {
  const { data } = await http.get<CadreRequestPage>('/cadre/certificate-requests', {
    params: { status, page: query.page ?? 1, pageSize: query.pageSize ?? 50 },
  })
  return data
}

/** One request of the cadre's village, with its fields and attachments. */
export async function getVillageRequest(id: string): Promise<CertificateRequest> {
  const { data } = await http.get<CertificateRequest>(requestPath(id))
  return data
}

/** 出具证明: issues the certificate. */
export async function approveRequest(id: string): Promise<CertificateRequest> {
  const { data } = await http.post<CertificateRequest>(`${requestPath(id)}/approve`, {})
  return data
}

/** 退回补正: sends the request back to the resident with what to correct. */
export async function returnRequest(id: string, reason: string): Promise<CertificateRequest> {
  const { data } = await http.post<CertificateRequest>(`${requestPath(id)}/return`, { reason })
  return data
}

/** 不予出具: refuses the request with a reason. */
export async function rejectRequest(id: string, reason: string): Promise<CertificateRequest> {
  const { data } = await http.post<CertificateRequest>(`${requestPath(id)}/reject`, { reason })
  return data
}

/** The certificates the cadre's village issued (all, or only valid / revoked ones). */
export async function listVillageCertificates(status?: CertificateStatus, query: { page?: number; pageSize?: number } = {}): Promise<Page<Certificate>> {
  const { data } = await http.get<Page<Certificate>>('/cadre/certificates', {
    params: { status, page: query.page ?? 1, pageSize: query.pageSize ?? 50 },
  })
  return data
}

/** 撤销: revokes an issued certificate; verification says revoked from then on. */
export async function revokeCertificate(no: string, reason: string): Promise<Certificate> {
  const { data } = await http.post<Certificate>(`/cadre/certificates/${encodeURIComponent(no)}/revoke`, { reason })
  return data
}
