import { loadSeed } from '../seed'
import { createCatalogueIndex } from '../search'
const idx = createCatalogueIndex(loadSeed().items, { termCacheSize: 0 })
type Priv = { hitsFor(t: string): { materialIds: number[]; nameIds: number[] }; itemTiers(a: unknown[]): Uint8Array; itemsOfMaterial: Int32Array[] }
const p = idx as unknown as Priv
for (const q of ['身份证', '证', '登记']) {
  const N = 100
  for (let i = 0; i < 10; i++) idx.search({ q })
  let t = performance.now(); let h = p.hitsFor(q); for (let i = 0; i < N; i++) h = p.hitsFor(q); const th = (performance.now() - t) / N
  t = performance.now(); for (let i = 0; i < N; i++) p.itemTiers([h]); const tt = (performance.now() - t) / N
  t = performance.now(); for (let i = 0; i < N; i++) idx.search({ q }); const ts = (performance.now() - t) / N
  const matItems = h.materialIds.reduce((s, id) => s + p.itemsOfMaterial[id].length, 0)
  console.log(q, 'hits', th.toFixed(3), 'itemTiers', tt.toFixed(3), 'search', ts.toFixed(3), 'materials', h.materialIds.length, 'material-item links', matItems, 'names', h.nameIds.length)
}
