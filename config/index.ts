import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import type { Compiler } from 'webpack'
import type Chain from 'webpack-chain'
import { designWidth, deviceRatio } from './design'
import devConfig, { quietH5Chain } from './dev'
import prodConfig from './prod'
import { RoutePreloadPlugin } from './route-preload'

const platform = process.env.TARO_ENV ?? 'weapp'
const mockPort = process.env.PORT ?? '3100'

// The H5 app is served next to the API (dev-server proxy or the mock serving dist/h5), so it
// calls a relative path; the weapp must name the host — DevTools reaches the local mock with
// "不校验合法域名" on. A real deployment sets TARO_APP_API_BASE to its HTTPS origin.
const apiBase = process.env.TARO_APP_API_BASE
  || (platform === 'h5' ? '/api/v1' : `http://127.0.0.1:${mockPort}/api/v1`)

// Deployment settings (see .env.example; read in the app only by src/constants/deployment.ts).
// Taro already fills these from .env files; passing each one here as well (empty when unset) makes
// a variable exported in the shell count too, and leaves no `process.env.TARO_APP_*` read in the
// weapp bundle, where `process` does not exist.
const DEPLOYMENT_ENV_KEYS = [
  'TARO_APP_API_BASE',
  'TARO_APP_H5_BASE',
  'TARO_APP_DEMO',
  'TARO_APP_NOTICE_TEMPLATE_ACCEPTED',
  'TARO_APP_NOTICE_TEMPLATE_NEEDS_SUPPLEMENT',
  'TARO_APP_NOTICE_TEMPLATE_CONCLUDED',
] as const
const deploymentEnv = Object.fromEntries(
  DEPLOYMENT_ENV_KEYS.map((key) => [key, JSON.stringify(process.env[key] ?? '')]),
)

// `npm start` builds into its own folder (TARO_OUTPUT_ROOT=dist/h5-dev): the watch build empties
// its output folder when it starts, and must not wipe the production build in dist/h5.
const outputRoot = process.env.TARO_OUTPUT_ROOT || `dist/${platform}`
const isProduction = process.env.NODE_ENV !== 'development'
const sourceRoot = path.resolve(__dirname, '..', 'src')

/**
 * Both platforms: every request goes through the app's own adapters (src/services/taro-adapter.ts
 * and upload.ts, on Taro.request / Taro.uploadFile), so axios's XHR and fetch adapters, with their
 * cookie, progress and stream helpers, are swapped for stubs (config/stubs) that say "not
 * supported": ~15 KB less in the weapp main package and in every H5 page.
 */
function slimAxios(chain: Chain, webpack: typeof import('webpack')): void {
  const stubs: Record<string, string> = {
    './xhr.js': path.resolve(__dirname, 'stubs', 'axios-xhr-adapter.js'),
    './fetch.js': path.resolve(__dirname, 'stubs', 'axios-fetch-adapter.js'),
  }
  chain.plugin('slim-axios').use(webpack.NormalModuleReplacementPlugin, [
    /^\.\/(xhr|fetch)\.js$/,
    (resource: { request: string; context: string }) => {
      if (/[\\/]axios[\\/]lib[\\/]adapters$/.test(resource.context)) resource.request = stubs[resource.request]
    },
  ])
}

/** TARO_STATS=file.json writes webpack's module/chunk stats, to see what a bundle holds. */
function writeStats(chain: Chain): void {
  const file = process.env.TARO_STATS
  if (!file) return
  chain.plugin('stats-json').use(class {
    apply(compiler: Compiler) {
      compiler.hooks.done.tap('stats-json', (stats) => {
        writeFileSync(path.resolve(file), JSON.stringify(stats.toJson({
          all: false, assets: true, chunks: true, chunkModules: false, modules: true, cachedModules: true, nestedModules: true, ids: true, reasons: false,
        })))
      })
    }
  })
}

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'quan-service-palm',
    date: '2026-11-28',
    designWidth,
    deviceRatio,
    sourceRoot: 'src',
    outputRoot,
    plugins: [],
    defineConstants: {
      API_BASE_URL: JSON.stringify(apiBase),
    },
    env: deploymentEnv,
    alias: {
      '@': sourceRoot,
      '@contract': path.resolve(__dirname, '..', 'types'),
    },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    // Weapp builds start cold: with webpack's persistent cache, Taro's subpackage split
    // (sub-common/*.js) kept serving a module's old code after its source changed, so a local
    // `npm run test:weapp` or `npm run analyze` measured stale code (reproduced with Taro 4.2.1:
    // an edit to components/form-fields/field-input.tsx never reached dist/). CI builds from a
    // clean clone either way. H5 keeps the cache: its output followed the source edits checked
    // (platform.js left the bundle as soon as stores/preferences-store.ts changed).
    cache: { enable: platform === 'h5' },
    // Weapp: Taro's own minifier settings for mini programs turn off most of terser's compression
    // and write every Chinese character as a 6-byte \uXXXX escape (3 bytes as UTF-8). WeChat reads
    // UTF-8 sources, and these are terser's (and webpack's) defaults; `typeofs` stays off so a
    // `typeof wx` check is never turned into a read of an undeclared name. H5 keeps Taro's settings.
    ...(platform === 'h5' ? {} : {
      terser: {
        enable: true,
        config: {
          compress: {
            passes: 2,
            collapse_vars: true,
            comparisons: true,
            hoist_props: true,
            inline: true,
            loops: true,
            negate_iife: true,
            reduce_funcs: true,
            reduce_vars: true,
            switches: true,
            typeofs: false,
          },
          output: { ascii_only: false },
        },
      },
    }),
    // Weapp: Taro's generic templates (base.wxml) are written once per nesting level, 16 by
    // default, ~2.7 KB per level in the main package (budget 420 KB, `npm run analyze`). A node
    // deeper than baseLevel is rendered through Taro's `comp` component (same output, one custom
    // component boundary more): the first screen of each tab is shallower than 6; list cards and
    // form fields cross it once.
    baseLevel: 6,
    mini: {
      postcss: {
        pxtransform: { enable: true, config: {} },
        // WeChat runs its own, current WebView/Skyline engines (base library ≥ 3.5, see
        // project.config.json): the old -webkit-box flexbox and other prefixes the browserslist
        // (written for the H5 build's old Android browsers) asks for are never read there, and
        // were ~15% of every .wxss. H5 keeps autoprefixer.
        autoprefixer: { enable: false },
        './config/postcss-drop-focus-visible.js': { enable: true, config: {} },
      },
      // Not minifyXML: its html-minifier rewrites base.wxml into markup WeChat's compiler rejects
      // ("unexpected end tag: template"; `npm run analyze` shows it). WeChat minifies WXML on upload.
      webpackChain(chain, webpack) {
        slimAxios(chain, webpack)
        writeStats(chain)
      },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      // Taro's components as plain React elements (@tarojs/components-react: <div>, <span>, <input>)
      // instead of Stencil web components: no custom-element runtime to start and no hydration pass,
      // the largest part of the first screen's main-thread work on a slow phone (issue 16). Textarea,
      // Switch and Canvas have no plain version and stay web components, loaded with their pages.
      useHtmlComponents: true,
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
      },
      webpackChain(chain, webpack) {
        slimAxios(chain, webpack)
        writeStats(chain)
        chain.module
          .rule('low-specificity-taro-css')
          .test(/[\\/]@tarojs[\\/]components-react[\\/]dist[\\/]index\.css$/)
          .enforce('pre')
          .use('low-specificity-css')
          .loader(path.resolve(__dirname, 'loaders', 'low-specificity-css.js'))
        chain.module
          .rule('page-mount-transition')
          .test(/[\\/]@tarojs[\\/]plugin-framework-react[\\/]dist[\\/]runtime\.js$/)
          .use('page-mount-transition')
          .loader(path.resolve(__dirname, 'loaders', 'page-mount-transition.js'))
        if (!isProduction) {
          quietH5Chain(chain)
          return
        }
        // Taro splits only the first load (chunks: 'initial'), so each page's chunk carried its own
        // copy of everything it imports (~250 KB each: axios, Taro's components, the http layer).
        // Shared code now goes into chunks of its own, downloaded once and cached across pages;
        // each page's chunk keeps only its own code. The framework in the first load stays one
        // long-cached vendors chunk.
        chain.optimization.splitChunks({
          chunks: 'all',
          hidePathInfo: true,
          maxInitialRequests: 4,
          maxAsyncRequests: 8,
          cacheGroups: {
            default: false,
            defaultVendors: false,
            framework: { test: /[\\/]node_modules[\\/]/, chunks: 'initial', priority: 20, minSize: 0 },
            shared: { chunks: 'async', minChunks: 2, minSize: 20_000, priority: 10, reuseExistingChunk: true },
          },
        })
        // Taro injects its components' own styles from JavaScript (style-loader, at the top of <head>
        // so ours override them): ~40 ms of a slow phone's first long task, parsing CSS held in strings.
        // In production they are extracted like ours; the framework chunk's stylesheet is linked
        // before app.css, so ours still come later and win.
        chain.module.rules.delete('taroStyle')
        chain.module.rule('customStyle').exclude.clear()
        // Runs after taro-loader/lib/h5 has turned app.config.ts into the app entry (Taro adds that
        // loader last, so it runs first), on the entry's generated code. Production only: the dev
        // server prebundles, and there app.config.ts only imports app.boot.
        chain.module
          .rule('app-start-yield')
          .test(/[\\/]src[\\/]app\.config\.ts$/)
          .use('app-start-yield')
          .loader(path.resolve(__dirname, 'loaders', 'app-start-yield.js'))
        // The page the URL names starts downloading with app.js instead of after it (route-preload.ts).
        chain.plugin('route-preload').use(RoutePreloadPlugin, [{ sourceRoot, homePage: 'pages/index/index', publicPath: '/' }])
      },
      devServer: {
        host: '127.0.0.1',
        // gzip on every answer (webpack-dev-server's default, stated so it is not lost in an edit):
        // `npm start` should feel like the deployed app on a phone, not 3× the bytes.
        compress: true,
        port: Number(process.env.H5_PORT ?? 10086),
        proxy: [{ context: ['/api'], target: `http://127.0.0.1:${mockPort}`, changeOrigin: true }],
      },
    },
  }
  if (process.env.NODE_ENV === 'development') {
    return merge({}, baseConfig, devConfig)
  }
  return merge({}, baseConfig, prodConfig)
})
