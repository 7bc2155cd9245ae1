import { Text, View } from '@tarojs/components'
import type { ProcessStep } from '@contract/service-item'

/** 办理流程 as numbered steps; the number is text, not only a coloured circle. */
export function ProcessSteps({ steps }: { steps: readonly ProcessStep[] }) {
  if (steps.length === 0) return <Text className='process-steps__empty'>暂无流程说明</Text>
  return (
    <View className='process-steps' role='list'>
      {steps.map((step, i) => (
        <View key={`${i}-${step.name}`} className='process-steps__step' role='listitem' aria-label={`第 ${i + 1} 步：${step.name}。${step.description}`}>
          <Text className='process-steps__number'>{i + 1}</Text>
          <View className='process-steps__content'>
            <Text className='process-steps__name'>{`第 ${i + 1} 步：${step.name}`}</Text>
            {step.description && <Text className='process-steps__description'>{step.description}</Text>}
          </View>
        </View>
      ))}
    </View>
  )
}
