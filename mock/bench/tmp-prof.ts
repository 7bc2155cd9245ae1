import { loadSeed } from '../seed'
import { createCatalogueIndex } from '../search'
const idx = createCatalogueIndex(loadSeed().items, { termCacheSize: 0 })
const t = performance.now()
for (let i = 0; i < 2000; i++) { idx.search({ q: '身份证' }) }
console.log((performance.now() - t) / 300)
