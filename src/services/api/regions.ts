import type { Page } from '@contract/common'
import type { Department } from '@contract/department'
import type { Region } from '@contract/region'
import { http } from '../http'

/** Child regions of `parent` (the 13 service regions when omitted). */
export async function listRegions(parent?: string): Promise<Region[]> {
  const { data } = await http.get<Page<Region>>('/regions', { params: { parent } })
  return data.items
}

// Regions do not change while the app runs: each parent's children are asked for once and shared
// by every cascader (application fields, the certificate's village), which matters on a weak
// signal when a person goes back and forth between levels. The promise is kept, not just the
// answer, so two cascaders opening the same level together still make one request; a failed
// answer is dropped so that 重试 asks again.
const childrenAsked = new Map<string, Promise<Region[]>>()
const childrenLoaded = new Map<string, Region[]>()

/** Child regions of `parent` (null: the 13 service regions), from the network once, then from memory. */
export function listRegionChildren(parent: string | null): Promise<Region[]> {
  const key = parent ?? ''
  const asked = childrenAsked.get(key)
  if (asked) return asked
  const request = listRegions(parent ?? undefined).then(
    (regions) => {
      childrenLoaded.set(key, regions)
      return regions
    },
    (error: unknown) => {
      childrenAsked.delete(key)
      throw error
    },
  )
  childrenAsked.set(key, request)
  return request
}

/** The children of `parent` if they have already arrived, so a level seen before shows at once. */
export function cachedRegionChildren(parent: string | null): Region[] | undefined {
  return childrenLoaded.get(parent ?? '')
}

/** Forgets every level asked for (tests that count requests or go offline start from nothing). */
export function clearRegionCache(): void {
  childrenAsked.clear()
  childrenLoaded.clear()
}

/** Departments of a region (city level when omitted). */
export async function listDepartments(region?: string): Promise<Department[]> {
  const { data } = await http.get<Page<Department>>('/departments', { params: { region } })
  return data.items
}
