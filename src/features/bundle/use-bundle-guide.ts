import type { BundleGuide } from '@contract/bundle'
import { useRequest, type RequestState } from '@/hooks/use-request'
import { ApiError } from '@/services/api-error'
import { getBundle } from '@/services/api/bundles'

/** The guide of bundle `id`; a missing id is the same to the person as a bundle that does not exist. */
export function useBundleGuide(id: string): RequestState<BundleGuide> {
  return useRequest(
    () => (id ? getBundle(id) : Promise.reject(new ApiError({ kind: 'not-found', status: 404, code: 'NOT_FOUND', message: '“一件事”不存在或已下线' }))),
    [id],
  )
}
