import { Button, Input, View } from '@tarojs/components'
import { SEARCH_QUERY_CHARS } from '@/domain/text'
import { weappAttributes } from '@/utils/h5-attributes'
import { SEARCH_PLACEHOLDER } from '../copy'
import './search-bar.scss'

interface SearchBarProps {
  value: string
  onInput: (value: string) => void
  onSearch: (value: string) => void
  onClear: () => void
  focus?: boolean
}

/** The search box with its 搜索 button; what is typed lives in the page, so no failure can lose it. */
export function SearchBar({ value, onInput, onSearch, onClear, focus = false }: SearchBarProps) {
  return (
    <View className='search-bar' role='search'>
      <View className='search-bar__field'>
        <Input
          className='search-bar__input'
          type='text'
          value={value}
          focus={focus}
          placeholder={SEARCH_PLACEHOLDER}
          {...weappAttributes({ placeholderClass: 'search-bar__placeholder', ariaLabel: '搜索事项' })}
          confirmType='search'
          maxlength={SEARCH_QUERY_CHARS.max}
          onInput={(e) => onInput(e.detail.value)}
          onConfirm={(e) => onSearch(e.detail.value)}
        />
        {value !== '' && (
          <Button className='search-bar__clear' aria-label='清除输入' onClick={onClear}>×</Button>
        )}
      </View>
      <Button className='search-bar__submit' onClick={() => onSearch(value)}>搜索</Button>
    </View>
  )
}
