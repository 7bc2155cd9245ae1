import { Button, Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { RegionField as RegionFieldSchema } from '@contract/application'
import type { Region } from '@contract/region'
import { useRequest } from '@/hooks/use-request'
import { listRegions } from '@/services/api/regions'
import type { RegionPick } from '../draft-types'
import { RadioChip } from './choices'
import { accessibleName, describedBy, FieldBlock } from './field-block'

const LEVELS = ['county', 'township', 'village'] as const
type Level = (typeof LEVELS)[number]

const LEVEL_NAME: Record<Level, string> = {
  county: '县（市、区）',
  township: '乡镇（街道）',
  village: '村（社区）',
}

// Regions do not change while the app runs; a level once loaded is not asked for again, which
// matters on a weak signal when the person goes back and forth between levels.
const cache = new Map<string, Region[]>()

async function childrenOf(parent: string | null): Promise<Region[]> {
  const key = parent ?? ''
  const hit = cache.get(key)
  if (hit) return hit
  const regions = await listRegions(parent ?? undefined)
  cache.set(key, regions)
  return regions
}

interface RegionFieldProps {
  field: RegionFieldSchema
  path: RegionPick[]
  error?: string
  /** The picked path so far and whether it reaches the field's level. */
  onChange: (path: RegionPick[], complete: boolean) => void
}

/**
 * A three-level cascader (县 → 乡镇 → 村) down to the field's level, with real names from
 * `GET /regions?parent=`. Each level loads on its own, with its own 重试, so a lost answer only
 * costs that level.
 */
export function RegionField({ field, path, error, onChange }: RegionFieldProps) {
  const depth = LEVELS.indexOf(field.level) + 1
  const complete = path.length >= depth
  const [open, setOpen] = useState(!complete)
  // The level being chosen: the first one not yet picked, or one the person tapped to change.
  const [active, setActive] = useState(Math.min(path.length, depth - 1))
  const parent = active === 0 ? null : (path[active - 1]?.code ?? null)

  const pick = (region: Region) => {
    const next = [...path.slice(0, active), { code: region.code, name: region.name }]
    const done = next.length >= depth
    onChange(next, done)
    if (done) setOpen(false)
    else setActive(active + 1)
  }

  const summary = path.length ? path.map((r) => r.name).join(' / ') : '未选择'

  return (
    <FieldBlock field={field} error={error}>
      <View className='region-field' aria-describedby={describedBy(field, error)}>
        <View className='region-field__summary'>
          <Text className='region-field__selected' aria-label={`${accessibleName(field)}，已选：${summary}`}>{summary}</Text>
          {!open && (
            <Button className='region-field__change' aria-label={`修改${field.label}`} onClick={() => { setActive(depth - 1); setOpen(true) }}>
              修改
            </Button>
          )}
        </View>
        {open && (
          <>
            <View className='region-field__levels' role='tablist' aria-label={`${field.label}的级别`}>
              {LEVELS.slice(0, depth).map((level, i) => {
                const reachable = i <= path.length
                return (
                  <Button
                    key={level}
                    className={`region-field__level${i === active ? ' region-field__level--active' : ''}`}
                    role='tab'
                    aria-selected={i === active}
                    disabled={!reachable || undefined}
                    onClick={() => reachable && setActive(i)}
                  >
                    {path[i]?.name ?? `选择${LEVEL_NAME[level]}`}
                  </Button>
                )
              })}
            </View>
            <RegionOptions
              key={parent ?? 'root'}
              parent={parent}
              levelName={LEVEL_NAME[LEVELS[active]]}
              chosen={path[active]?.code ?? null}
              onPick={pick}
            />
          </>
        )}
      </View>
    </FieldBlock>
  )
}

function RegionOptions({ parent, levelName, chosen, onPick }: { parent: string | null; levelName: string; chosen: string | null; onPick: (r: Region) => void }) {
  // A level seen before shows at once, without a loading flash.
  const cached = cache.get(parent ?? '')
  const { data: loaded, error, loading, reload } = useRequest(() => childrenOf(parent), [parent], { enabled: !cached })
  const data = cached ?? loaded
  if (!data) {
    if (error) {
      return (
        <View className='region-field__status' role='alert'>
          <Text className='region-field__status-text'>{`${levelName}没有加载出来：${error.message}`}</Text>
          <Button className='region-field__retry' onClick={() => void reload()}>重试</Button>
        </View>
      )
    }
    return (
      <View className='region-field__status' aria-live='polite'>
        <Text className='region-field__status-text'>{loading ? `正在加载${levelName}…` : ''}</Text>
      </View>
    )
  }
  return (
    <View className='region-field__options' role='radiogroup' aria-label={`选择${levelName}`}>
      {data.map((region) => (
        <RadioChip
          key={region.code}
          className='region-field__option'
          checked={region.code === chosen}
          label={region.name}
          ariaLabel={region.name}
          onClick={() => onPick(region)}
        />
      ))}
    </View>
  )
}
