import { createHash } from 'node:crypto'
import type { ELicense } from '@contract/application'
import { maskIdNumber, maskName } from '@/domain/mask'
import { chinaDateOf } from './working-days'
import type { DeepReadonly, UserRecord } from './store/records'
import type { SeedLookup } from './lookup'

/**
 * A person's e-licenses (电子证照), as the provincial license library would return them. The mock has
 * no such library, so they are derived from the verified identity: the same identity always has the
 * same licenses, ids and numbers. Unmasked here; `toELicense` masks them for the wire.
 */
export interface LicenseRecord {
  id: string
  type: string
  /** Holder's name, unmasked (an enterprise's name is public and never masked). */
  holder: string
  holderIsPerson: boolean
  number: string
  issuer: string
  issuedOn: string
  validUntil: string | null
}

const CITY_CODE = '350500000000'

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest()
}

/** A stable number in [0, n) for a purpose and an identity. */
function pickNumber(seed: string, n: number): number {
  return digest(seed).readUInt32BE(0) % n
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
}

/** The same month and day `years` later (29 Feb → 28 Feb). */
function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number)
  const target = new Date(Date.UTC(y + years, m - 1, d))
  if (target.getUTCDate() !== d) target.setUTCDate(0)
  return target.toISOString().slice(0, 10)
}

function ageOn(birth: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(birth.slice(0, 4))
  return on.slice(5) >= birth.slice(5) ? years : years - 1
}

const FUJIAN_CITIES: Record<string, string> = {
  '3501': '福州市',
  '3502': '厦门市',
  '3503': '莆田市',
  '3504': '三明市',
  '3505': '泉州市',
  '3506': '漳州市',
  '3507': '南平市',
  '3508': '龙岩市',
  '3509': '宁德市',
}

const PROVINCES: Record<string, string> = {
  '11': '北京市', '12': '天津市', '13': '河北省', '14': '山西省', '15': '内蒙古自治区', '21': '辽宁省', '22': '吉林省',
  '23': '黑龙江省', '31': '上海市', '32': '江苏省', '33': '浙江省', '34': '安徽省', '35': '福建省', '36': '江西省',
  '37': '山东省', '41': '河南省', '42': '湖北省', '43': '湖南省', '44': '广东省', '45': '广西壮族自治区', '46': '海南省',
  '50': '重庆市', '51': '四川省', '52': '贵州省', '53': '云南省', '54': '西藏自治区', '61': '陕西省', '62': '甘肃省',
  '63': '青海省', '64': '宁夏回族自治区', '65': '新疆维吾尔自治区', '71': '台湾省', '81': '香港特别行政区', '82': '澳门特别行政区',
}

/** The county-level service region of a six-digit region code, when it is one of Quanzhou's. */
function quanzhouCounty(lookup: SeedLookup, code6: string): { code: string; name: string } | null {
  const region = lookup.region(`${code6}000000`)
  return region && region.level === 'county' ? { code: region.code, name: region.name } : null
}

/** The department of `kind` in a region, falling back to the city's. */
function departmentName(lookup: SeedLookup, regionCode: string | null, kind: string, fallback: string): string {
  const own = regionCode ? lookup.departmentsOf(regionCode).find((d) => d.kind === kind) : undefined
  return own?.name ?? lookup.departmentsOf(CITY_CODE).find((d) => d.kind === kind)?.name ?? fallback
}

/** Who issued an ID card: the 公安局 of the county in the number's region code, or a plausible one. */
function idCardIssuer(lookup: SeedLookup, idNumber: string): string {
  const county = quanzhouCounty(lookup, idNumber.slice(0, 6))
  if (county) return departmentName(lookup, county.code, 'public-security', '泉州市公安局')
  const city = FUJIAN_CITIES[idNumber.slice(0, 4)]
  if (city) return `${city}公安局`
  return `${PROVINCES[idNumber.slice(0, 2)] ?? ''}户籍地公安机关`
}

/** The 13 service regions, for licenses issued "somewhere in Quanzhou" (property, residence). */
function someCounty(lookup: SeedLookup, seed: string): { code: string; name: string } {
  const counties = lookup.children(CITY_CODE).filter((r) => r.level === 'county')
  const county = counties[pickNumber(seed, counties.length)]
  return { code: county.code, name: county.name }
}

function licenseId(userId: string, type: string, number: string): string {
  return `lic-${digest(`${userId}|${type}|${number}`).toString('hex').slice(0, 16)}`
}

const DIGITS = '0123456789'
const PLATE_CHARS = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'

function chars(seed: string, alphabet: string, length: number): string {
  const bytes = digest(seed)
  let out = ''
  for (let i = 0; i < length; i += 1) out += alphabet[bytes[i] % alphabet.length]
  return out
}

/** The identity's extra licenses, two of these (for adults), picked per identity. */
const EXTRA_TYPES = ['机动车驾驶证', '结婚证', '不动产权证书', '机动车行驶证'] as const
const MIN_AGE: Record<(typeof EXTRA_TYPES)[number], number> = { 机动车驾驶证: 18, 结婚证: 22, 不动产权证书: 18, 机动车行驶证: 18 }

function personLicenses(user: DeepReadonly<UserRecord>, lookup: SeedLookup): LicenseRecord[] {
  const realName = user.realName
  if (!realName) return []
  const { name, idNumber } = realName
  const verifiedOn = chinaDateOf(new Date(realName.verifiedAt ?? user.createdAt))
  const birth = `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`
  const age = ageOn(birth, verifiedOn)
  const seed = (purpose: string) => `${idNumber}|${purpose}`
  const homeCounty = quanzhouCounty(lookup, idNumber.slice(0, 6))
  const make = (type: string, number: string, issuer: string, issuedOn: string, validUntil: string | null): LicenseRecord => ({
    id: licenseId(user.id, type, number),
    type,
    holder: name,
    holderIsPerson: true,
    number,
    issuer,
    issuedOn,
    validUntil,
  })
  /** An issue date within `spanDays` before verification, never before the holder was `minAge`. */
  const issued = (purpose: string, spanDays: number, minAge = 0): string => {
    const date = addDays(verifiedOn, -(30 + pickNumber(seed(purpose), Math.max(1, spanDays))))
    const earliest = addYears(birth, minAge)
    return date < earliest ? (earliest < verifiedOn ? earliest : verifiedOn) : date
  }

  // 居民身份证: 5 years under 16, 10 to 25, 20 to 45, 长期 from 46 (居民身份证法 第五条).
  const idYears = age < 16 ? 5 : age < 26 ? 10 : age < 46 ? 20 : null
  const idIssued = issued('id-card', idYears ? idYears * 365 - 90 : 3650)
  const list = [
    make('居民身份证', idNumber, idCardIssuer(lookup, idNumber), idIssued, idYears ? addYears(idIssued, idYears) : null),
    make('居民户口簿', `${idNumber.slice(0, 6)}${chars(seed('household'), DIGITS, 6)}`, idCardIssuer(lookup, idNumber), issued('household', 5000), null),
  ]
  const cardIssued = issued('social-card', 9 * 365)
  list.push(make('社会保障卡', idNumber, departmentName(lookup, homeCounty?.code ?? null, 'human-resources', '泉州市人力资源和社会保障局'), cardIssued, addYears(cardIssued, 10)))
  if (!homeCounty) {
    // Someone registered elsewhere who lives in Quanzhou holds a 福建省居住证.
    const county = someCounty(lookup, seed('residence'))
    const permitIssued = issued('residence', 300)
    list.push(make('居住证', idNumber, departmentName(lookup, county.code, 'public-security', '泉州市公安局'), permitIssued, addYears(permitIssued, 1)))
  }

  const start = pickNumber(seed('extras'), EXTRA_TYPES.length)
  const extras = [...EXTRA_TYPES.slice(start), ...EXTRA_TYPES.slice(0, start)].filter((type) => age >= MIN_AGE[type]).slice(0, 2)
  for (const type of extras) {
    if (type === '机动车驾驶证') {
      const on = issued('driving', 6 * 365 - 60, 18)
      list.push(make(type, idNumber, '泉州市公安局交通警察支队', on, addYears(on, 6)))
    } else if (type === '结婚证') {
      const on = issued('marriage', 8000, 22)
      const county = homeCounty ?? someCounty(lookup, seed('marriage-county'))
      const number = `J${county.code.slice(0, 6)}-${on.slice(0, 4)}-${chars(seed('marriage-no'), DIGITS, 6)}`
      list.push(make(type, number, departmentName(lookup, county.code, 'civil-affairs', '泉州市民政局'), on, null))
    } else if (type === '不动产权证书') {
      const on = issued('property', 6000, 18)
      const county = someCounty(lookup, seed('property-county'))
      const number = `闽（${on.slice(0, 4)}）${county.name}不动产权第${chars(seed('property-no'), DIGITS, 7)}号`
      list.push(make(type, number, departmentName(lookup, county.code, 'natural-resources', '泉州市自然资源和规划局'), on, null))
    } else {
      const on = issued('vehicle', 3000, 18)
      list.push(make(type, `闽C${chars(seed('plate'), PLATE_CHARS, 5)}`, '泉州市公安局交通警察支队', on, null))
    }
  }
  return list
}

function enterpriseLicenses(user: DeepReadonly<UserRecord>, lookup: SeedLookup): LicenseRecord[] {
  const enterprise = user.enterprise
  if (!enterprise || !user.realName) return []
  const verifiedOn = chinaDateOf(new Date(enterprise.verifiedAt ?? user.createdAt))
  const county = quanzhouCounty(lookup, enterprise.creditCode.slice(2, 8))
  const issuedOn = addDays(verifiedOn, -(30 + pickNumber(`${enterprise.creditCode}|licence`, 3000)))
  return [
    {
      id: licenseId(user.id, '营业执照', enterprise.creditCode),
      type: '营业执照',
      holder: enterprise.name,
      holderIsPerson: false,
      number: enterprise.creditCode,
      issuer: departmentName(lookup, county?.code ?? null, 'market-regulation', '泉州市市场监督管理局'),
      issuedOn,
      validUntil: null,
    },
  ]
}

/** Every e-license of a user: none before real-name verification; 营业执照 once an enterprise is verified. */
export function licensesOf(user: DeepReadonly<UserRecord>, lookup: SeedLookup): LicenseRecord[] {
  return [...personLicenses(user, lookup), ...enterpriseLicenses(user, lookup)]
}

/** The wire shape: numbers masked, a person's name masked (an enterprise's is public). */
export function toELicense(license: LicenseRecord): ELicense {
  return {
    id: license.id,
    type: license.type,
    holder: license.holderIsPerson ? maskName(license.holder) : license.holder,
    number: maskLicenseNumber(license.number),
    issuer: license.issuer,
    issuedOn: license.issuedOn,
    validUntil: license.validUntil,
  }
}

/**
 * License numbers of every kind are shown like ID numbers (the first and last four characters);
 * short ones such as a plate 闽C12345 keep two at each end, so a person can still tell theirs apart.
 */
export function maskLicenseNumber(number: string): string {
  const chars = Array.from(number)
  if (chars.length > 8) return maskIdNumber(number)
  if (chars.length < 5) return '*'.repeat(chars.length)
  return `${chars.slice(0, 2).join('')}${'*'.repeat(chars.length - 4)}${chars.slice(-2).join('')}`
}
