import path from 'node:path'
import type { Compiler } from 'webpack'

/**
 * H5 only. Taro loads each page as its own chunk (`import()` per route), which the app's code asks
 * for only after app.js has downloaded and run: on a phone, the page's code then starts to download
 * a second or more after the framework. This plugin writes a tiny inline script into index.html that
 * reads the route from the URL hash (`#/pages/index/index?…`, or the home page for `/`) and adds
 * `<link rel="preload">` for exactly that page's JS and CSS chunks, so they download alongside
 * app.js. Other routes' chunks are not touched: a deep link to a guide downloads no home page code.
 */
export class RoutePreloadPlugin {
  constructor(private readonly options: { sourceRoot: string; homePage: string; publicPath: string }) {}

  apply(compiler: Compiler): void {
    const { Compilation } = compiler.webpack
    compiler.hooks.thisCompilation.tap('RoutePreloadPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        // After html-webpack-plugin has written index.html.
        { name: 'RoutePreloadPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const html = compilation.getAsset('index.html')
          if (!html) return
          const initial = new Set<string>()
          for (const entry of compilation.entrypoints.values()) for (const file of entry.getFiles()) initial.add(file)

          const routes: Record<string, string[]> = {}
          for (const group of compilation.chunkGroups) {
            if (group.isInitial()) continue
            for (const origin of group.origins) {
              const route = this.routeOf(origin.request, origin.module?.context ?? undefined)
              if (!route) continue
              const files = group.chunks
                .flatMap((chunk) => [...chunk.files])
                .filter((file) => /\.(js|css)$/.test(file) && !initial.has(file))
              routes[route] = [...new Set([...(routes[route] ?? []), ...files])]
            }
          }
          if (!Object.keys(routes).length) return

          const script = `<script>${preloadScript(routes, this.options.homePage, this.options.publicPath)}</script>`
          const source = html.source.source().toString()
          // Before the first script tag, so the preloads start while the head is still being read.
          const at = source.indexOf('<script defer')
          const next = at >= 0 ? `${source.slice(0, at)}${script}${source.slice(at)}` : source.replace('</head>', `${script}</head>`)
          compilation.updateAsset('index.html', new compiler.webpack.sources.RawSource(next))
        },
      )
    })
  }

  /** `./pages/index/index` or an absolute path under the source root → `pages/index/index`. */
  private routeOf(request: string | undefined, context: string | undefined): string | null {
    if (!request) return null
    const absolute = path.isAbsolute(request) ? request : context ? path.resolve(context, request) : null
    if (!absolute) return null
    const relative = path.relative(this.options.sourceRoot, absolute).split(path.sep).join('/').replace(/\.[jt]sx?$/, '')
    if (relative.startsWith('..') || !/^(pages|packages)\/.+\/index$/.test(relative)) return null
    return relative
  }
}

/** ES5, no dependencies: it runs before anything else on the page. */
function preloadScript(routes: Record<string, string[]>, homePage: string, publicPath: string): string {
  return `!function(m,d){var r=location.hash.replace(/^#\\/?/,"").split("?")[0]||${JSON.stringify(homePage)},f=m[r]||[];`
    + 'for(var i=0;i<f.length;i++){var l=d.createElement("link");l.rel="preload";l.as=/\\.css$/.test(f[i])?"style":"script";'
    + `l.href=${JSON.stringify(publicPath)}+f[i];d.head.appendChild(l)}}(${JSON.stringify(routes)},document);`
}
