import { Button, Text, View } from '@tarojs/components'
import { useEffect, useRef, useState } from 'react'
import type { DateField as DateFieldSchema } from '@contract/application'
import { chineseDate } from '@/domain/field-display'
import { accessibleName, describedBy } from './field-block'
import {
  dayAllowed,
  daysIn,
  decadesOf,
  formatYmd,
  monthAllowed,
  moveTo,
  openingDate,
  rangeOf,
  yearsOf,
  type DateRange,
  type Ymd,
} from './date-model'
import './date-field.scss'

export interface DateFieldProps {
  field: DateFieldSchema
  /** The chosen date (`YYYY-MM-DD`), '' when none yet. */
  value: string
  error?: string
  idPrefix?: string
  /**
   * Where to open when nothing is chosen yet, if the form knows better than the field's max or
   * today; else the schema's own hint (DateField.likely), so FieldInput needs no change.
   */
  likely?: string | null
  onPick: (value: string) => void
}

type Panel = 'year' | 'month' | 'day'

const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]

/**
 * A date field with its own chooser, in place of Taro's Picker: taro-h5's picker draws 12 px text
 * whatever the page's tokens, its 取消/确定 fail contrast (axe serious), and it, like WeChat's,
 * opens on today, so a date decades back took minutes of scrolling. This one opens near the likely
 * date (see openingDate), jumps by decade and year, then month and day, each a full tap target
 * sized from the tokens (长辈模式 included): 1958年3月15日 from an empty field is 6 taps
 * (open, 1950年代, 1958, 3月, 15日, 确定).
 */
export function DateField({ field, value, error, idPrefix, likely, onPick }: DateFieldProps) {
  const [open, setOpen] = useState(false)
  const name = accessibleName(field)
  const shown = value ? chineseDate(value) : '请选择日期'
  return (
    <>
      <Button
        className={`form-field__picker date-field__trigger${value ? '' : ' form-field__picker--empty'}`}
        // Everything the button shows, in its order (axe's label-content-name-mismatch): 「…：1958年3月15日，修改」.
        aria-label={`${name}：${shown}，${value ? '修改' : '选择'}`}
        aria-haspopup='dialog'
        aria-describedby={describedBy(field, error, idPrefix)}
        onClick={() => setOpen(true)}
      >
        <Text>{shown}</Text>
        <Text className='form-field__picker-action' aria-hidden>{value ? '修改' : '选择'}</Text>
      </Button>
      {open && (
        <DateChooser
          title={field.label}
          range={rangeOf(field.min, field.max)}
          start={openingDate(value, rangeOf(field.min, field.max), likely ?? field.likely)}
          startPanel={value ? 'day' : 'year'}
          onCancel={() => setOpen(false)}
          onConfirm={(date) => {
            setOpen(false)
            onPick(formatYmd(date))
          }}
        />
      )}
    </>
  )
}

interface DateChooserProps {
  title: string
  range: DateRange
  start: Ymd
  startPanel: Panel
  onCancel: () => void
  onConfirm: (date: Ymd) => void
}

/** The sheet over the page: 年 / 月 / 日 tabs, the panel of the chosen one, 取消 and 确定. */
function DateChooser({ title, range, start, startPanel, onCancel, onConfirm }: DateChooserProps) {
  useEscapeCloses(onCancel)
  const [draft, setDraft] = useState(start)
  const [panel, setPanel] = useState<Panel>(startPanel)
  const [decade, setDecade] = useState(Math.floor(start.y / 10) * 10)
  const chosen = chineseDate(formatYmd(draft))

  const tabs: { panel: Panel; text: string }[] = [
    { panel: 'year', text: `${draft.y}年` },
    { panel: 'month', text: `${draft.m}月` },
    { panel: 'day', text: `${draft.d}日` },
  ]

  return (
    <View className='date-sheet' role='dialog' aria-modal='true' aria-label={`选择${title}`}>
      <View className='date-sheet__backdrop' aria-hidden onClick={onCancel} />
      <View className='date-sheet__panel'>
        <Text className='date-sheet__title' role='heading' aria-level={2}>{`选择${title}`}</Text>
        <Text className='date-sheet__chosen' aria-live='polite'>{`已选：${chosen}`}</Text>
        <View className='date-sheet__tabs' role='tablist' aria-label='年、月、日'>
          {tabs.map((t) => (
            <Button
              key={t.panel}
              className={`date-sheet__tab${panel === t.panel ? ' date-sheet__tab--active' : ''}`}
              role='tab'
              aria-selected={panel === t.panel}
              onClick={() => setPanel(t.panel)}
            >
              {t.text}
            </Button>
          ))}
        </View>

        {panel === 'year' && (
          <View role='tabpanel' aria-label='选年份'>
            <Text className='date-sheet__hint'>先选年代，再选年份</Text>
            <View className='date-sheet__grid date-sheet__grid--decades' role='group' aria-label='年代'>
              {decadesOf(range).map((start) => (
                <Choice key={start} text={`${start}年代`} on={start === decade} onClick={() => setDecade(start)} />
              ))}
            </View>
            <View className='date-sheet__grid date-sheet__grid--years' role='group' aria-label={`${decade}年代的年份`}>
              {yearsOf(decade, range).map((y) => (
                <Choice
                  key={y}
                  text={`${y}`}
                  on={y === draft.y}
                  onClick={() => {
                    setDraft(moveTo(draft, y, draft.m, range))
                    setPanel('month')
                  }}
                />
              ))}
            </View>
          </View>
        )}

        {panel === 'month' && (
          <View role='tabpanel' aria-label={`选${draft.y}年的月份`}>
            <View className='date-sheet__grid date-sheet__grid--months' role='group' aria-label={`${draft.y}年的月份`}>
              {MONTHS.map((m) => (
                <Choice
                  key={m}
                  text={`${m}月`}
                  on={m === draft.m}
                  disabled={!monthAllowed(draft.y, m, range)}
                  onClick={() => {
                    setDraft(moveTo(draft, draft.y, m, range))
                    setPanel('day')
                  }}
                />
              ))}
            </View>
          </View>
        )}

        {panel === 'day' && (
          <View role='tabpanel' aria-label={`选${draft.y}年${draft.m}月的日`}>
            <View className='date-sheet__grid date-sheet__grid--days' role='group' aria-label={`${draft.y}年${draft.m}月的日`}>
              {Array.from({ length: daysIn(draft.y, draft.m) }, (_, i) => i + 1).map((d) => (
                <Choice
                  key={d}
                  text={`${d}`}
                  on={d === draft.d}
                  disabled={!dayAllowed({ ...draft, d }, range)}
                  onClick={() => setDraft({ ...draft, d })}
                />
              ))}
            </View>
          </View>
        )}

        <View className='date-sheet__actions'>
          <Button className='date-sheet__cancel' onClick={onCancel}>取消</Button>
          <Button className='date-sheet__confirm' aria-label={`确定，${chosen}`} onClick={() => onConfirm(draft)}>确定</Button>
        </View>
      </View>
    </View>
  )
}

/**
 * On H5 a keyboard user leaves the sheet with Escape, as from any dialog, and starts inside it:
 * focus moves to the chosen tab when it opens (the page behind is aria-modal'd away).
 */
function useEscapeCloses(close: () => void): void {
  // The latest close, without re-running the effect (which would move focus again) on each render.
  const latest = useRef(close)
  latest.current = close
  useEffect(() => {
    if (process.env.TARO_ENV !== 'h5' || typeof document === 'undefined') return
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') latest.current()
    }
    document.addEventListener('keydown', onKey)
    document.querySelector<HTMLElement>('.date-sheet [role="tab"][aria-selected="true"]')?.focus()
    return () => document.removeEventListener('keydown', onKey)
  }, [])
}

/**
 * One decade, year, month or day to tap; the chosen one says so (aria-pressed, a ✓ and a thicker
 * border), not by colour alone. Its name is the words on it.
 */
function Choice({ text, on, disabled = false, onClick }: { text: string; on: boolean; disabled?: boolean; onClick: () => void }) {
  return (
    <Button
      className={`date-sheet__choice${on ? ' date-sheet__choice--on' : ''}${disabled ? ' date-sheet__choice--off' : ''}`}
      aria-pressed={on}
      // `|| undefined`: taro-h5 writes disabled="false" for false, and its own [disabled] rule then
      // paints the words 60 % white (unreadable on a chosen choice's pale blue).
      disabled={disabled || undefined}
      onClick={() => {
        if (!disabled) onClick()
      }}
    >
      {on && <Text className='date-sheet__check' aria-hidden>✓</Text>}
      {text}
    </Button>
  )
}
