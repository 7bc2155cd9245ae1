import type { Page } from '@contract/common'
import type { Department } from '@contract/department'
import type { Region } from '@contract/region'
import { http } from '../http'

/** Child regions of `parent` (the 13 service regions when omitted). */
export async function listRegions(parent?: string): Promise<Region[]> {
  const { data } = await http.get<Page<Region>>('/regions', { params: { parent } })
  return data.items
}

/** Departments of a region (city level when omitted). */
export async function listDepartments(region?: string): Promise<Department[]> {
  const { data } = await http.get<Page<Department>>('/departments', { params: { region } })
  return data.items
}
