import { Button, Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { Region } from '@contract/region'
import { useRequest } from '@/hooks/use-request'
import { listRegions } from '@/services/api/regions'

/** One picked level: the region's code and real name. */
export interface RegionPick {
  code: string
  name: string
}

const LEVEL_NAMES = ['县（市、区）', '乡镇（街道）', '村（社区）'] as const

// Regions do not change while the app runs: a level loaded once is not asked for again.
const cache = new Map<string, Region[]>()

async function childrenOf(parent: string | null): Promise<Region[]> {
  const key = parent ?? ''
  const hit = cache.get(key)
  if (hit) return hit
  const regions = await listRegions(parent ?? undefined)
  cache.set(key, regions)
  return regions
}

interface VillagePickerProps {
  /** The levels picked so far (county, township, village). */
  path: RegionPick[]
  /** Shown while `path` is empty but a village is already chosen (a returned request's village). */
  chosenLabel?: string
  error?: string
  onChange: (path: RegionPick[]) => void
}

/**
 * 县（市、区）→ 乡镇（街道）→ 村（社区） with the real names of `GET /regions?parent=`; each level
 * loads on its own with its own 重试, so a lost answer only costs that level.
 */
export function VillagePicker({ path, chosenLabel, error, onChange }: VillagePickerProps) {
  const complete = path.length === 3 || (path.length === 0 && Boolean(chosenLabel))
  const [open, setOpen] = useState(!complete)
  const [active, setActive] = useState(Math.min(path.length, 2))
  const parent = active === 0 ? null : (path[active - 1]?.code ?? null)
  const summary = path.length ? path.map((r) => r.name).join(' / ') : (chosenLabel ?? '未选择')

  const pick = (region: Region) => {
    const next = [...path.slice(0, active), { code: region.code, name: region.name }]
    onChange(next)
    if (next.length === 3) setOpen(false)
    else setActive(active + 1)
  }

  return (
    <View className={`cert-field${error ? ' cert-field--error' : ''}`} id='cert-field-village'>
      <Text className='cert-field__label' id='cert-village-label'>向哪个村(居)委会申请（必填）</Text>
      <View className='cert-village__summary'>
        <Text className='cert-village__selected' aria-label={`所在村（社区），已选：${summary}`}>{summary}</Text>
        {!open && (
          <Button className='cert-village__change' aria-label='修改所在村（社区）' onClick={() => { setActive(0); setOpen(true) }}>
            修改
          </Button>
        )}
      </View>
      {open && (
        <>
          <View className='cert-village__levels' role='tablist' aria-label='地区级别'>
            {LEVEL_NAMES.map((name, i) => {
              const reachable = i <= path.length
              return (
                <Button
                  key={name}
                  className={`cert-village__level${i === active ? ' cert-village__level--active' : ''}`}
                  role='tab'
                  aria-selected={i === active}
                  disabled={!reachable || undefined}
                  onClick={() => reachable && setActive(i)}
                >
                  {path[i]?.name ?? `选择${name}`}
                </Button>
              )
            })}
          </View>
          <RegionOptions key={parent ?? 'root'} parent={parent} levelName={LEVEL_NAMES[active]} chosen={path[active]?.code ?? null} onPick={pick} />
        </>
      )}
      {error && <Text className='cert-field__error' role='alert'>{error}</Text>}
    </View>
  )
}

function RegionOptions({ parent, levelName, chosen, onPick }: { parent: string | null; levelName: string; chosen: string | null; onPick: (r: Region) => void }) {
  const cached = cache.get(parent ?? '')
  const { data: loaded, error, loading, reload } = useRequest(() => childrenOf(parent), [parent], { enabled: !cached })
  const data = cached ?? loaded
  if (!data) {
    if (error) {
      return (
        <View className='cert-village__status' role='alert'>
          <Text>{`${levelName}没有加载出来：${error.message}`}</Text>
          <Button className='cert-village__retry' onClick={() => void reload()}>重试</Button>
        </View>
      )
    }
    return (
      <View className='cert-village__status' aria-live='polite'>
        <Text>{loading ? `正在加载${levelName}…` : ''}</Text>
      </View>
    )
  }
  return (
    <View className='cert-village__options' role='radiogroup' aria-label={`选择${levelName}`}>
      {data.map((region) => {
        const checked = region.code === chosen
        return (
          <Button
            key={region.code}
            className={`cert-village__option${checked ? ' cert-village__option--selected' : ''}`}
            role='radio'
            aria-checked={checked}
            aria-label={region.name}
            onClick={() => onPick(region)}
          >
            {checked ? `✓ ${region.name}` : region.name}
          </Button>
        )
      })}
    </View>
  )
}
