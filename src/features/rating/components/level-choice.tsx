import { Button, Text, View } from '@tarojs/components'
import { useEffect, useId, useRef } from 'react'
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

const ARROW_STEP: Record<string, number> = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 }

/**
 * The five levels as large rows to tap (a radiogroup), best first, each with its words. On H5 it
 * behaves as a keyboard radio group: Tab reaches the chosen level only (roving tabindex), the arrow
 * keys move to and choose the next or previous level, Home/End the first or last.
 */
export function LevelChoice({ value, label, onChange }: { value: RatingLevel | null; label: string; onChange: (level: RatingLevel) => void }) {
  const groupId = `rating-levels-${useId().replace(/[^a-zA-Z0-9]/g, '')}`
  const latest = useRef({ value, onChange })
  latest.current = { value, onChange }

  useEffect(() => {
    // WeChat has no keyboard; H5 (and the DOM of the unit tests) does.
    if (process.env.TARO_ENV === 'weapp' || typeof document === 'undefined') return
    const group = document.getElementById(groupId)
    if (!group) return
    const onKey = (e: KeyboardEvent) => {
      const { value: current, onChange: choose } = latest.current
      const index = current === null ? -1 : RATING_LEVELS.indexOf(current)
      const last = RATING_LEVELS.length - 1
      let next: number
      if (e.key in ARROW_STEP) next = index === -1 ? 0 : (index + ARROW_STEP[e.key] + RATING_LEVELS.length) % RATING_LEVELS.length
      else if (e.key === 'Home') next = 0
      else if (e.key === 'End') next = last
      else return
      e.preventDefault()
      choose(RATING_LEVELS[next])
      document.getElementById(`${groupId}-${RATING_LEVELS[next]}`)?.focus()
    }
    group.addEventListener('keydown', onKey)
    return () => group.removeEventListener('keydown', onKey)
  }, [groupId])

  // Nothing chosen yet: the first level is the one Tab reaches.
  const focusable = value ?? RATING_LEVELS[0]
  // WeChat drops aria-checked (Taro 4's weapp templates pass no aria-*): there the chosen level
  // says so in words a screen reader reads, visually hidden.
  const spoken = process.env.TARO_ENV === 'weapp'
  return (
    <View id={groupId} className='rating-levels' role='radiogroup' aria-label={label}>
      {RATING_LEVELS.map((level) => {
        const checked = value === level
        return (
          <Button
            key={level}
            id={`${groupId}-${level}`}
            className={`rating-levels__option${checked ? ' rating-levels__option--checked' : ''}`}
            role='radio'
            aria-checked={checked}
            aria-label={LEVEL_LABELS[level]}
            data-roving-tabindex={level === focusable ? '0' : '-1'}
            onClick={() => onChange(level)}
          >
            <View className={`rating-levels__mark${checked ? ' rating-levels__mark--checked' : ''}`} aria-hidden />
            <Text className='rating-levels__words'>{LEVEL_LABELS[level]}</Text>
            {checked && spoken && <Text className='rating-levels__spoken'>，已选</Text>}
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
