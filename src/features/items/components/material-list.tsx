import { Text, View } from '@tarojs/components'
import type { Material } from '@contract/service-item'

/** 原件 / 复印件 counts as one line, or null when no paper is asked for. */
export function copiesLabel(material: Material): string | null {
  const parts: string[] = []
  if (material.originals > 0) parts.push(`原件 ${material.originals} 份`)
  if (material.copies > 0) parts.push(`复印件 ${material.copies} 份`)
  return parts.length ? parts.join('，') : null
}

/** 申请材料: each with whether it is required, how many copies, and what can stand in for it. */
export function MaterialList({ materials }: { materials: readonly Material[] }) {
  if (materials.length === 0) return <Text className='material-list__empty'>无需提交材料</Text>
  return (
    <View className='material-list' role='list'>
      {materials.map((material, i) => {
        const copies = copiesLabel(material)
        return (
          <View key={`${i}-${material.name}`} className='material-list__item' role='listitem'>
            <View className='material-list__head'>
              <Text className='material-list__index'>{`${i + 1}.`}</Text>
              <Text className='material-list__name'>{material.name}</Text>
              <Text className={`material-list__badge${material.required ? ' material-list__badge--required' : ''}`}>
                {material.required ? '必需' : '非必需'}
              </Text>
            </View>
            {material.eLicenseType && (
              <Text className='material-list__elicense'>{`✓ 可用电子证照免提交：${material.eLicenseType}`}</Text>
            )}
            {copies && <Text className='material-list__line'>{copies}</Text>}
            {material.form && <Text className='material-list__line'>{`材料形式：${material.form}`}</Text>}
            {material.source && <Text className='material-list__line'>{`来源渠道：${material.source}`}</Text>}
            {material.note && <Text className='material-list__line'>{`填报说明：${material.note}`}</Text>}
            {material.sample && <Text className='material-list__line'>{`样表/示例：${material.sample}`}</Text>}
          </View>
        )
      })}
    </View>
  )
}
