/**
 * Search benchmark: `npm run bench`.
 *
 * Builds the catalogue index from the seed, then times a realistic mix of what residents type
 * (Chinese words and fragments, pinyin, initials, homophones, colloquial names, filters, paging,
 * type-ahead suggestions) and prints p50/p95/p99/max per kind against the 5 ms budget.
 * The term cache is off, so every call does the full work; speed is reported, not asserted
 * (exit code 0 either way). `npm run bench -- --synthetic` runs on a generated stand-in catalogue.
 */
import { cpus, loadavg } from 'node:os'
import { performance } from 'node:perf_hooks'
import type { ItemQuery } from '../../types/service-item'
import { loadSeed, type CatalogueItem } from '../seed'
import { createCatalogueIndex, type CatalogueIndex } from '../search'
import { syntheticCatalogue } from './synthetic-catalogue'

const BUDGET_MS = 5
/** Issue 13: one result per service (`GET /items`) at 22k implementations, in-process. */
const GROUPED_BUDGET_MS = 1
const WARMUP_ROUNDS = 3
const MEASURED_ROUNDS = 40
const TIME_LIMIT_MS = 45_000

const CITY = '350500000000'
const LICHENG = '350502000000'
const JINJIANG = '350582000000'

type Call = (index: CatalogueIndex) => unknown

function search(query: ItemQuery): Call {
  return (index) => index.search(query)
}

/** One result per service, as `GET /items` answers (issue 13). */
function services(query: ItemQuery): Call {
  return (index) => index.searchServices(query)
}

function suggest(q: string): Call {
  return (index) => index.suggest(q)
}

const MIX: Record<string, Call[]> = {
  'Chinese word': ['身份证', '营业执照', '公积金', '结婚', '驾驶证', '护照', '不动产', '税务', '养老', '户口'].map((q) => search({ q })),
  'fragment': ['公积金提取', '身份证换', '驾驶证换', '食品经营', '设立登记', '养老保险待遇', '转移登记', '出生医学'].map((q) => search({ q })),
  'full pinyin': ['shenfenzheng', 'gongjijin', 'jiashizheng', 'yingyezhizhao', 'jiehundengji', 'shehuibaozhang', 'budongchan'].map((q) => search({ q })),
  'spaced pinyin': ['shen fen zheng', 'gong ji jin', 'jia shi zheng', 'ying ye zhi zhao'].map((q) => search({ q })),
  'initials': ['sfz', 'gjj', 'sbk', 'jsz', 'yyzz', 'bdc', 'hz'].map((q) => search({ q })),
  'partial/mixed pinyin': ['shenfen', 'gongjij', 'shenfz', 'jiash', 'sfzheng', 'yingye'].map((q) => search({ q })),
  'homophone': ['身分证', '公基金', '驾使证', '营页执照', '社会保帐'].map((q) => search({ q })),
  'alias/synonym': ['社保卡', '开饭店', '换驾照', '准生证', '低保', '开网吧', '暂住证', '医保报销', '房产证'].map((q) => search({ q })),
  'multi-term': ['身份证 换领', '公积金 提取', '晋江 身份证', '社保 转移', '驾驶证 补'].map((q) => search({ q })),
  'filtered': [
    search({ q: '身份证', region: LICHENG }),
    search({ q: '登记', audience: 'legal', tags: ['zero-trip'] }),
    search({ q: 'gjj', region: CITY, audience: 'personal' }),
    search({ q: '许可', tags: ['palm', 'one-trip'] }),
    search({ q: '结婚', theme: 'marriage', region: JINJIANG }),
  ],
  'paging': [
    search({ q: '登记', page: 3, pageSize: 20 }),
    search({ q: '证', page: 10, pageSize: 50 }),
    search({ q: 'sfz', page: 2, pageSize: 10 }),
  ],
  'browse (no q)': [
    search({}),
    search({ region: LICHENG, page: 5 }),
    search({ audience: 'legal', tags: ['zero-trip'], page: 2 }),
  ],
  'grouped: word/alias': ['身份证', '营业执照', '低保', '房产证', '社保卡', '公积金', '犬只登记', 'sfz'].map((q) => services({ q })),
  'grouped: intent': ['身份证丢了', '社保卡丢了', '注销营业执照', '驾照到期', '新办营业执照', '开饭店'].map((q) => services({ q })),
  'grouped: region/home': [
    services({ q: '营业执照', region: JINJIANG }),
    services({ q: '身份证', home: JINJIANG }),
    services({ q: '登记', home: LICHENG, page: 3 }),
    services({ region: JINJIANG, page: 2 }),
    services({ home: LICHENG }),
  ],
  'suggest': ['身', '身份', '身份证', 's', 'sf', 'sfz', 'gong', '公积', '社保', 'kaifan', '营业执'].map(suggest),
}

/** The seed catalogue; `--synthetic` measures the stand-in of synthetic-catalogue.ts instead. */
function loadCatalogue(): { items: CatalogueItem[]; source: string } {
  if (process.argv.includes('--synthetic')) return { items: syntheticCatalogue(), source: 'synthetic (--synthetic)' }
  return { items: loadSeed().items, source: 'seed (loadSeed)' }
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

function row(cells: string[], widths: number[]): string {
  return cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ') + '\n'
}

function main(): void {
  const out = (text: string): void => {
    process.stdout.write(text)
  }
  const { items, source } = loadCatalogue()
  const started = performance.now()
  const cpuBefore = process.cpuUsage()
  const index = createCatalogueIndex(items, { termCacheSize: 0 })
  const buildMs = performance.now() - started
  const cpu = process.cpuUsage(cpuBefore)
  const distinctNames = new Set(items.map((item) => item.name)).size
  out(`catalogue: ${source}\n`)
  out(`items: ${items.length}, distinct names: ${distinctNames}\n`)
  out(`index build: ${buildMs.toFixed(0)} ms wall, ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms CPU (incl. GC threads)\n`)
  // Wall-clock latencies include time the process waits for a core; say how busy the machine was.
  out(`machine: ${cpus().length} cores, load average ${loadavg().map((load) => load.toFixed(1)).join(' / ')} (1/5/15 min)\n\n`)

  const kinds = Object.entries(MIX)
  for (let round = 0; round < WARMUP_ROUNDS; round++) for (const [, calls] of kinds) for (const call of calls) call(index)

  const samples = new Map<string, number[]>(kinds.map(([kind]) => [kind, []]))
  const benchStart = performance.now()
  let rounds = 0
  while (rounds < MEASURED_ROUNDS && performance.now() - benchStart < TIME_LIMIT_MS) {
    for (const [kind, calls] of kinds) {
      const times = samples.get(kind) as number[]
      for (const call of calls) {
        const t0 = performance.now()
        call(index)
        times.push(performance.now() - t0)
      }
    }
    rounds++
  }

  const widths = [22, 7, 8, 8, 8, 8]
  out(row(['kind', 'calls', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms'], widths))
  out(row(widths.map((w) => '-'.repeat(w)), widths))
  const searchTimes: number[] = []
  for (const [kind, times] of samples) {
    const sorted = [...times].sort((a, b) => a - b)
    if (kind !== 'suggest') searchTimes.push(...times)
    out(row([kind, String(sorted.length), ...[50, 95, 99].map((p) => percentile(sorted, p).toFixed(3)), sorted[sorted.length - 1].toFixed(3)], widths))
  }
  const sortedSearch = searchTimes.sort((a, b) => a - b)
  const suggestTimes = [...(samples.get('suggest') ?? [])].sort((a, b) => a - b)
  const searchP95 = percentile(sortedSearch, 95)
  const suggestP95 = percentile(suggestTimes, 95)
  const groupedTimes = [...samples].filter(([kind]) => kind.startsWith('grouped')).flatMap(([, times]) => times).sort((a, b) => a - b)
  const groupedP95 = percentile(groupedTimes, 95)
  out('\n')
  out(`grouped overall p95 ${groupedP95.toFixed(3)} ms (${groupedTimes.length} calls, one result per service) — budget ${GROUPED_BUDGET_MS} ms: ${groupedP95 <= GROUPED_BUDGET_MS ? 'PASS' : 'OVER'}\n`)
  out(`search  overall p95 ${searchP95.toFixed(3)} ms (${sortedSearch.length} calls, ${rounds} rounds) — budget ${BUDGET_MS} ms: ${searchP95 <= BUDGET_MS ? 'PASS' : 'OVER'}\n`)
  out(`suggest overall p95 ${suggestP95.toFixed(3)} ms — budget ${BUDGET_MS} ms: ${suggestP95 <= BUDGET_MS ? 'PASS' : 'OVER'}\n`)
}

main()
