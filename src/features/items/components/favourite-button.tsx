import Taro from '@tarojs/taro'
import { Button } from '@tarojs/components'
import type { ItemSummary } from '@contract/service-item'
import { useFavouritesStore, useIsFavourite } from '@/stores/favourites-store'

/** ☆ 收藏 / ★ 已收藏: saved on the phone, no login needed. The star is not the only signal: the words change too. */
export function FavouriteButton({ item, className }: { item: Pick<ItemSummary, 'id' | 'name' | 'department' | 'region'>; className?: string }) {
  const saved = useIsFavourite(item.id)
  const toggle = useFavouritesStore((s) => s.toggle)
  const onToggle = () => {
    const nowSaved = toggle(item)
    void Taro.showToast({ title: nowSaved ? '已收藏' : '已取消收藏', icon: 'none' })
  }
  return (
    <Button className={className} aria-pressed={saved} aria-label={saved ? '已收藏，点按取消收藏' : '收藏'} onClick={onToggle}>
      {saved ? '★ 已收藏' : '☆ 收藏'}
    </Button>
  )
}
