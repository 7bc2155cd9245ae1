import type { Page } from '@contract/common'
import type { CadreQueueCounts, Certificate, CertificateRequest, CertificateStatus } from '@contract/certificate'
import Taro from '@tarojs/taro'
import { AxiosError, type AxiosResponse } from 'axios'
import { useSessionStore } from '@/stores/session-store'
import { http, toApiError } from '../http'

/** `GET /cadre/certificate-requests`: one state of the village's requests plus the counts of every state. */
export type CadreRequestPage = Page<CertificateRequest> & { counts: CadreQueueCounts }

const requestPath = (id: string) => `/cadre/certificate-requests/${encodeURIComponent(id)}`

/** The cadre's own village's requests in one state (pending: oldest first), with the queue's counts. */
export async function listVillageRequests(status: keyof CadreQueueCounts, query: { page?: number; pageSize?: number } = {}): Promise<CadreRequestPage> {
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

/** The certificates the cadre's village issued (all, or only valid / expired / revoked ones). */
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

/** A resident's uploaded photo fetched for the cadre: a path an <Image> can show, and its release. */
export interface DownloadedAttachment {
  path: string
  /** Frees the bytes (H5: the blob: URL) once the image is no longer shown. */
  release: () => void
}

/**
 * Fetches an uploaded file (`GET /uploads/{fileId}`) for the cadre to look at. It needs the bearer
 * token, which an <Image src> cannot send, so the bytes come through Taro.downloadFile with the
 * header: a temp file on weapp, a blob: URL on H5. Rejects with an ApiError when the server says no.
 */
export async function downloadAttachment(fileId: string): Promise<DownloadedAttachment> {
  const token = useSessionStore.getState().token
  const res = await Taro.downloadFile({
    url: http.getUri({ url: `/uploads/${encodeURIComponent(fileId)}` }),
    header: token ? { Authorization: `Bearer ${token}` } : {},
    timeout: 30_000,
    // A bearer token, not a cookie: no credentials, so a cross-origin API needs no extra CORS header.
    withCredentials: false,
  } as Taro.downloadFile.Option).catch((e: unknown) => {
    throw toApiError(e)
  })
  const path = res.tempFilePath
  const release = () => {
    if (path.startsWith('blob:')) URL.revokeObjectURL(path)
  }
  if (res.statusCode >= 200 && res.statusCode < 300) return { path, release }
  release()
  // The status decides the kind and message, as for every other request (services/http.ts).
  const response = { data: null, status: res.statusCode, statusText: String(res.statusCode), headers: {}, config: {} } as AxiosResponse
  throw toApiError(new AxiosError(`Request failed with status code ${res.statusCode}`, AxiosError.ERR_BAD_RESPONSE, undefined, null, response))
}
