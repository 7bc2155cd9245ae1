const postcss = require('postcss')

/**
 * H5 only: Taro's plain components (@tarojs/components-react/dist/index.css) style themselves with
 * class selectors such as `.taro-button-core + .taro-button-core { margin-top: 15px }` and
 * `.taro-button-core.taro-btn-default { background-color: #f8f8f8; color: #000 }`. Two classes beat
 * our one-class rules (a chip, a link-like button, a primary button's white text), which the web
 * components' tag selectors never did. Wrapped in :where() they weigh nothing, so they stay
 * defaults that any rule of ours overrides; pseudo-elements stay outside, where CSS requires them.
 */
const PSEUDO_ELEMENT = /(?:::?(?:after|before|placeholder|selection|first-line|first-letter|marker|backdrop|-webkit-[\w-]+|-moz-[\w-]+))+$/

function weightless(selector) {
  const pseudo = PSEUDO_ELEMENT.exec(selector)?.[0] ?? ''
  const base = selector.slice(0, selector.length - pseudo.length).trim()
  return base ? `:where(${base})${pseudo}` : selector
}

module.exports = function lowSpecificityCss(source) {
  const root = postcss.parse(source, { from: this.resourcePath })
  root.walkRules((rule) => {
    // Keyframe steps (from, 50%, to) are not selectors.
    if (rule.parent && rule.parent.type === 'atrule' && /keyframes$/i.test(rule.parent.name)) return
    rule.selectors = rule.selectors.map(weightless)
  })
  return root.toString()
}
