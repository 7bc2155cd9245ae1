import type { UserConfigExport } from '@tarojs/cli'
import type Chain from 'webpack-chain'

// `npm start` sets TARO_QUIET=1: its terminal must keep the address in view, so webpack reports
// only errors and warnings there (a plain `npm run dev:h5` / `dev:weapp` keeps the full output).
const quiet = process.env.TARO_QUIET === '1'

/** Called from config/index.ts's H5 webpackChain (one chain function per platform: a second one here would replace it). */
export function quietH5Chain(chain: Chain): void {
  if (!quiet) return
  chain.stats('errors-warnings')
  chain.merge({ infrastructureLogging: { level: 'warn' } })
}

export default {
  logger: quiet ? { quiet: true, stats: false } : { quiet: false, stats: true },
  mini: {},
  h5: {},
} satisfies UserConfigExport<'webpack5'>
