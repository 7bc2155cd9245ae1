import { syntheticCatalogue } from './synthetic-catalogue'
import { createCatalogueIndex } from '../search'
const items = syntheticCatalogue().map((it, i) => ({ ...it, name: i % 2 === 0 ? it.name + it.region.name.slice(0, 2) + '专项' : it.name }))
const small = syntheticCatalogue()
const c0 = process.cpuUsage(); const t0 = performance.now()
createCatalogueIndex(small, { termCacheSize: 0 })
const c1 = process.cpuUsage(c0); console.log('synthetic 1.9k names: wall', (performance.now() - t0).toFixed(0), 'cpu', ((c1.user + c1.system) / 1000).toFixed(0))
const c2 = process.cpuUsage(); const t2 = performance.now()
createCatalogueIndex(items, { termCacheSize: 0 })
const c3 = process.cpuUsage(c2); console.log('12k names: wall', (performance.now() - t2).toFixed(0), 'cpu', ((c3.user + c3.system) / 1000).toFixed(0))
