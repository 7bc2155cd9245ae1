import { Button, Text, View } from '@tarojs/components'
import type { ItemSummary } from '@contract/service-item'
import { departmentRegionLabel, promisedLimitLabel } from '../format'
import { itemTagLabel } from '../item-tags'
import { HighlightedText } from './highlighted-text'
import { TagChips } from './tag-chips'
import './item-card.scss'

/** What a screen reader says for a card: the same facts as on screen, in reading order. */
export function itemCardLabel(item: ItemSummary): string {
  const parts = [item.name, departmentRegionLabel(item), promisedLimitLabel(item), ...item.tags.map(itemTagLabel)]
  if (item.matchedBy) parts.push(item.matchedBy)
  return parts.join('，')
}

/** One item in a result list; the whole card is one big button that opens the guide. */
export function ItemCard({ item, onOpen }: { item: ItemSummary; onOpen: (item: ItemSummary) => void }) {
  return (
    <Button className='item-card' aria-label={itemCardLabel(item)} onClick={() => onOpen(item)}>
      <HighlightedText className='item-card__name' text={item.name} ranges={item.highlights} />
      <Text className='item-card__meta'>{departmentRegionLabel(item)}</Text>
      <TagChips tags={item.tags} />
      <View className='item-card__foot'>
        <Text className='item-card__limit'>{promisedLimitLabel(item)}</Text>
        {item.matchedBy && <Text className='item-card__matched'>{item.matchedBy}</Text>}
      </View>
    </Button>
  )
}
