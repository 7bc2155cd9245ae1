/**
 * H5 only: Taro's React runtime (@tarojs/plugin-framework-react, dist/runtime.js) renders the app
 * root and mounts each page with an ordinary update, which React 18 renders in one piece. On a slow
 * phone the first page was one long task of 100–300 ms (Lighthouse mobile, issue 16: TBT 450–750 ms).
 * Marked as transitions, the same renders are split by React into ~5 ms slices with the browser free
 * in between; nothing else changes (the router's callback still runs after the page commits).
 *
 * The two calls are rewritten by exact text, for the pinned Taro version (package.json): if an
 * upgrade changes them, the build fails here rather than quietly losing the split.
 */
const REWRITES = [
  {
    what: 'the app root render',
    from: '(_a = root.render) === null || _a === void 0 ? void 0 : _a.call(root, h$1(AppWrapper));',
    to: 'react.startTransition(() => root.render(h$1(AppWrapper)));',
  },
  {
    what: 'a page mount',
    from: 'this.pages.push(page);\n            this.forceUpdate((...args) => {\n                perf.stop(PAGE_INIT);\n                return cb(...args);\n            });',
    to: 'this.pages.push(page);\n            react.startTransition(() => this.forceUpdate((...args) => {\n                perf.stop(PAGE_INIT);\n                return cb(...args);\n            }));',
  },
]

module.exports = function pageMountTransition(source) {
  let out = source
  for (const { what, from, to } of REWRITES) {
    if (!out.includes(from)) {
      this.emitError(new Error(`page-mount-transition: ${what} not found in ${this.resourcePath} (Taro changed; see config/loaders/page-mount-transition.js)`))
      return source
    }
    out = out.replace(from, to)
  }
  return out
}
