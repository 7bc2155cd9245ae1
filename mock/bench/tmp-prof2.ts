import { syntheticCatalogue } from './synthetic-catalogue'
import { createCatalogueIndex } from '../search'
const items = syntheticCatalogue().map((it, i) => ({ ...it, name: i % 2 === 0 ? it.name + it.region.name.slice(0, 2) + '专项' : it.name }))
const t = performance.now(); createCatalogueIndex(items, { termCacheSize: 0 }); console.log('build', performance.now() - t)
