import type { ItemTag } from '@contract/service-item'
import { useRequest } from '@/hooks/use-request'
import { loadDepartments, loadThemes } from '../catalogue-cache'
import { itemTagLabel } from '../item-tags'
import type { SearchFilters } from '../search-params'
import { useRegions } from './use-filter-options'

/** One active filter as the person sees it, and what removing it leaves. */
export interface FilterLabel {
  key: string
  label: string
  without: (filters: SearchFilters) => SearchFilters
}

/**
 * Names for the filters that are on. A deep link carries codes, not names; the names are looked up
 * (from cached lists) and a generic word stands in until they arrive or if they cannot.
 */
export function useFilterLabels(filters: SearchFilters, themeTitle: string | undefined): FilterLabel[] {
  const regions = useRegions(Boolean(filters.region))
  // A department linked without its region is a city-level one (what /departments gives by default).
  const departments = useRequest(() => loadDepartments(filters.region), [filters.region], { enabled: Boolean(filters.department) })
  const themes = useRequest(() => loadThemes(), [], { enabled: Boolean(filters.theme) && !themeTitle })

  const labels: FilterLabel[] = []
  if (filters.theme) {
    const name = themeTitle ?? themes.data?.find((t) => t.id === filters.theme)?.name ?? '已选主题'
    labels.push({ key: 'theme', label: `主题：${name}`, without: (f) => ({ ...f, theme: undefined }) })
  }
  if (filters.region) {
    const name = filters.region === regions.cityCode ? '市本级' : regions.data?.find((r) => r.code === filters.region)?.name ?? '已选地区'
    // Departments belong to a region; dropping the region drops its department too.
    labels.push({ key: 'region', label: name, without: (f) => ({ ...f, region: undefined, department: undefined }) })
  }
  if (filters.department) {
    const name = departments.data?.find((d) => d.id === filters.department)?.name ?? '已选部门'
    labels.push({ key: 'department', label: name, without: (f) => ({ ...f, department: undefined }) })
  }
  if (filters.audience) {
    labels.push({ key: 'audience', label: filters.audience === 'personal' ? '个人' : '法人', without: (f) => ({ ...f, audience: undefined }) })
  }
  filters.tags.forEach((tag: ItemTag) => {
    labels.push({ key: `tag:${tag}`, label: itemTagLabel(tag), without: (f) => ({ ...f, tags: f.tags.filter((t) => t !== tag) }) })
  })
  return labels
}
