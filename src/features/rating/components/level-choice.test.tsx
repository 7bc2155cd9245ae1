import { act, useState } from 'react'
import type { RatingLevel } from '@contract/rating'
import { renderPage, warmUpTaroComponents } from '@/testing'
import { LevelChoice } from './level-choice'

beforeAll(() => warmUpTaroComponents(), 30_000)

function Chooser() {
  const [level, setLevel] = useState<RatingLevel | null>(null)
  return <LevelChoice value={level} label='总体评价' onChange={setLevel} />
}

const radios = (container: HTMLElement) => Array.from(container.querySelectorAll<HTMLElement>('[role="radio"]'))
const checked = (container: HTMLElement) => radios(container).filter((r) => String(r.getAttribute('aria-checked')) === 'true').map((r) => r.getAttribute('aria-label'))
const inTabOrder = (container: HTMLElement) => radios(container).filter((r) => r.getAttribute('data-roving-tabindex') === '0').map((r) => r.getAttribute('aria-label'))

function press(target: HTMLElement, key: string): void {
  act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }))
  })
}

describe('the rating levels as a keyboard radio group', () => {
  it('keeps one level in the tab order: the first before anything is chosen, then the chosen one', () => {
    const { container } = renderPage(Chooser)
    expect(container.querySelector('[role="radiogroup"]')?.getAttribute('aria-label')).toBe('总体评价')
    expect(radios(container)).toHaveLength(5)
    expect(checked(container)).toEqual([])
    expect(inTabOrder(container)).toEqual([radios(container)[0].getAttribute('aria-label')])
  })

  it('moves and chooses with the arrow keys, wrapping at the ends, and jumps with Home/End', () => {
    const { container } = renderPage(Chooser)
    const labels = radios(container).map((r) => r.getAttribute('aria-label'))
    press(radios(container)[0], 'ArrowDown')
    expect(checked(container)).toEqual([labels[0]])
    press(radios(container)[0], 'ArrowDown')
    expect(checked(container)).toEqual([labels[1]])
    expect(inTabOrder(container)).toEqual([labels[1]])
    press(radios(container)[1], 'ArrowUp')
    press(radios(container)[0], 'ArrowUp')
    expect(checked(container)).toEqual([labels[4]])
    press(radios(container)[4], 'Home')
    expect(checked(container)).toEqual([labels[0]])
    press(radios(container)[0], 'End')
    expect(checked(container)).toEqual([labels[4]])
  })
})

describe('the rating levels on WeChat, where Taro 4 drops aria-checked', () => {
  // Through a variable: the test transformer rewrites the literal `process.env.TARO_ENV` in sources.
  const vars = process.env as Record<string, string | undefined>
  const env = vars.TARO_ENV
  afterEach(() => {
    vars.TARO_ENV = env
  })

  it('says which level is chosen in words (there only; H5 has aria-checked)', () => {
    const h5 = renderPage(() => <LevelChoice value={5} label='总体评价' onChange={() => undefined} />)
    expect(h5.container.textContent).not.toContain('已选')
    h5.unmount()
    vars.TARO_ENV = 'weapp'
    const { container } = renderPage(() => <LevelChoice value={5} label='总体评价' onChange={() => undefined} />)
    expect(radios(container).map((r) => (r.textContent ?? '').includes('已选'))).toEqual([true, false, false, false, false])
  })
})
