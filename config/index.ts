import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import { designWidth, deviceRatio } from './design'
import devConfig from './dev'
import prodConfig from './prod'

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
      '@': path.resolve(__dirname, '..', 'src'),
      '@contract': path.resolve(__dirname, '..', 'types'),
    },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: true },
    mini: {
      postcss: {
        pxtransform: { enable: true, config: {} },
      },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
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
      devServer: {
        host: '127.0.0.1',
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
