import type { BundleApplicationInput, BundleForm, BundleGuide } from '@contract/bundle'
import type { Case } from '@contract/case'
import { http } from '../http'

/** The one guide of a 一件事 bundle (its id is the bundle item's id): parts, combined materials, halls. */
export async function getBundle(id: string): Promise<BundleGuide> {
  const { data } = await http.get<BundleGuide>(`/bundles/${encodeURIComponent(id)}`)
  return data
}

/**
 * The merged form of a bundle for the chosen optional parts (required parts are always in it):
 * each shared field once, each material once.
 */
export async function getBundleForm(id: string, optionalParts: readonly string[]): Promise<BundleForm> {
  const { data } = await http.get<BundleForm>(`/bundles/${encodeURIComponent(id)}/form`, { params: { parts: optionalParts.join(',') } })
  return data
}

/**
 * Submits a bundle application; the answer is the bundle case with its part cases. The same
 * `idempotencyKey` on a retry returns the bundle case the first attempt created.
 */
export async function submitBundleApplication(input: BundleApplicationInput, idempotencyKey: string): Promise<Case> {
  const { data } = await http.post<Case>('/bundle-applications', input, { headers: { 'Idempotency-Key': idempotencyKey } })
  return data
}
