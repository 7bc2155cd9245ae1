import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { act, useState } from 'react'
import type { DateField as DateFieldSchema } from '@contract/application'
import { PageShell } from '@/components/page-shell'
import { usePreferencesStore } from '@/stores/preferences-store'
import { elderTokens, standardTokens } from '@/theme/tokens'
import { getButton, renderPage, tap, textOf, waitFor, warmUpTaroComponents } from '@/testing'
import { DateField } from './date-field'

jest.setTimeout(30_000)
beforeAll(() => warmUpTaroComponents(), 30_000)

const acquired: DateFieldSchema = { kind: 'date', key: 'acquiredOn', label: '取得时间', required: true, hint: null, placeholder: null, min: '1949-10-01', max: '2022-03-01' }

let picked: string[] = []
beforeEach(() => {
  picked = []
})

function Form({ initial = '' }: { initial?: string }) {
  const [value, setValue] = useState(initial)
  return (
    <PageShell>
      <DateField
        field={acquired}
        value={value}
        onPick={(v) => {
          picked.push(v)
          setValue(v)
        }}
      />
    </PageShell>
  )
}

function dialog(container: HTMLElement): HTMLElement {
  const d = container.querySelector<HTMLElement>('[role="dialog"]')
  if (!d) throw new Error('the chooser is not open')
  return d
}

/** A decade, year, month or day of the chooser by its words (the chosen one carries a ✓ before them). */
function choice(container: HTMLElement, text: string): HTMLElement {
  const found = Array.from(dialog(container).querySelectorAll<HTMLElement>('.date-sheet__grid .taro-button-core')).find((b) => new RegExp(`^✓?${text}$`).test(textOf(b)))
  if (!found) throw new Error(`no choice ${text}`)
  return found
}

/** One of the 年 / 月 / 日 tabs by its words. */
function tabOf(container: HTMLElement, text: string): HTMLElement {
  return getButton(dialog(container).querySelector('[role="tablist"]')!, text)
}

/** Whether a Taro Button is disabled (taro-h5 writes disabled="false" on one that is not). */
function offered(el: HTMLElement): boolean {
  return !el.hasAttribute('disabled') || el.getAttribute('disabled') === 'false'
}

function trigger(container: HTMLElement): HTMLElement {
  return container.querySelector<HTMLElement>('[aria-haspopup="dialog"]')!
}

/** Relative luminance and contrast ratio (WCAG 2). */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl
  }
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x)
  return (hi + 0.05) / (lo + 0.05)
}

describe('date field', () => {
  it('picks a date decades back in six taps: open, decade, year, month, day, 确定', async () => {
    const { container } = renderPage(() => <Form />)
    await waitFor(() => expect(trigger(container)).not.toBeNull())
    expect(trigger(container).getAttribute('aria-label')).toBe('取得时间（必填）：请选择日期，选择')
    let taps = 0
    const press = (el: HTMLElement) => {
      taps += 1
      tap(el)
    }

    press(trigger(container))
    // Opens near the likely date: this field takes past dates only, so on its max; on the years.
    expect(textOf(dialog(container).querySelector('.date-sheet__chosen')!)).toBe('已选：2022年3月1日')
    expect(dialog(container).getAttribute('aria-modal')).toBe('true')
    expect(choice(container, '2020年代').getAttribute('aria-pressed')).toBe('true')
    press(choice(container, '1950年代'))
    press(choice(container, '1958'))
    // On to the months of 1958, then its days.
    expect(dialog(container).querySelector('[role="tab"][aria-selected="true"]')?.textContent).toBe('3月')
    press(choice(container, '3月'))
    press(choice(container, '15'))
    expect(textOf(dialog(container).querySelector('.date-sheet__chosen')!)).toBe('已选：1958年3月15日')
    press(getButton(dialog(container), '确定'))

    expect(taps).toBe(6)
    expect(picked).toEqual(['1958-03-15'])
    expect(container.querySelector('[role="dialog"]')).toBeNull()
    expect(trigger(container).getAttribute('aria-label')).toBe('取得时间（必填）：1958年3月15日，修改')
  })

  it('opens a chosen date on its days; 取消 keeps it; the tabs go back to years and months', async () => {
    const { container } = renderPage(() => <Form initial='1990-06-20' />)
    await waitFor(() => expect(trigger(container)).not.toBeNull())
    tap(trigger(container))
    expect(choice(container, '20').getAttribute('aria-pressed')).toBe('true')
    expect(textOf(choice(container, '20'))).toBe('✓20')
    tap(tabOf(container, '1990年'))
    expect(choice(container, '1990年代').getAttribute('aria-pressed')).toBe('true')
    expect(choice(container, '1990').getAttribute('aria-pressed')).toBe('true')
    tap(choice(container, '1991'))
    // Same month and day in the new year.
    expect(textOf(dialog(container).querySelector('.date-sheet__chosen')!)).toBe('已选：1991年6月20日')
    tap(getButton(dialog(container), '取消'))
    expect(picked).toEqual([])
    // Escape closes it too, keeping the date.
    tap(trigger(container))
    act(() => {
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }))
    })
    expect(container.querySelector('[role="dialog"]')).toBeNull()
    expect(picked).toEqual([])
    expect(trigger(container).getAttribute('aria-label')).toBe('取得时间（必填）：1990年6月20日，修改')
  })

  it('offers nothing outside the field’s range', async () => {
    const { container } = renderPage(() => <Form />)
    await waitFor(() => expect(trigger(container)).not.toBeNull())
    tap(trigger(container))
    expect(() => choice(container, '1930年代')).toThrow()
    tap(choice(container, '1940年代'))
    expect(Array.from(dialog(container).querySelectorAll('[aria-label$="年代的年份"] .taro-button-core')).map(textOf)).toEqual(['1949'])
    tap(choice(container, '1949'))
    // 1949-10-01 is the first allowed day: earlier months are not offered.
    expect(offered(choice(container, '9月'))).toBe(false)
    expect(offered(choice(container, '10月'))).toBe(true)
    tap(tabOf(container, '1949年'))
    tap(choice(container, '2020年代'))
    tap(choice(container, '2022'))
    expect(offered(choice(container, '3月'))).toBe(true)
    expect(offered(choice(container, '4月'))).toBe(false)
    tap(choice(container, '3月'))
    expect(offered(choice(container, '2'))).toBe(false)
    // A tap on what is not offered changes nothing.
    tap(choice(container, '2'))
    expect(textOf(dialog(container).querySelector('.date-sheet__chosen')!)).toBe('已选：2022年3月1日')
  })

  it('takes its sizes and colours from the tokens, so 长辈模式 enlarges it; 取消/确定 pass contrast', async () => {
    act(() => usePreferencesStore.getState().setElderMode(true))
    const { container } = renderPage(() => <Form />)
    await waitFor(() => expect(trigger(container)).not.toBeNull())
    tap(trigger(container))
    // The sheet sits inside the page, under the elder token variables.
    const shell = dialog(container).closest<HTMLElement>('.page-shell--elder')
    expect(shell).not.toBeNull()
    expect(shell!.style.getPropertyValue('--tap')).toMatch(/^\d/)

    // Every size in its stylesheet is a token variable (hairline borders in PX aside).
    const scss = readFileSync(join(__dirname, 'date-field.scss'), 'utf8')
    const sizes = scss.split('\n').filter((l) => /^\s*(font-size|min-height|min-width|height|width|padding|gap|margin)[a-z-]*:/.test(l))
    expect(sizes.length).toBeGreaterThan(5)
    for (const line of sizes) expect(line.replace(/\b\d+PX\b/g, '').replace(/\b(0|100%|1fr)\b/g, '')).not.toMatch(/\d+(px|rpx|rem|em)\b/)
    expect(elderTokens.tap).toBeGreaterThanOrEqual(60)
    expect(elderTokens.font.body).toBeGreaterThanOrEqual(18)

    // 取消 is primary on the surface, 确定 the primary text on primary: both ≥ 4.5:1 in both modes.
    for (const t of [standardTokens, elderTokens]) {
      expect(contrast(t.color.primary, t.color.surface)).toBeGreaterThanOrEqual(4.5)
      expect(contrast(t.color.primaryText, t.color.primary)).toBeGreaterThanOrEqual(4.5)
      expect(contrast(t.color.textSecondary, t.color.background)).toBeGreaterThanOrEqual(4.5)
    }
    expect(scss).toMatch(/&__cancel \{\s*@include secondary-button;/)
    expect(scss).toMatch(/&__confirm \{\s*@include primary-button;/)
  })
})

describe('date field with the schema’s likely hint', () => {
  // An old person's 出生日期: at least 60 years back, most likely about 70 (DateField.likely).
  const plain: DateFieldSchema = { kind: 'date', key: 'birthDate', label: '老年人出生日期', required: true, hint: null, placeholder: null, min: '1900-01-01', max: '1966-12-07' }
  const birth: DateFieldSchema = { ...plain, likely: '1956-12-07' }

  function BirthForm({ field }: { field: DateFieldSchema }) {
    const [value, setValue] = useState('')
    return (
      <PageShell>
        <DateField field={field} value={value} onPick={setValue} />
      </PageShell>
    )
  }

  it('an empty field opens on the likely year, not on its max', async () => {
    const { container } = renderPage(() => <BirthForm field={birth} />)
    await waitFor(() => expect(trigger(container)).not.toBeNull())
    tap(trigger(container))
    expect(textOf(dialog(container).querySelector('.date-sheet__chosen')!)).toBe('已选：1956年12月7日')
    expect(choice(container, '1950年代').getAttribute('aria-pressed')).toBe('true')
    expect(choice(container, '1956').getAttribute('aria-pressed')).toBe('true')
  })

  it('without the hint the same field opens on its max', async () => {
    const { container } = renderPage(() => <BirthForm field={plain} />)
    await waitFor(() => expect(trigger(container)).not.toBeNull())
    tap(trigger(container))
    expect(textOf(dialog(container).querySelector('.date-sheet__chosen')!)).toBe('已选：1966年12月7日')
    expect(choice(container, '1960年代').getAttribute('aria-pressed')).toBe('true')
  })
})
