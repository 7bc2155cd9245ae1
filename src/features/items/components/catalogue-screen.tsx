import { Button, Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { Department } from '@contract/department'
import type { Region } from '@contract/region'
import type { Theme } from '@contract/service-item'
import { ErrorState, EmptyState, LoadingState } from '@/components/status-view'
import { useRequest, type RequestState } from '@/hooks/use-request'
import { listRegionChildren } from '@/services/api/regions'
import { loadDepartments, loadThemes } from '../catalogue-cache'
import { openSearch } from '../navigation'
import { SEARCH_PLACEHOLDER } from '../copy'
import './catalogue-screen.scss'

type Segment = 'theme' | 'department' | 'region'

const SEGMENTS: { value: Segment; label: string }[] = [
  { value: 'theme', label: '按主题' },
  { value: 'department', label: '按部门' },
  { value: 'region', label: '按地区' },
]

/** 办事 tab: browse the catalogue by theme, department or region, without typing. */
export function CatalogueScreen() {
  const [segment, setSegment] = useState<Segment>('theme')
  return (
    <View className='catalogue'>
      <View className='catalogue__top'>
        <Button className='catalogue__search' onClick={() => void openSearch()}>
          <Text className='catalogue__search-icon' aria-hidden>⌕</Text>
          <Text className='catalogue__search-text'>{SEARCH_PLACEHOLDER}</Text>
        </Button>
        <View className='catalogue__segments' role='tablist' aria-label='浏览方式'>
          {SEGMENTS.map((s) => (
            <Button
              key={s.value}
              className={`catalogue__segment${segment === s.value ? ' catalogue__segment--active' : ''}`}
              role='tab'
              aria-selected={segment === s.value}
              onClick={() => setSegment(s.value)}
            >
              {s.label}
            </Button>
          ))}
        </View>
      </View>
      <View role='tabpanel'>
        {segment === 'theme' && <ThemePanel />}
        {segment === 'department' && <DepartmentPanel />}
        {segment === 'region' && <RegionPanel />}
      </View>
    </View>
  )
}

/** Shows a list once loaded, or why not (loading, empty, failed with 重试). */
function Loaded<T>({ state, empty, children }: { state: RequestState<T[]>; empty: string; children: (data: T[]) => JSX.Element }) {
  if (state.data && state.data.length > 0) return children(state.data)
  if (state.error) return <ErrorState error={state.error} onRetry={() => void state.reload()} />
  if (state.loading || !state.data) return <LoadingState />
  return <EmptyState title={empty} />
}

function ThemePanel() {
  const [audience, setAudience] = useState<Theme['audience']>('personal')
  const themes = useRequest(() => loadThemes(), [])
  return (
    <View className='catalogue__panel'>
      <View className='catalogue__switch' role='group' aria-label='服务对象'>
        {(['personal', 'legal'] as const).map((value) => (
          <Button
            key={value}
            className={`catalogue__switch-option${audience === value ? ' catalogue__switch-option--active' : ''}`}
            aria-pressed={audience === value}
            onClick={() => setAudience(value)}
          >
            {`${audience === value ? '✓ ' : ''}${value === 'personal' ? '个人办事' : '法人办事'}`}
          </Button>
        ))}
      </View>
      <Loaded state={themes} empty='暂无主题'>
        {(all) => (
          <View className='catalogue__grid'>
            {all
              .filter((theme) => theme.audience === audience)
              .map((theme) => (
                <Button
                  key={theme.id}
                  className='catalogue__tile'
                  onClick={() => void openSearch({ theme: theme.id, title: theme.name })}
                >
                  {theme.name}
                </Button>
              ))}
          </View>
        )}
      </Loaded>
    </View>
  )
}

function DepartmentList({ departments, region }: { departments: Department[]; region?: Region }) {
  return (
    <View className='catalogue__list'>
      {departments.map((department) => (
        <Button
          key={department.id}
          className='catalogue__row'
          onClick={() =>
            void openSearch({
              region: department.region,
              department: department.id,
              title: region ? `${region.name} · ${department.name}` : department.name,
            })
          }
        >
          <Text className='catalogue__row-text'>{department.name}</Text>
          <Text className='catalogue__row-arrow' aria-hidden>›</Text>
        </Button>
      ))}
    </View>
  )
}

function DepartmentPanel() {
  // Without a region the server answers with the city-level (市本级) departments.
  const departments = useRequest(() => loadDepartments(), [])
  return (
    <View className='catalogue__panel'>
      <Text className='catalogue__caption'>市本级部门</Text>
      <Loaded state={departments} empty='暂无部门'>
        {(all) => <DepartmentList departments={all} />}
      </Loaded>
    </View>
  )
}

function RegionPanel() {
  const [region, setRegion] = useState<Region>()
  const regions = useRequest(() => listRegionChildren(null), [])
  if (region) return <RegionDepartments region={region} onBack={() => setRegion(undefined)} />
  return (
    <View className='catalogue__panel'>
      <Loaded state={regions} empty='暂无地区'>
        {(all) => (
          <View className='catalogue__grid'>
            {all.map((r) => (
              <Button key={r.code} className='catalogue__tile' onClick={() => setRegion(r)}>
                {r.name}
              </Button>
            ))}
          </View>
        )}
      </Loaded>
    </View>
  )
}

function RegionDepartments({ region, onBack }: { region: Region; onBack: () => void }) {
  const departments = useRequest(() => loadDepartments(region.code), [region.code])
  return (
    <View className='catalogue__panel'>
      <View className='catalogue__region-head'>
        <Button className='catalogue__back' onClick={onBack}>‹ 全部地区</Button>
        <Text className='catalogue__region-name' role='heading' aria-level={2}>{region.name}</Text>
      </View>
      <Button className='catalogue__all' onClick={() => void openSearch({ region: region.code, title: region.name })}>
        {`查看${region.name}全部事项`}
      </Button>
      <Text className='catalogue__caption'>按部门查看</Text>
      <Loaded state={departments} empty='该地区暂无部门'>
        {(all) => <DepartmentList departments={all} region={region} />}
      </Loaded>
    </View>
  )
}
