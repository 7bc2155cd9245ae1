// Weapp only (config/index.ts, mini.postcss): WeChat has no keyboard focus and no :focus-visible,
// so the focus-ring rules every control gets from src/theme/_mixins.scss are dead bytes in every
// .wxss (~4 KB of the main package). H5 keeps them. A selector list keeps its other selectors.
module.exports = () => ({
  postcssPlugin: 'drop-focus-visible',
  Rule(rule) {
    if (!rule.selector.includes(':focus-visible')) return
    const kept = rule.selectors.filter((selector) => !selector.includes(':focus-visible'))
    if (kept.length) rule.selectors = kept
    else rule.remove()
  },
})
module.exports.postcss = true
