import { loadSeed } from '../seed'
import { createCatalogueIndex } from '../search'
const seed = loadSeed()
const idx = createCatalogueIndex(seed.items)
for (const q of process.argv.slice(2)) {
  const r = idx.search({ q, pageSize: 8 })
  console.log(q, r.total, r.items.map(i => `${i.name}@${i.region.name}${JSON.stringify(i.highlights)}${i.matchedBy ?? ''}`).join(' | '))
}
console.log(seed.items.filter(i => i.aliases.some(a => a.includes('饭店') || a.includes('餐'))).map(i => i.name + ':' + i.aliases.join('/')).slice(0, 5))
console.log([...new Set(seed.items.filter(i => i.name.includes('食品')).map(i => i.name))].slice(0, 10))
