import type { DemoAccount, User } from '@contract/user'
import type { DeepReadonly, UserRecord } from './store/records'
import type { SeedLookup } from './lookup'
import { maskIdNumber, maskName, maskPhone } from '@/domain/mask'

export const DEMO_ACCOUNTS: readonly DemoAccount[] = ['resident', 'resident-new', 'business', 'cadre', 'cadre-other', 'admin']

/** The one resident every `POST /auth/wechat` signs in as: the mock cannot call WeChat's code2session. */
export const WECHAT_RESIDENT_ID = 'wx-resident'

/** What the app may see of a user: ID number, phone and name masked. */
export function toUser(record: DeepReadonly<UserRecord>): User {
  return {
    id: record.id,
    nickname: record.nickname,
    role: record.role,
    realName: record.realName ? { name: maskName(record.realName.name), idNumber: maskIdNumber(record.realName.idNumber) } : null,
    phone: record.phone ? maskPhone(record.phone) : null,
    // A 统一社会信用代码 is public registry data (国家企业信用信息公示系统), so it is not masked.
    enterprise: record.enterprise ? { name: record.enterprise.name, creditCode: record.enterprise.creditCode } : null,
    village: record.village ? { code: record.village.code, name: record.village.name, path: record.village.path } : null,
  }
}

type Village = NonNullable<UserRecord['village']>

/**
 * A real village of the seed for a demo cadre: the preferred code when the seed has it, else the
 * first village of the preferred county, so a changed seed still yields a real, stable village.
 */
function pickVillage(lookup: SeedLookup, preferredCode: string, countyCode: string): Village {
  let village = lookup.region(preferredCode)
  if (!village || village.level !== 'village') {
    const townships = lookup.children(countyCode)
    village = townships.flatMap((t) => lookup.children(t.code)).find((r) => r.level === 'village')
  }
  if (!village) throw new Error(`seed has no village under ${countyCode} for a demo cadre`)
  const path = [...lookup.ancestors(village.code).filter((r) => r.level !== 'city'), village].map((r) => r.name).join(' / ')
  return { code: village.code, name: village.name, path }
}

/** The demo accounts' users, built from the seed (cadres' villages are real ones). */
export function demoUsers(lookup: SeedLookup): Record<DemoAccount, Omit<UserRecord, 'createdAt'>> {
  // 晋江市 / 安海镇 / 西安村委会 and, in another county, 南安市 / 水头镇 / 水头村委会.
  const cadreVillage = pickVillage(lookup, '350582101201', '350582000000')
  const otherVillage = pickVillage(lookup, '350583119201', '350583000000')
  const base = { realName: null, enterprise: null, village: null }
  return {
    resident: { ...base, id: 'demo-resident', nickname: '演示居民', role: 'resident', phone: '13805951234', demoAccount: 'resident' },
    // Never verified by the demo cases, so the README's 实名认证 walk-through can be done as written.
    'resident-new': { ...base, id: 'demo-resident-new', nickname: '新用户', role: 'resident', phone: '13805957890', demoAccount: 'resident-new' },
    business: { ...base, id: 'demo-business', nickname: '演示企业经办人', role: 'business', phone: '13905952345', demoAccount: 'business' },
    cadre: {
      ...base,
      id: 'demo-cadre',
      nickname: `${cadreVillage.name}干部`,
      role: 'cadre',
      phone: '13705953456',
      village: cadreVillage,
      demoAccount: 'cadre',
    },
    'cadre-other': {
      ...base,
      id: 'demo-cadre-other',
      nickname: `${otherVillage.name}干部`,
      role: 'cadre',
      phone: '13605954567',
      village: otherVillage,
      demoAccount: 'cadre-other',
    },
    admin: { ...base, id: 'demo-admin', nickname: '后台管理员', role: 'admin', phone: null, demoAccount: 'admin' },
  }
}

export function wechatResident(): Omit<UserRecord, 'createdAt'> {
  return {
    id: WECHAT_RESIDENT_ID,
    nickname: '微信用户',
    role: 'resident',
    realName: null,
    phone: null,
    enterprise: null,
    village: null,
    demoAccount: null,
  }
}
