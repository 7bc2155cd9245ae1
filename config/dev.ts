import type { UserConfigExport } from '@tarojs/cli'

// `npm start` sets TARO_QUIET=1: its terminal must keep the address in view, so webpack reports
// only errors and warnings there (a plain `npm run dev:h5` / `dev:weapp` keeps the full output).
const quiet = process.env.TARO_QUIET === '1'

export default {
  logger: quiet ? { quiet: true, stats: false } : { quiet: false, stats: true },
  mini: {},
  h5: quiet
    ? {
        webpackChain(chain) {
          chain.stats('errors-warnings')
          chain.merge({ infrastructureLogging: { level: 'warn' } })
        },
      }
    : {},
} satisfies UserConfigExport<'webpack5'>
