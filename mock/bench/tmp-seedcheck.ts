import { loadSeed } from '/work/main/mock/seed'
const t = performance.now()
const s = loadSeed()
console.log('OK', s.items.length, 'distinct', new Set(s.items.map(i => i.name)).size, 'ms', (performance.now() - t).toFixed(0))
