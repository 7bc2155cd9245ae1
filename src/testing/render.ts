/**
 * Rendering for page and component tests: render a real page with URL params, wait for what a
 * person would see, tap and type the way taro-h5's web components receive it in jsdom. Test-only.
 */
import Taro from '@tarojs/taro'
import { act, createElement, type ComponentType } from 'react'
import { createRoot, type Root } from 'react-dom/client'

type ActGlobal = typeof globalThis & { IS_REACT_ACT_ENVIRONMENT?: boolean }

const mounted: { root: Root; container: HTMLElement }[] = []

// Which test is running: a waitFor left over from a test that already failed must stop polling,
// or its act() scopes overlap the next test's and every later test fails with it.
let generation = 0

afterEach(() => {
  generation += 1
  while (mounted.length) {
    const { root, container } = mounted.pop()!
    act(() => root.unmount())
    container.remove()
  }
})

/** Sets the params the page reads with useRouter() (what Taro parses from the page URL). */
export function setRouterParams(params: Record<string, string> = {}, path = ''): void {
  const current = Taro.getCurrentInstance()
  current.router = { params, path, onReady: '', onHide: '', onShow: '', shareTicket: undefined, scene: undefined }
}

export interface Rendered {
  container: HTMLElement
  unmount: () => void
}

/** Renders a page (or any component) as the app would, with these URL params. */
export function renderPage(Page: ComponentType, params: Record<string, string> = {}): Rendered {
  setRouterParams(params)
  ;(globalThis as ActGlobal).IS_REACT_ACT_ENVIRONMENT = true
  const container = document.createElement('div')
  document.body.appendChild(container)
  const root = createRoot(container)
  act(() => root.render(createElement(Page)))
  const entry = { root, container }
  mounted.push(entry)
  return {
    container,
    unmount: () => {
      const i = mounted.indexOf(entry)
      if (i >= 0) mounted.splice(i, 1)
      act(() => root.unmount())
      container.remove()
    },
  }
}

/**
 * Polls `check` until it stops throwing: network answers and debounces arrive in real time. Each
 * pause runs inside an async act(), so every update they cause is flushed before the next check.
 */
export async function waitFor<T>(check: () => T, timeoutMs = 6000): Promise<T> {
  const started = Date.now()
  const owner = generation
  for (;;) {
    if (owner !== generation) throw new Error('waitFor outlived its test')
    try {
      return check()
    } catch (e) {
      if (Date.now() - started > timeoutMs) throw e
    }
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20))
    })
  }
}

/** Visible text of an element, with whitespace collapsed. */
export function textOf(element: Element): string {
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim()
}

/** Every element whose whole text is `text` (or matches it), innermost first. */
export function queryAllByText(root: ParentNode, text: string | RegExp, selector = '*'): HTMLElement[] {
  const matches = (value: string) => (typeof text === 'string' ? value === text : text.test(value))
  const found = Array.from(root.querySelectorAll<HTMLElement>(selector)).filter((el) => matches(textOf(el)))
  // Keep the innermost: a parent whose whole text is the same as its child's is not another match.
  return found.filter((el) => !found.some((other) => other !== el && el.contains(other)))
}

export function getByText(root: ParentNode, text: string | RegExp, selector = '*'): HTMLElement {
  const all = queryAllByText(root, text, selector)
  if (all.length === 0) throw new Error(`no element with text ${String(text)}`)
  return all[0]
}

export function findByText(root: ParentNode, text: string | RegExp, selector = '*'): Promise<HTMLElement> {
  return waitFor(() => getByText(root, text, selector))
}

/** A Taro Button (on H5 a div.taro-button-core, src/utils/h5-a11y.ts) by its visible text. */
export function getButton(root: ParentNode, text: string | RegExp): HTMLElement {
  return getByText(root, text, '.taro-button-core')
}

export function findButton(root: ParentNode, text: string | RegExp): Promise<HTMLElement> {
  return waitFor(() => getButton(root, text))
}

/** A tappable element by its accessible name (aria-label). */
export function getByLabel(root: ParentNode, label: string): HTMLElement {
  const element = root.querySelector<HTMLElement>(`[aria-label="${label.replace(/"/g, '\\"')}"]`)
  if (!element) throw new Error(`no element labelled ${label}`)
  return element
}

/** Taps an element the way a finger would reach React's onClick. */
export function tap(element: Element): void {
  act(() => {
    ;(element as HTMLElement).click()
  })
}

/** The native input inside a Taro Input (rendered by the web component a moment after mount). */
export function findInput(root: ParentNode, placeholder?: string): Promise<HTMLInputElement> {
  return waitFor(() => {
    const selector = placeholder ? `input[placeholder="${placeholder}"]` : 'input'
    const input = root.querySelector<HTMLInputElement>(selector)
    if (!input) throw new Error(`no input ${selector}`)
    return input
  })
}

/** Types into a Taro Input: taro-h5 listens for `input` on the inner native input. */
export function typeInto(input: HTMLInputElement, value: string): void {
  act(() => {
    input.value = value
    input.dispatchEvent(new Event('input', { bubbles: true }))
  })
}

/**
 * Leaves a field, as a finger tapping elsewhere does. A browser sends both events: `blur` (which
 * taro-h5's web-component Textarea listens for) and the bubbling `focusout` (which React's onBlur,
 * and so the plain H5 Input, listens for).
 */
export function leave(element: Element): void {
  act(() => {
    element.dispatchEvent(new FocusEvent('blur'))
    element.dispatchEvent(new FocusEvent('focusout', { bubbles: true }))
  })
}

/** Presses the keyboard's 搜索/Enter key on an input (Taro's onConfirm). */
export function pressEnter(input: HTMLInputElement): void {
  act(() => {
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', keyCode: 13, bubbles: true }))
  })
}

/**
 * taro-h5's web components (input, button …) are loaded lazily the first time one renders, which
 * costs seconds on a cold jest worker. Paying it in beforeAll keeps that out of the first test.
 */
export async function warmUpTaroComponents(): Promise<void> {
  const { Button, Input, Text, View, ScrollView } = await import('@tarojs/components')
  const Warm = () => createElement(View, null, createElement(Input, { value: '' }), createElement(Button, null, createElement(Text, null, 'x')), createElement(ScrollView, { scrollY: true }))
  const { container, unmount } = renderPage(Warm)
  await waitFor(() => {
    if (!container.querySelector('input')) throw new Error('components not loaded yet')
  }, 30_000)
  unmount()
}
