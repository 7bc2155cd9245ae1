import { Button, Text, View } from '@tarojs/components'
import { guidePageUrl } from '@/constants/routes'
import { useFavouritesStore } from '@/stores/favourites-store'
import { navigate } from '@/utils/navigate'
import './account.scss'

/** 我的收藏: the items starred on their guides, each opening its guide, each removable. */
export function FavouriteList() {
  const items = useFavouritesStore((s) => s.items)
  const remove = useFavouritesStore((s) => s.remove)
  return (
    <View className='mine__card'>
      <Text className='mine__label' role='heading' aria-level={2}>我的收藏</Text>
      {items.length === 0 && <Text className='mine__meta'>在办事指南页点「收藏」，常办的事项就会出现在这里。</Text>}
      {items.map((item) => (
        <View key={item.id} className='mine__favourite'>
          <Button className='mine__favourite-open' onClick={() => void navigate(guidePageUrl(item.id))}>
            <Text className='mine__favourite-name'>{item.name}</Text>
            <Text className='mine__meta'>{item.department.name}</Text>
          </Button>
          <Button className='mine__favourite-remove' aria-label={`取消收藏 ${item.name}`} onClick={() => remove(item.id)}>取消</Button>
        </View>
      ))}
    </View>
  )
}
