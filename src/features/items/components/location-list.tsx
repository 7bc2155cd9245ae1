import { Button, Text, View } from '@tarojs/components'
import type { ServiceLocation } from '@contract/service-item'
import { callPhone, openMap } from '../device'

/** 办理地点: where to go, when it is open, and a map. */
export function LocationList({ locations }: { locations: readonly ServiceLocation[] }) {
  if (locations.length === 0) return <Text className='location-list__empty'>全程网上办理，无需到现场</Text>
  return (
    <View className='location-list' role='list'>
      {locations.map((location, i) => (
        <View key={`${i}-${location.name}`} className='location-list__item' role='listitem'>
          <Text className='location-list__name'>{location.name}</Text>
          <Text className='location-list__line' selectable>{`地址：${location.address}`}</Text>
          <Text className='location-list__line'>{`办公时间：${location.hours}`}</Text>
          {location.phone && <Text className='location-list__line'>{`窗口电话：${location.phone}`}</Text>}
          <View className='location-list__actions'>
            <Button className='location-list__action' aria-label={`查看地图：${location.name}`} onClick={() => void openMap(location)}>
              查看地图
            </Button>
            {location.phone && (
              <Button className='location-list__action' aria-label={`拨打窗口电话 ${location.phone}`} onClick={() => void callPhone(location.phone)}>
                拨打电话
              </Button>
            )}
          </View>
        </View>
      ))}
    </View>
  )
}
