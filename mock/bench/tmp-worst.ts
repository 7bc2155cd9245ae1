import { syntheticCatalogue } from './synthetic-catalogue'
import { createCatalogueIndex } from '../search'
const items = syntheticCatalogue().map((it, i) => ({ ...it, name: i % 2 === 0 ? it.name + it.region.name.slice(0, 2) + '专项' : it.name }))
let t = performance.now()
const idx = createCatalogueIndex(items, { termCacheSize: 0 })
console.log('distinct', new Set(items.map(i => i.name)).size, 'build', (performance.now() - t).toFixed(0))
for (const q of ['证', '登记', 'sfz', 's', 'shenfenzheng', '身分证', '社保卡', 'zheng', '身份证 换领', 'a'.repeat(200), '身'.repeat(200)]) {
  for (let i = 0; i < 5; i++) idx.search({ q })
  const N = 50; const ts: number[] = []
  for (let i = 0; i < N; i++) { const t0 = performance.now(); idx.search({ q }); ts.push(performance.now() - t0) }
  ts.sort((a, b) => a - b)
  const s0 = performance.now(); for (let i = 0; i < N; i++) idx.suggest(q); const sug = (performance.now() - s0) / N
  console.log(q.slice(0, 20).padEnd(14), String(idx.search({ q }).total).padStart(6), 'p50', ts[25].toFixed(3), 'p95', ts[47].toFixed(3), 'suggest avg', sug.toFixed(3))
}
