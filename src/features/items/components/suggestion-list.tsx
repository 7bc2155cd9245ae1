import { Button, Text, View } from '@tarojs/components'
import type { ItemSuggestion } from '@contract/service-item'
import { HighlightedText } from './highlighted-text'
import './suggestion-list.scss'

interface SuggestionListProps {
  suggestions: readonly ItemSuggestion[]
  loading: boolean
  failed: boolean
  onPick: (text: string) => void
}

/** Names to pick while typing; the part already typed is marked. */
export function SuggestionList({ suggestions, loading, failed, onPick }: SuggestionListProps) {
  if (suggestions.length === 0) {
    if (failed) return <Text className='suggestion-list__note'>暂时无法获取联想词，可直接点“搜索”</Text>
    return loading ? <Text className='suggestion-list__note' aria-live='polite'>正在查找…</Text> : null
  }
  return (
    <View className='suggestion-list' aria-label='搜索建议'>
      {suggestions.map((suggestion) => (
        <Button
          key={suggestion.text}
          className='suggestion-list__item'
          aria-label={`搜索 ${suggestion.text}`}
          onClick={() => onPick(suggestion.text)}
        >
          <HighlightedText text={suggestion.text} ranges={suggestion.highlights} />
        </Button>
      ))}
    </View>
  )
}
