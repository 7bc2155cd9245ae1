/**
 * H5 only: Taro's generated app entry (taro-loader/lib/h5, on src/app.config.ts) evaluates every
 * framework module and then, in the same task, creates the app, the history and the router, which
 * renders the root and starts loading the page: one task of ~240 ms on a slow phone (Lighthouse
 * mobile, issue 16). Starting the app in the next task splits it in two, so the browser can paint
 * and answer a tap in between; nothing else changes (the same calls, in the same order).
 *
 * The start is found by exact text, for the pinned Taro version (package.json): if an upgrade
 * changes it, the build fails here rather than quietly losing the split.
 */
const START = 'var inst = '

module.exports = function appStartYield(source) {
  const at = source.indexOf(START)
  if (at < 0 || source.indexOf(START, at + 1) >= 0 || !source.includes('initPxTransform(')) {
    this.emitError(new Error(`app-start-yield: Taro's app start not found in ${this.resourcePath} (Taro changed; see config/loaders/app-start-yield.js)`))
    return source
  }
  return `${source.slice(0, at)}setTimeout(function startApp() {\n${source.slice(at)}\n}, 0)\n`
}
