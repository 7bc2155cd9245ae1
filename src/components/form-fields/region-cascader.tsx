import { Button, Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { RegionField } from '@contract/application'
import type { Region } from '@contract/region'
import { useRequest } from '@/hooks/use-request'
import { cachedRegionChildren, listRegionChildren } from '@/services/api/regions'
import { RadioChip } from './choice-row'
import { accessibleName, describedBy, FieldBlock, type FieldPlacement } from './field-block'
import type { RegionPick } from './values'
import './region-cascader.scss'

const LEVELS = ['county', 'township', 'village'] as const
type Level = (typeof LEVELS)[number]

const LEVEL_NAME: Record<Level, string> = {
  county: '县（市、区）',
  township: '乡镇（街道）',
  village: '村（社区）',
}

export interface RegionCascaderProps extends FieldPlacement {
  field: RegionField
  /** The levels picked so far, from the county down. */
  path: RegionPick[]
  /** Shown while `path` is empty but a region is already chosen (e.g. a returned request's village, as the server named it). */
  chosenLabel?: string
  /** What a screen reader calls the picked region (「…，已选：…」); the field's label with 必填/选填 unless given. */
  summaryName?: string
  error?: string
  /** The picked path so far and whether it reaches the field's level. */
  onChange: (path: RegionPick[], complete: boolean) => void
}

/**
 * A cascader (县 → 乡镇 → 村) down to the field's level, with real names from `GET /regions?parent=`.
 * Each level loads on its own, with its own 重试, so a lost answer only costs that level; a level
 * once loaded comes from the one region cache of services/api/regions.ts.
 */
export function RegionCascader({ field, path, chosenLabel, summaryName, error, idPrefix, look, onChange }: RegionCascaderProps) {
  const depth = LEVELS.indexOf(field.level) + 1
  const complete = path.length >= depth || (path.length === 0 && Boolean(chosenLabel))
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

  const summary = path.length ? path.map((r) => r.name).join(' / ') : (chosenLabel ?? '未选择')

  return (
    <FieldBlock field={field} error={error} idPrefix={idPrefix} look={look}>
      <View className='region-cascader' aria-describedby={describedBy(field, error, idPrefix)}>
        <View className='region-cascader__summary'>
          <Text className='region-cascader__selected' aria-label={`${summaryName ?? accessibleName(field)}，已选：${summary}`}>{summary}</Text>
          {!open && (
            // Back to the deepest level picked (the usual change is the village), or to the top when nothing is picked.
            <Button className='region-cascader__change' aria-label={`修改${summaryName ?? field.label}`} onClick={() => { setActive(Math.max(Math.min(path.length, depth) - 1, 0)); setOpen(true) }}>
              修改
            </Button>
          )}
        </View>
        {open && (
          <>
            <View className='region-cascader__levels' role='tablist' aria-label={`${field.label}的级别`}>
              {LEVELS.slice(0, depth).map((level, i) => {
                const reachable = i <= path.length
                return (
                  <Button
                    key={level}
                    className={`region-cascader__level${i === active ? ' region-cascader__level--active' : ''}`}
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
  const cached = cachedRegionChildren(parent)
  const { data: loaded, error, loading, reload } = useRequest(() => listRegionChildren(parent), [parent], { enabled: !cached })
  const data = cached ?? loaded
  if (!data) {
    if (error) {
      return (
        <View className='region-cascader__status' role='alert'>
          <Text className='region-cascader__status-text'>{`${levelName}没有加载出来：${error.message}`}</Text>
          <Button className='region-cascader__retry' onClick={() => void reload()}>重试</Button>
        </View>
      )
    }
    return (
      <View className='region-cascader__status' aria-live='polite'>
        <Text className='region-cascader__status-text'>{loading ? `正在加载${levelName}…` : ''}</Text>
      </View>
    )
  }
  return (
    <View className='region-cascader__options' role='radiogroup' aria-label={`选择${levelName}`}>
      {data.map((region) => (
        <RadioChip
          key={region.code}
          className='region-cascader__option'
          checked={region.code === chosen}
          label={region.name}
          ariaLabel={region.name}
          onClick={() => onPick(region)}
        />
      ))}
    </View>
  )
}
