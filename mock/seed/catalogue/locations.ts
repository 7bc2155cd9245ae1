// The service centers where items are handled, one per region. Addresses name the center and
// the township it sits in (taken from the region data); coordinates are approximate centers of
// those townships, good enough for a map pin and a distance sort.
import type { ServiceLocation } from '../../../types/service-item'
import { hash32 } from './prng'

export const HOURS = '工作日上午8:00—12:00，下午14:30—17:30（具体以中心公布的作息时间为准），法定节假日除外'

interface Center {
  name: string
  address: string
  latitude: number
  longitude: number
  /** First digits of local numbers in that area (泉州 numbers have 8 digits). */
  prefix: string
}

const CENTERS: Record<string, Center> = {
  '350500': { name: '泉州市行政服务中心', address: '泉州市丰泽区津淮街东段（泉州市行政服务中心）', latitude: 24.9035, longitude: 118.6164, prefix: '22' },
  '350502': { name: '鲤城区行政服务中心', address: '泉州市鲤城区开元街道（鲤城区行政服务中心）', latitude: 24.9075, longitude: 118.587, prefix: '22' },
  '350503': { name: '丰泽区行政服务中心', address: '泉州市丰泽区丰泽街道（丰泽区行政服务中心）', latitude: 24.8988, longitude: 118.6292, prefix: '22' },
  '350504': { name: '洛江区行政服务中心', address: '泉州市洛江区万安街道（洛江区行政服务中心）', latitude: 24.942, longitude: 118.671, prefix: '22' },
  '350505': { name: '泉港区行政服务中心', address: '泉州市泉港区山腰街道（泉港区行政服务中心）', latitude: 25.119, longitude: 118.917, prefix: '87' },
  '350581': { name: '石狮市行政服务中心', address: '石狮市湖滨街道（石狮市行政服务中心）', latitude: 24.732, longitude: 118.648, prefix: '88' },
  '350582': { name: '晋江市行政服务中心', address: '晋江市青阳街道（晋江市行政服务中心）', latitude: 24.781, longitude: 118.552, prefix: '85' },
  '350583': { name: '南安市行政服务中心', address: '南安市溪美街道（南安市行政服务中心）', latitude: 24.96, longitude: 118.386, prefix: '86' },
  '350521': { name: '惠安县行政服务中心', address: '惠安县螺城镇（惠安县行政服务中心）', latitude: 25.031, longitude: 118.796, prefix: '87' },
  '350524': { name: '安溪县行政服务中心', address: '安溪县凤城镇（安溪县行政服务中心）', latitude: 25.056, longitude: 118.186, prefix: '23' },
  '350525': { name: '永春县行政服务中心', address: '永春县桃城镇（永春县行政服务中心）', latitude: 25.322, longitude: 118.294, prefix: '23' },
  '350526': { name: '德化县行政服务中心', address: '德化县浔中镇（德化县行政服务中心）', latitude: 25.492, longitude: 118.241, prefix: '23' },
  '350599': { name: '泉州台商投资区行政服务中心', address: '泉州台商投资区东园镇（台商投资区行政服务中心）', latitude: 24.957, longitude: 118.728, prefix: '27' },
  '350598': { name: '泉州经济技术开发区行政服务中心', address: '泉州经济技术开发区清濛园区（开发区行政服务中心）', latitude: 24.87, longitude: 118.56, prefix: '22' },
}

function center(regionCode: string): Center {
  const c = CENTERS[regionCode.slice(0, 6)]
  if (!c) throw new Error(`no service center for region ${regionCode}`)
  return c
}

/** A stable, plausible 泉州 number (0595-xxxxxxxx) for a center or a department window. */
export function localPhone(regionCode: string, key: string): string {
  const digits = String(hash32(`${regionCode}|${key}`) % 1000000).padStart(6, '0')
  return `0595-${center(regionCode).prefix}${digits}`
}

const locationCache = new Map<string, ServiceLocation>()

/** The region's service center. The same object is shared by the region's items: do not mutate. */
export function serviceLocation(regionCode: string): ServiceLocation {
  const cached = locationCache.get(regionCode)
  if (cached) return cached
  const c = center(regionCode)
  const location: ServiceLocation = {
    name: c.name,
    address: c.address,
    hours: HOURS,
    phone: localPhone(regionCode, 'center'),
    latitude: c.latitude,
    longitude: c.longitude,
  }
  locationCache.set(regionCode, location)
  return location
}

// ---------------------------------------------------------------------------------------------
// Halls (受理点) of each region (issue 13): its 行政服务中心, the 便民服务中心 of each of its
// townships (names from regions/quanzhou.json) and its 24-hour self-service area. See SOURCE.md
// beside this file: which parts are real and which coordinates are approximate.

export const TOWNSHIP_HOURS = '工作日上午8:00—12:00，下午14:30—17:30，法定节假日除外'
export const SELF_SERVICE_HOURS = '24小时开放（自助一体机办理，节假日照常）'

/** The halls a region's items can be handled at; shared by every item of the region. */
export interface RegionHalls {
  center: ServiceLocation
  townships: ServiceLocation[]
  selfService: ServiceLocation
}

const hallCache = new Map<string, RegionHalls>()

/**
 * Township centres sit at a deterministic point within about 10 km of the region's centre: the
 * region data carries no coordinates, so these are only good for an approximate distance sort.
 */
function nearby(c: Center, key: string): { latitude: number; longitude: number } {
  const h = hash32(key)
  const dLat = (((h & 0xffff) / 0xffff) * 2 - 1) * 0.08
  const dLng = ((((h >>> 16) & 0xffff) / 0xffff) * 2 - 1) * 0.08
  return { latitude: Math.round((c.latitude + dLat) * 10000) / 10000, longitude: Math.round((c.longitude + dLng) * 10000) / 10000 }
}

/** The halls of a city or county region; `townships` are its township-level regions (none for the city). */
export function regionHalls(regionCode: string, regionName: string, townships: readonly { code: string; name: string }[]): RegionHalls {
  const cached = hallCache.get(regionCode)
  if (cached) return cached
  const c = center(regionCode)
  const centerHall: ServiceLocation = { ...serviceLocation(regionCode), kind: 'center' }
  const townshipHalls = townships.map((t): ServiceLocation => ({
    name: `${t.name}便民服务中心`,
    kind: 'township',
    address: `${regionName.startsWith('泉州') ? '' : regionCode.startsWith('35050') ? '泉州市' : ''}${regionName}${t.name}（${t.name}便民服务中心）`,
    hours: TOWNSHIP_HOURS,
    phone: localPhone(regionCode, `hall-${t.code}`),
    ...nearby(c, t.code),
  }))
  const selfService: ServiceLocation = {
    name: `${c.name}24小时自助服务区`,
    kind: 'self-service',
    address: `${c.address.replace(/（.*）$/, '')}（${c.name}一楼24小时自助服务区）`,
    hours: SELF_SERVICE_HOURS,
    phone: localPhone(regionCode, 'center'),
    latitude: c.latitude,
    longitude: c.longitude,
  }
  const halls = { center: centerHall, townships: townshipHalls, selfService }
  hallCache.set(regionCode, halls)
  return halls
}
