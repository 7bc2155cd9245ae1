import { Text, View } from '@tarojs/components'
import type { ItemTag } from '@contract/service-item'
import { ORDERED_ITEM_TAGS, itemTagLabel } from '../item-tags'
import './tag-chips.scss'

/** An item's tags (一趟不用跑, 即办 …) as small labelled chips, in one fixed order. */
export function TagChips({ tags }: { tags: readonly ItemTag[] }) {
  const shown = ORDERED_ITEM_TAGS.filter((tag) => tags.includes(tag))
  if (shown.length === 0) return null
  return (
    <View className='tag-chips'>
      {shown.map((tag) => (
        <Text key={tag} className={`tag-chips__chip tag-chips__chip--${tag}`}>{itemTagLabel(tag)}</Text>
      ))}
    </View>
  )
}
