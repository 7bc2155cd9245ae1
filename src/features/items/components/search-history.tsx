import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import './search-history.scss'

interface SearchHistoryProps {
  entries: readonly string[]
  onPick: (query: string) => void
  onClear: () => void
}

/** Past searches on this phone, newest first; 清空 asks first, since it cannot be undone. */
export function SearchHistory({ entries, onPick, onClear }: SearchHistoryProps) {
  if (entries.length === 0) return null

  const confirmClear = async () => {
    const { confirm } = await Taro.showModal({
      title: '清空搜索历史',
      content: '确定要清空全部搜索历史吗？',
      confirmText: '清空',
      cancelText: '取消',
    })
    if (confirm) onClear()
  }

  return (
    <View className='search-history'>
      <View className='search-history__head'>
        <Text className='search-history__title' role='heading' aria-level={2}>搜索历史</Text>
        <Button className='search-history__clear' aria-label='清空搜索历史' onClick={() => void confirmClear()}>清空</Button>
      </View>
      <View className='search-history__list'>
        {entries.map((entry) => (
          <Button key={entry} className='search-history__entry' aria-label={`搜索 ${entry}`} onClick={() => onPick(entry)}>
            {entry}
          </Button>
        ))}
      </View>
    </View>
  )
}
