import type { Department } from '@contract/department'
import type { Region } from '@contract/region'
import { useRequest, type RequestState } from '@/hooks/use-request'
import { listRegionChildren } from '@/services/api/regions'
import { loadDepartments } from '../catalogue-cache'

/** The 13 service regions, and the city's own code (市本级) once they loaded. */
export function useRegions(enabled: boolean): RequestState<Region[]> & { cityCode: string | undefined } {
  const regions = useRequest(() => listRegionChildren(null), [], { enabled })
  const cityCode = regions.data?.find((r) => r.parent)?.parent ?? undefined
  return { ...regions, cityCode }
}

/** Departments of `region`; nothing is asked while no region is chosen. */
export function useDepartments(region: string | undefined, enabled: boolean): RequestState<Department[]> {
  return useRequest(() => loadDepartments(region), [region], { enabled: enabled && Boolean(region) })
}
