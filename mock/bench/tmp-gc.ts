import { loadSeed } from '../seed'
import { createCatalogueIndex } from '../search'
const s = loadSeed()
const idx = createCatalogueIndex(s.items, { termCacheSize: 0 })
const inner = idx as unknown as Record<string, { size: number }>
console.log('names', inner.names.size, 'aliases', inner.aliases.size, 'departments', inner.departments.size, 'materials', inner.materials.size)
const qs = ['身份证', 'sfz', 'shenfenzheng', '登记', '证', 's', '社保卡', '公积金提取', '身分证', '营业执照', 'gongjijin', '晋江 身份证']
for (let r = 0; r < 3; r++) for (const q of qs) idx.search({ q })
for (const q of qs) {
  const c0 = process.cpuUsage()
  for (let r = 0; r < 40; r++) idx.search({ q })
  const c1 = process.cpuUsage(c0)
  const res = idx.search({ q })
  console.log(q.padEnd(14), String(res.total).padStart(6), 'cpu ms', ((c1.user + c1.system) / 1000 / 40).toFixed(3), res.items.slice(0, 3).map(i => i.name + (i.matchedBy ?? '')).join(' | '))
}
