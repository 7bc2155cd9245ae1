import { randomBytes, randomInt } from 'node:crypto'
import type { FormField } from '@contract/application'
import type { Certificate, CertificateFact, CertificateRequest, CertificateType, CertificateVerification } from '@contract/certificate'
import { certificateStatusOn } from '@/domain/certificate-status'
import { maskIdNumber, maskName, maskPhone } from '@/domain/mask'
import { findRemovedCertificate, removedCertificateMessage } from '@/domain/removed-certificates'
import { TODAY, type CertificateTypeConfig } from '../seed/certificate-types'
import type { CertificateRecord, CertificateRequestRecord } from './certificate-records'
import type { Store } from './store'
import type { DeepReadonly, UserRecord } from './store/records'
import type { SeedLookup } from './lookup'

/** Crockford base32 (no I, L, O, U), as case numbers. */
const BASE32 = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

/** Request ids: `CR` + China date + 8 random base32 characters. */
export const REQUEST_ID = /^CR\d{8}[0-9A-HJKMNP-TV-Z]{8}$/

export function newRequestId(chinaDate: string): string {
  let tail = ''
  for (const b of randomBytes(8)) tail += BASE32[b & 31]
  return `CR${chinaDate.replace(/-/g, '')}${tail}`
}

/**
 * 证明编号: `<village code>-<year>-<8 random digits>` (26 characters). The number is random, not a
 * sequence, so knowing one certificate never tells the numbers of the others (walking the sequence
 * once reached every certificate of a village). Digits only: read off paper and typed on a phone's
 * number pad. Certificates issued before this rule have 6 digits and are still valid numbers.
 */
export const CERTIFICATE_NO = /^\d{12}-\d{4}-(?:\d{6}|\d{8})$/

/**
 * 一件事 一业一证: a 行业综合许可证 number, `ZH` + the issuing region's 6-digit code + year + 8 random
 * digits (ZH350582-2022-04817263). It verifies through GET /certificates/verify like a certificate;
 * its own prefix tells the two apart (lib/bundle-cases.ts issues it).
 */
export const INDUSTRY_LICENSE_NO = /^ZH\d{6}-\d{4}-\d{8}$/

/** What GET /certificates/verify accepts: a village certificate's number or a 行业综合许可证's. */
export function isVerifiableNo(no: string): boolean {
  return CERTIFICATE_NO.test(no) || INDUSTRY_LICENSE_NO.test(no)
}

/** A number for a new certificate of `villageCode` in `year`, not yet taken (1e8 per village and year, so retries are rare). */
export function newCertificateNo(taken: (no: string) => boolean, villageCode: string, year: string): string {
  for (;;) {
    const no = `${villageCode}-${year}-${String(randomInt(100_000_000)).padStart(8, '0')}`
    if (!taken(no)) return no
  }
}

/**
 * 核验码 alphabet: digits and capitals without the ones people confuse when reading a printed
 * certificate (0/O, 1/I/L). 31^8 ≈ 8.5e11 codes.
 */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'
export const VERIFICATION_CODE = new RegExp(`^[${CODE_ALPHABET}]{8}$`)

/** 8 characters from the OS's CSPRNG (randomInt is unbiased). */
export function newVerificationCode(): string {
  let code = ''
  for (let i = 0; i < 8; i += 1) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]
  return code
}

/**
 * The village committee behind a village of the seed: its formal name as issuer and the place as
 * the certificate's text names it. The seed has 统计用区划 names (西安村委会, 兴胜社区居委会, a few
 * 社区 / 生活区); the formal name adds county and township: 晋江市安海镇西安村民委员会.
 */
export function committeeOf(lookup: SeedLookup, villageCode: string): { issuer: string; place: string } {
  const village = lookup.region(villageCode)
  if (!village) throw new Error(`no village ${villageCode} in the seed`)
  const prefix = lookup
    .ancestors(villageCode)
    .filter((r) => r.level === 'county' || r.level === 'township')
    .map((r) => r.name)
    .join('')
  const name = village.name
  let base: string
  let committee: string
  if (name.endsWith('村委会')) {
    base = name.slice(0, -2)
    committee = `${base}民委员会`
  } else if (/社区(?:居委会|居民会)$/.test(name)) {
    base = name.replace(/(?:居委会|居民会)$/, '')
    committee = `${base}居民委员会`
  } else if (name.endsWith('居委会')) {
    base = name.slice(0, -3)
    committee = `${base}居民委员会`
  } else if (name.endsWith('社区')) {
    base = name
    committee = `${base}居民委员会`
  } else {
    // 生活区 and the like: 统计用区划 codes 001–199 are 居委会, 200–399 村委会.
    base = name
    committee = `${name}${Number(villageCode.slice(9)) < 200 ? '居民委员会' : '村民委员会'}`
  }
  return { issuer: `${prefix}${committee}`, place: `${prefix}${base}` }
}

/** What the contract's CertificateType is of a config on `today` (a date's `max: today` becomes the date). */
export function resolveType(config: CertificateTypeConfig, today: string): CertificateType {
  return {
    id: config.id,
    name: config.name,
    purpose: config.purpose,
    fields: config.fields.map((f): FormField => (f.kind === 'date' ? { ...f, min: f.min === TODAY ? today : f.min, max: f.max === TODAY ? today : f.max } : { ...f })),
    materials: config.materials.map((m) => ({ ...m })),
    validDays: config.validDays,
    materialConditions: Object.entries(config.requiredWhen ?? {}).map(([material, c]) => ({ material, field: c.field, values: [...c.values] })),
    removedScreen: [...(config.screenRemoved ?? [])],
  }
}

/** Replaces `{key}` with `values[key]`; an unknown placeholder stays visible rather than vanishing. */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{([A-Za-z][A-Za-z0-9]*)\}/g, (whole, key: string) => (Object.prototype.hasOwnProperty.call(values, key) ? values[key] : whole))
}

/** The placeholders every template may use besides the type's fields. */
export const BUILTIN_PLACEHOLDERS = ['name', 'idNumber', 'place', 'purpose'] as const

/** The certificate text of a request: built-ins plus each field's display text. */
export function certificateBody(config: CertificateTypeConfig, request: DeepReadonly<CertificateRequestRecord>, place: string): string {
  const values: Record<string, string> = {}
  for (const f of request.fields) values[f.key] = f.display
  Object.assign(values, { name: request.applicant.name, idNumber: maskIdNumber(request.applicant.idNumber), place, purpose: request.purpose })
  return fillTemplate(config.template, values)
}

/** `date` + `days` calendar days (China dates). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number)
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10)
}

/** The app route of the public verify page; the QR code on the certificate carries it. */
export function verifyPathOf(no: string, code: string): string {
  return `/packages/certificate/verify/index?no=${encodeURIComponent(no)}&code=${encodeURIComponent(code)}`
}

/**
 * A request as its applicant and the cadre of its village see it. Both may see the full name (the
 * cadre must recognise the villager, the applicant is the person); the ID number and phone are
 * masked, as everywhere.
 */
export function toCertificateRequest(
  record: DeepReadonly<CertificateRequestRecord>,
  certificateOf: (no: string) => DeepReadonly<CertificateRecord> | undefined,
  today: string,
): CertificateRequest {
  const certificate = record.certificateNo ? certificateOf(record.certificateNo) : undefined
  return {
    id: record.id,
    type: { id: record.type.id, name: record.type.name },
    village: { code: record.village.code, name: record.village.name, path: record.village.path },
    purpose: record.purpose,
    applicant: {
      name: record.applicant.name,
      idNumber: maskIdNumber(record.applicant.idNumber),
      phone: record.applicant.phone ? maskPhone(record.applicant.phone) : null,
    },
    // 为家人办: the 经办人 is not the person certified, so even the cadre sees them masked.
    agent: record.agent
      ? { name: maskName(record.agent.name), idNumber: maskIdNumber(record.agent.idNumber), phone: record.agent.phone ? maskPhone(record.agent.phone) : null }
      : null,
    fields: record.fields.map((f) => {
      const value = Array.isArray(f.value) ? [...f.value] : (f.value as string | number)
      if (f.kind === 'id-number' && typeof value === 'string') return { key: f.key, label: f.label, value: maskIdNumber(value), display: maskIdNumber(value) }
      if (f.kind === 'phone' && typeof value === 'string') return { key: f.key, label: f.label, value: maskPhone(value), display: maskPhone(value) }
      return { key: f.key, label: f.label, value, display: f.display }
    }),
    materials: record.materials.map((m) => ({ key: m.key, name: m.name, files: m.files.map((f) => ({ fileId: f.fileId, name: f.name, size: f.size, mime: f.mime })) })),
    status: record.status,
    reason: record.reason,
    history: record.history.map((e) => ({ at: e.at, action: e.action, actor: e.actor, reason: e.reason })),
    certificate: certificate ? { no: certificate.no, status: certificateStatusOn(certificate, today), validUntil: certificate.validUntil } : null,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  }
}

/**
 * A certificate as its holder and the cadre of its village see it: the full name as printed, the ID
 * number masked; its state on China date `today` (expired after 有效期至).
 */
export function toCertificate(record: DeepReadonly<CertificateRecord>, today: string): Certificate {
  return {
    no: record.no,
    verificationCode: record.verificationCode,
    type: { id: record.type.id, name: record.type.name },
    title: record.title,
    body: record.body,
    holder: { name: record.holder.name, idNumber: maskIdNumber(record.holder.idNumber) },
    agent: record.agent ? { name: maskName(record.agent.name), idNumber: maskIdNumber(record.agent.idNumber) } : null,
    issuer: record.issuer,
    issuedAt: record.issuedAt,
    validUntil: record.validUntil,
    status: certificateStatusOn(record, today),
    revokedAt: record.revokedAt,
    revokeReason: record.revokeReason,
    verifyPath: verifyPathOf(record.no, record.verificationCode),
  }
}

/** A field's value as a verifier may read it: ID numbers and phones masked, the holder's own name masked wherever it appears. */
function publicValue(kind: string, display: string, holderName: string): string {
  if (kind === 'id-number') return maskIdNumber(display)
  if (kind === 'phone') return maskPhone(display)
  return holderName ? display.split(holderName).join(maskName(holderName)) : display
}

/**
 * The certificate's text as a stranger may read it: the holder's name masked, and the ID number
 * (printed masked, 3505**********1234) left out entirely: its last digits are no business of a
 * verifier who does not already hold the paper.
 */
function publicText(record: DeepReadonly<CertificateRecord>): string {
  const name = record.holder.name
  const withoutId = record.body.split(maskIdNumber(record.holder.idNumber)).join('已隐去')
  return name ? withoutId.split(name).join(maskName(name)) : withoutId
}

/** What the certificate states, in the order a verifier reads the paper: 用途, then the type's fields. */
export function certificateFacts(request: DeepReadonly<CertificateRequestRecord> | undefined, holderName: string): CertificateFact[] {
  if (!request) return []
  return [
    { label: '用途', value: publicValue('text', request.purpose, holderName) },
    ...request.fields.map((f) => ({ label: f.label, value: publicValue(f.kind, f.display, holderName) })),
  ]
}

/**
 * What anyone holding number + code learns: the state on China date `today`, the masked name and
 * what the certificate states (its text with the name masked, the ID number already masked in it),
 * so the paper can be compared with it; never the unmasked name, the revoke reason or the photos.
 */
export function toVerification(record: DeepReadonly<CertificateRecord>, request: DeepReadonly<CertificateRequestRecord> | undefined, today: string): CertificateVerification {
  const name = record.holder.name
  return {
    status: certificateStatusOn(record, today),
    no: record.no,
    type: record.type.name,
    title: record.title,
    issuer: record.issuer,
    issuedAt: record.issuedAt,
    validUntil: record.validUntil,
    holderName: maskName(name),
    revokedAt: record.revokedAt,
    facts: certificateFacts(request, name),
    text: publicText(record),
  }
}

/** Whether `user` is the cadre of the village a request with this upload was sent to (GET /uploads/{fileId}). */
export function cadreMayReadUpload(store: Store, user: DeepReadonly<UserRecord>, fileId: string): boolean {
  if (user.role !== 'cadre' || !user.village) return false
  return store.certificateRequests.villageHasFile(user.village.code, fileId)
}

/**
 * Where a request asks for a certificate committees no longer issue (the 2020 list, by meaning):
 * the screened fields (`fields.<key>`) and 用途 (`purpose`), each with the legal reason and where to
 * get the fact instead; a request asking for one is refused.
 */
export function removedCertificateFields(config: CertificateTypeConfig, values: Readonly<Record<string, unknown>>, purpose: string): Record<string, string> {
  const found: Record<string, string> = {}
  for (const key of config.screenRemoved ?? []) {
    const value = key === 'purpose' ? purpose : values[key]
    const removed = typeof value === 'string' ? findRemovedCertificate(value) : null
    if (removed) found[key === 'purpose' ? 'purpose' : `fields.${key}`] = removedCertificateMessage(removed)
  }
  return found
}
