import { Button, Text, View } from '@tarojs/components'
import type { RatingLevel, RatingTag } from '@contract/rating'
import { LEVEL_LABELS, RATING_LEVELS, RATING_TAGS, TAG_LABELS } from '@/domain/rating-rules'
import './rating.scss'

/** 1–5 stars drawn with CSS shapes (no emoji or glyph font); the words beside them say the level. */
export function LevelStars({ level }: { level: RatingLevel }) {
  return (
    <View className='rating-stars' aria-hidden>
      {[1, 2, 3, 4, 5].map((n) => (
        <View key={n} className={`rating-stars__star${n <= level ? ' rating-stars__star--on' : ''}`} />
      ))}
    </View>
  )
}

/** The five levels as large rows to tap (a radiogroup), best first, each with its words. */
export function LevelChoice({ value, label, onChange }: { value: RatingLevel | null; label: string; onChange: (level: RatingLevel) => void }) {
  return (
    <View className='rating-levels' role='radiogroup' aria-label={label}>
      {RATING_LEVELS.map((level) => {
        const checked = value === level
        return (
          <Button
            key={level}
            className={`rating-levels__option${checked ? ' rating-levels__option--checked' : ''}`}
            role='radio'
            aria-checked={checked}
            aria-label={LEVEL_LABELS[level]}
            onClick={() => onChange(level)}
          >
            <View className={`rating-levels__mark${checked ? ' rating-levels__mark--checked' : ''}`} aria-hidden />
            <Text className='rating-levels__words'>{LEVEL_LABELS[level]}</Text>
            <LevelStars level={level} />
          </Button>
        )
      })}
    </View>
  )
}

/** The reason tags of a bad rating as checkbox chips; a chosen one also says ✓. */
export function TagChoice({ value, onChange }: { value: readonly RatingTag[]; onChange: (tags: RatingTag[]) => void }) {
  return (
    <View className='rating-tags' role='group' aria-label='不满意的原因'>
      {RATING_TAGS.map((tag) => {
        const checked = value.includes(tag)
        return (
          <Button
            key={tag}
            className={`rating-tags__tag${checked ? ' rating-tags__tag--checked' : ''}`}
            role='checkbox'
            aria-checked={checked}
            aria-label={TAG_LABELS[tag]}
            onClick={() => onChange(checked ? value.filter((t) => t !== tag) : [...value, tag])}
          >
            {checked ? `✓ ${TAG_LABELS[tag]}` : TAG_LABELS[tag]}
          </Button>
        )
      })}
    </View>
  )
}
