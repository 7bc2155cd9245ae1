import { Text, View } from '@tarojs/components'
import type { BundleCaseSummaryInfo } from '@contract/bundle'
import { bundleProgressText, bundleSummaryLines } from '../bundle-format'
import './bundle-progress.scss'

/** The 「一件事」 mark beside a bundle case's name: one case, several departments. */
export function BundleMark() {
  return <Text className='bundle-mark'>一件事</Text>
}

/**
 * A bundle case's progress in the 办件 list: 「已办结 2/4」 and each part's state in words. Plain
 * text lines (no list role): it sits inside the card's button, whose content is read as one label.
 */
export function BundleProgress({ info }: { info: BundleCaseSummaryInfo }) {
  return (
    <View className='bundle-progress'>
      <Text className='bundle-progress__count'>{bundleProgressText(info)}</Text>
      {bundleSummaryLines(info).map((line, i) => (
        <Text key={`${line.name}-${i}`} className='bundle-progress__part'>{`${line.name} · ${line.state}`}</Text>
      ))}
    </View>
  )
}
