import { Button, Text, View } from '@tarojs/components'
import { systemPrefersLargeFont, useElderMode, usePreferencesStore } from '@/stores/preferences-store'
import './account.scss'

/** 长辈模式 on or off, and back to following WeChat's font size once the person chose otherwise. */
export function ElderModeSetting() {
  const elder = useElderMode()
  const choice = usePreferencesStore((s) => s.elderMode)
  const setElderMode = usePreferencesStore((s) => s.setElderMode)
  const followSystemFont = usePreferencesStore((s) => s.followSystemFont)
  const systemLarge = systemPrefersLargeFont()
  // The whole row is the switch: a 52×32 px toggle alone is too small a target for an old hand.
  return (
    <View className='mine__card'>
      <Button
        className='mine__toggle'
        role='switch'
        aria-checked={elder}
        aria-label='长辈模式'
        onClick={() => setElderMode(!elder)}
      >
        <View className='mine__row-text'>
          <Text className='mine__label'>长辈模式</Text>
          <Text className='mine__meta'>字更大、按钮更大，看得清、点得准</Text>
        </View>
        <View className={`mine__pill${elder ? ' mine__pill--on' : ''}`} aria-hidden>
          <Text>{elder ? '已开启' : '已关闭'}</Text>
        </View>
      </Button>
      {choice !== null && systemLarge !== choice && (
        <Button className='mine__button mine__button--plain' onClick={followSystemFont}>跟随微信字体大小</Button>
      )}
    </View>
  )
}
