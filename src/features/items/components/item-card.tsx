import { Button, Text, View } from '@tarojs/components'
import type { ItemSummary } from '@contract/service-item'
import { availabilityLabel, departmentRegionLabel, promisedLimitLabel } from '../format'
import { HighlightedText } from './highlighted-text'
import { TagChips } from './tag-chips'
import './item-card.scss'

/** One item in a result list; the whole card is one big button that opens the guide. */
export function ItemCard({ item, onOpen }: { item: ItemSummary; onOpen: (item: ItemSummary) => void }) {
  return (
    <Button className='item-card' onClick={() => onOpen(item)}>
      <HighlightedText className='item-card__name' text={item.name} ranges={item.highlights} />
      <Text className='item-card__meta'>{departmentRegionLabel(item)}</Text>
      {item.availability && <Text className='item-card__where'>{availabilityLabel(item.availability)}</Text>}
      <TagChips tags={item.tags} />
      <View className='item-card__foot'>
        <Text className='item-card__limit'>{promisedLimitLabel(item)}</Text>
        {item.matchedBy && <Text className='item-card__matched'>{item.matchedBy}</Text>}
      </View>
    </Button>
  )
}
