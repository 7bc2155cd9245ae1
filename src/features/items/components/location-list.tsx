import { Button, Text, View } from '@tarojs/components'
import type { HallKind, ServiceLocation } from '@contract/service-item'
import { distanceKm, distanceLabel } from '@/domain/geo'
import type { Coordinates } from '@/stores/residence-store'
import { callPhone, openMap } from '../device'

const KIND_LABELS: Record<HallKind, string> = { center: '行政服务中心', township: '便民服务中心', 'self-service': '24小时自助' }

/**
 * 办理地点: every hall (受理点) that handles the item, with address, hours, phone and a map; nearest
 * first, with the distance, when the person shared their location (从所在地的“使用当前位置”).
 */
export function LocationList({ locations, from }: { locations: readonly ServiceLocation[]; from?: Coordinates | null }) {
  if (locations.length === 0) return <Text className='location-list__empty'>全程网上办理，无需到现场</Text>
  const rows = locations.map((location, i) => ({ location, i, km: from ? distanceKm(from, location) : null }))
  if (from) rows.sort((a, b) => (a.km ?? 0) - (b.km ?? 0) || a.i - b.i)
  return (
    <View className='location-list' role='list'>
      <Text className='location-list__note'>
        {from ? `共 ${locations.length} 个受理点，按距离由近到远（距离为估算）` : `共 ${locations.length} 个受理点`}
      </Text>
      {rows.map(({ location, i, km }) => (
        <View key={`${i}-${location.name}`} className='location-list__item' role='listitem'>
          <Text className='location-list__name'>{location.name}</Text>
          {(location.kind || km !== null) && (
            <Text className='location-list__line'>{[location.kind ? KIND_LABELS[location.kind] : null, km !== null ? distanceLabel(km) : null].filter(Boolean).join(' · ')}</Text>
          )}
          <Text className='location-list__line' selectable>{`地址：${location.address}`}</Text>
          <Text className='location-list__line'>{`办公时间：${location.hours}`}</Text>
          {location.phone && <Text className='location-list__line'>{`窗口电话：${location.phone}`}</Text>}
          <View className='location-list__actions'>
            <Button className='location-list__action' aria-label={`查看地图：${location.name}`} onClick={() => void openMap(location)}>
              查看地图
            </Button>
            {location.phone && (
              <Button className='location-list__action' aria-label={`拨打${location.name}电话 ${location.phone}`} onClick={() => void callPhone(location.phone)}>
                拨打电话
              </Button>
            )}
          </View>
        </View>
      ))}
    </View>
  )
}
