// H5 only. Taro renders <Button> as a <div class="taro-button-core"> (config: h5.useHtmlComponents)
// with no role and no tabindex: screen readers do not announce it as a button and the keyboard
// cannot reach it (on weapp it is WeChat's native, accessible button). Give every one the role,
// focusability and Enter/Space activation a native button has, in one place for the whole app.
const BUTTON = 'taro-button-core'

function enhance(el: Element): void {
  if (!el.hasAttribute('role')) el.setAttribute('role', 'button')
  const disabled = el.hasAttribute('disabled') && el.getAttribute('disabled') !== 'false'
  // A composite widget (a radio group) keeps only its chosen option in the tab order and says so
  // with data-roving-tabindex; every other button is reachable.
  el.setAttribute('tabindex', disabled ? '-1' : (el.getAttribute('data-roving-tabindex') ?? '0'))
  if (disabled) el.setAttribute('aria-disabled', 'true')
  else el.removeAttribute('aria-disabled')
}

function enhanceTree(node: Node): void {
  if (!(node instanceof Element)) return
  if (node.classList.contains(BUTTON)) enhance(node)
  node.querySelectorAll(`.${BUTTON}`).forEach(enhance)
}

/** Makes every Taro Button on H5 a keyboard-reachable, announced button; does nothing on weapp. */
export function installH5ButtonAccessibility(): void {
  if (process.env.TARO_ENV !== 'h5' || typeof document === 'undefined') return
  enhanceTree(document.body)
  new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'childList') r.addedNodes.forEach(enhanceTree)
      else if ((r.target as Element).classList.contains(BUTTON)) enhance(r.target as Element)
    }
  }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['disabled', 'data-roving-tabindex'] })
  document.addEventListener('keydown', (e) => {
    const target = e.target as Element | null
    if (!target?.classList.contains(BUTTON) || (e.key !== 'Enter' && e.key !== ' ')) return
    e.preventDefault()
    if (target.getAttribute('aria-disabled') !== 'true') (target as HTMLElement).click()
  })
}
