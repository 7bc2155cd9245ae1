import type { Guide } from '@contract/service-item'
import { useRequest, type RequestState } from '@/hooks/use-request'
import { ApiError } from '@/services/api-error'
import { getGuide } from '@/services/api/items'

/** The guide of item `id`; a missing id is the same to the person as an item that does not exist. */
export function useGuide(id: string): RequestState<Guide> {
  return useRequest(
    () => (id ? getGuide(id) : Promise.reject(new ApiError({ kind: 'not-found', status: 404, code: 'NOT_FOUND', message: '事项不存在或已下线' }))),
    [id],
  )
}
