import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { Region } from '@contract/region'
import { findNearestRegion } from '@/services/api/items'
import { listRegionChildren } from '@/services/api/regions'
import { useResidenceStore } from '@/stores/residence-store'
import './residence-picker.scss'

/**
 * 所在地: shown with a 更改 button; opens the list of the 13 service regions, and 使用当前位置,
 * which asks the phone only when tapped (the phone then asks the person) and maps the point to
 * the nearest region. Where the phone cannot tell (H5 without permission), the list still works.
 */
export function ResidencePicker({ className = '' }: { className?: string }) {
  const region = useResidenceStore((s) => s.region)
  const setRegion = useResidenceStore((s) => s.setRegion)
  const setFromLocation = useResidenceStore((s) => s.setFromLocation)
  const [open, setOpen] = useState(false)
  const [regions, setRegions] = useState<Region[] | null>(null)
  const [failed, setFailed] = useState(false)
  const [locating, setLocating] = useState(false)

  const toggle = () => {
    const next = !open
    setOpen(next)
    if (next && !regions) {
      setFailed(false)
      listRegionChildren(null).then(setRegions, () => setFailed(true))
    }
  }

  const locate = async () => {
    setLocating(true)
    try {
      const { latitude, longitude } = await Taro.getLocation({ type: 'gcj02' })
      const nearest = await findNearestRegion(latitude, longitude)
      setFromLocation(nearest, { latitude, longitude })
      setOpen(false)
      void Taro.showToast({ title: `所在地已设为${nearest.name}`, icon: 'none' })
    } catch {
      void Taro.showToast({ title: '未能获取位置，请从列表中选择所在地', icon: 'none', duration: 2500 })
    } finally {
      setLocating(false)
    }
  }

  return (
    <View className={`residence-picker ${className}`}>
      <View className='residence-picker__row'>
        <Text className='residence-picker__label'>{`所在地：${region?.name ?? '未选择'}`}</Text>
        <Button className='residence-picker__change' aria-expanded={open} onClick={toggle}>
          {region ? '更改所在地' : '选择所在地'}
        </Button>
      </View>
      {open && (
        <View className='residence-picker__panel'>
          <Text className='residence-picker__hint'>选择后，搜索和办事指南优先显示所在地的办理部门和受理点</Text>
          <Button className='residence-picker__locate' loading={locating} disabled={locating} onClick={() => void locate()}>
            使用当前位置
          </Button>
          {failed && <Text className='residence-picker__hint' role='alert'>地区列表加载失败，请稍后重试</Text>}
          {/* Toggle buttons (aria-pressed) cannot also be list items: a labelled group of buttons. */}
          <View className='residence-picker__list' role='group' aria-label='所在地'>
            {regions?.map((r) => (
              <Button
                key={r.code}
                className={`residence-picker__option${r.code === region?.code ? ' residence-picker__option--on' : ''}`}
                aria-pressed={r.code === region?.code}
                onClick={() => {
                  setRegion({ code: r.code, name: r.name })
                  setOpen(false)
                }}
              >
                {r.name}
              </Button>
            ))}
          </View>
        </View>
      )}
    </View>
  )
}
