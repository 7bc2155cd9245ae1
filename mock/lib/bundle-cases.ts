import { randomInt } from 'node:crypto'
import type { BundleCaseSummaryInfo, BundlePartCase, IndustryLicense } from '@contract/bundle'
import type { ELicense } from '@contract/application'
import type { Case, CaseLookupResult, CaseSummary } from '@contract/case'
import type { CertificateVerification } from '@contract/certificate'
import { bundleProgress, bundleTimeline, partSucceeded, type BundlePartProgress, type BundleProgress } from '@/domain/bundle-progress'
import { endingOf, nextStatus, remedyOf } from '@/domain/case-lifecycle'
import { maskName, maskPhone } from '@/domain/mask'
import type { CatalogueItem } from '../seed/types'
import { toIsoChina } from './clock'
import { deadlineOf, newCaseNo, newCaseRecord, toCase, toCaseSummary, wasAccepted, type NewCase } from './cases'
import { addDays, INDUSTRY_LICENSE_NO, newVerificationCode } from './certificates'
import { maskLicenseNumber } from './licenses'
import { sendMessage } from './messages'
import type { Store } from './store'
import type { BundleDeliveryRecord, BundleRecord, CaseFieldRecord, CaseMaterialRecord, CaseRecord, DeepReadonly, IndustryLicenseRecord } from './store/records'
import { chinaDateOf } from './working-days'

/**
 * 一件事 bundle cases (SPEC §7, issue 14). A bundle case is stored as a case of its own (its record
 * carries `bundle`) that fanned out into one part case per chosen item at that item's department; each
 * part case (`bundleCaseNo` set) moves through the ordinary lifecycle (lib/lifecycle.ts, the back
 * office's routes and `npm run case`). What the bundle shows is derived from its parts by the pure rule
 * in src/domain/bundle-progress.ts; `syncBundle` keeps the stored status in step after every part
 * transition (so lists filter and order by it, and the 7-day default rating finds a concluded bundle),
 * issues the 一业一证 行业综合许可证 once every part concluded, and sends the final message once.
 */

type ReadonlyCase = DeepReadonly<CaseRecord>

/** One part the application fans out into, with its share of the merged form. */
export interface NewBundlePart {
  item: CatalogueItem
  required: boolean
  fields: CaseFieldRecord[]
  materials: CaseMaterialRecord[]
  commitmentAccepted: boolean
}

/** What a checked bundle application brings (routes/bundle-applications.ts checks everything). */
export interface NewBundleCase extends Omit<NewCase, 'caseNo' | 'item' | 'commitmentAccepted'> {
  /** The bundle's own catalogue item (its id is the bundle's id). */
  bundleItem: CatalogueItem
  industryLicenseName: string | null
  parts: NewBundlePart[]
  commitmentAccepted: boolean
  delivery: BundleDeliveryRecord
}

function freshCaseNo(store: Store, today: string, taken: Set<string>): string {
  let caseNo = newCaseNo(today)
  while (taken.has(caseNo) || store.cases.has(caseNo)) caseNo = newCaseNo(today)
  taken.add(caseNo)
  return caseNo
}

/**
 * Writes the bundle case and its part cases (inside the request's store.transaction): one case number
 * and query code for the bundle, one case number per part at the part's department. Returns the
 * bundle case as stored.
 */
export function createBundleCase(store: Store, input: NewBundleCase): CaseRecord {
  const today = chinaDateOf(new Date(input.submittedAt))
  const taken = new Set<string>()
  const bundleCaseNo = freshCaseNo(store, today, taken)
  const { parts, bundleItem, delivery, industryLicenseName, ...common } = input
  const partRecords = parts.map((part) =>
    newCaseRecord({ ...common, caseNo: freshCaseNo(store, today, taken), item: part.item, fields: part.fields, materials: part.materials, commitmentAccepted: part.commitmentAccepted }),
  )
  const bundle: BundleRecord = {
    bundleId: bundleItem.id,
    industryLicenseName,
    parts: partRecords.map((r, i) => ({ itemId: r.item.id, name: r.item.name, required: parts[i].required, caseNo: r.caseNo })),
    delivery,
    industryLicense: null,
    finishedNoticeAt: null,
  }
  const record = newCaseRecord({ ...common, caseNo: bundleCaseNo, item: bundleItem })
  // The bundle's limit is its longest part's: its deadline is derived from them anyway.
  record.item.promisedLimitDays = Math.max(0, ...parts.map((p) => p.item.promisedLimitDays))
  record.item.kind = parts.some((p) => p.item.kind === 'promised') ? 'promised' : 'instant'
  record.timeline[0].note = `已分送各部门办理：${partRecords.map((r) => `${r.item.name}（${r.item.department.name}）`).join('、')}`
  record.bundle = bundle
  for (const part of partRecords) {
    part.bundleCaseNo = bundleCaseNo
    store.cases.put(part)
  }
  return store.cases.put(record)
}

/** Whether a stored case is a bundle case. */
export function isBundleCase(record: ReadonlyCase): record is ReadonlyCase & { bundle: DeepReadonly<BundleRecord> } {
  return !!record.bundle
}

/** A bundle's part cases in the guide's order (the order the bundle lists them). */
export function partsOf(store: Store, bundle: ReadonlyCase): CaseRecord[] {
  const found = new Map(store.cases.listParts(bundle.caseNo).map((r) => [r.caseNo, r]))
  return (bundle.bundle?.parts ?? []).map((p) => found.get(p.caseNo)).filter((r): r is CaseRecord => r !== undefined)
}

/** What the progress rule needs of one part case, on China date `today`. */
export function partProgressOf(record: ReadonlyCase, today: string): BundlePartProgress {
  const deadline = deadlineOf(record, today)
  return {
    name: record.item.name,
    status: record.status,
    ending: endingOf(record.status, record.timeline.map((e) => e.status)),
    accepted: wasAccepted(record),
    ...deadline,
    concludedAt: record.concludedAt,
    timeline: record.timeline.map((e) => ({ ...e })),
  }
}

export function progressOf(parts: readonly ReadonlyCase[], today: string): BundleProgress {
  return bundleProgress(parts.map((p) => partProgressOf(p, today)))
}

// --- 一业一证: 行业综合许可证 ---------------------------------------------------------------------------

/**
 * 行业综合许可证 number: `ZH` + the issuing region's 6-digit code + year + 8 random digits, e.g.
 * ZH350582-2022-04817263. Random, not a sequence (as certificate numbers, SPEC §8); its own prefix so
 * GET /certificates/verify tells it from a village certificate by its shape.
 */
export { INDUSTRY_LICENSE_NO }

export const INDUSTRY_LICENSE_TYPE = '行业综合许可证'

/** 有效期: five years, as the 食品经营许可证 it stands for. */
const INDUSTRY_LICENSE_YEARS = 5

export function newIndustryLicenseNo(taken: (no: string) => boolean, regionCode: string, year: string): string {
  for (;;) {
    const no = `ZH${regionCode.slice(0, 6)}-${year}-${String(randomInt(100_000_000)).padStart(8, '0')}`
    if (!taken(no)) return no
  }
}

/** The app's verify page, as for a village certificate: the QR carries number and code. */
export function industryVerifyPath(no: string, code: string): string {
  return `/packages/certificate/verify/index?no=${encodeURIComponent(no)}&code=${encodeURIComponent(code)}`
}

function issueIndustryLicense(store: Store, record: CaseRecord, now: Date): IndustryLicenseRecord {
  const issuedOn = chinaDateOf(now)
  const legal = record.applicantKind === 'legal' && record.applicant.enterprise
  const validUntil = addDays(`${Number(issuedOn.slice(0, 4)) + INDUSTRY_LICENSE_YEARS}${issuedOn.slice(4)}`, -1)
  return {
    number: newIndustryLicenseNo((no) => store.cases.findByLicenseNo(no) !== undefined, record.item.region.code, issuedOn.slice(0, 4)),
    code: newVerificationCode(),
    name: record.bundle?.industryLicenseName ?? INDUSTRY_LICENSE_TYPE,
    holder: legal ? legal.name : record.applicant.name,
    holderId: legal ? legal.creditCode : record.applicant.idNumber,
    holderIsPerson: !legal,
    issuer: record.item.department.name,
    issuedAt: toIsoChina(now),
    issuedOn,
    validUntil,
  }
}

function holderShown(license: DeepReadonly<IndustryLicenseRecord>): string {
  // An enterprise's name is public (as on 营业执照); a person's is masked.
  return license.holderIsPerson === false ? license.holder : maskName(license.holder)
}

export function toIndustryLicense(license: DeepReadonly<IndustryLicenseRecord>): IndustryLicense {
  return {
    number: license.number,
    code: license.code,
    name: license.name,
    holder: holderShown(license),
    issuer: license.issuer,
    issuedOn: license.issuedOn,
    validUntil: license.validUntil,
    verifyPath: industryVerifyPath(license.number, license.code),
  }
}

/** In 我的电子证照 (`GET /me/licenses`): type 行业综合许可证, its name as issuer context, number masked like the others. */
export function toIndustryELicense(license: DeepReadonly<IndustryLicenseRecord>): ELicense {
  return {
    id: `ilc-${license.number}`,
    type: INDUSTRY_LICENSE_TYPE,
    holder: holderShown(license),
    number: maskLicenseNumber(license.number),
    issuer: license.issuer,
    issuedOn: license.issuedOn,
    validUntil: license.validUntil,
  }
}

/** The signed-in person's 行业综合许可证, newest first (their own bundle cases only). */
export function industryLicensesOf(store: Store, ownerId: string): ELicense[] {
  return store.cases
    .listByOwner(ownerId, { statuses: ['concluded'], withoutParts: true })
    .items.map((r) => r.bundle?.industryLicense)
    .filter((l): l is IndustryLicenseRecord => !!l)
    .map(toIndustryELicense)
}

/**
 * What anyone holding number + code learns of a 行业综合许可证 (GET /certificates/verify): the same
 * shape as a village certificate's verification, the holder masked unless an enterprise, the parts it
 * covers as its facts.
 */
export function industryVerification(record: ReadonlyCase, today: string): CertificateVerification | null {
  const license = record.bundle?.industryLicense
  if (!license) return null
  const parts = record.bundle?.parts ?? []
  return {
    status: license.validUntil !== null && today > license.validUntil ? 'expired' : 'valid',
    no: license.number,
    type: INDUSTRY_LICENSE_TYPE,
    title: license.name,
    issuer: license.issuer,
    issuedAt: license.issuedAt,
    validUntil: license.validUntil,
    holderName: holderShown(license),
    revokedAt: null,
    facts: [
      { label: '一件事', value: record.item.name },
      { label: '许可事项', value: parts.map((p) => p.name).join('、') },
    ],
    text: `兹证明${holderShown(license)}已依法取得「${record.item.name}」所含各项许可：${parts.map((p) => p.name).join('、')}。`,
  }
}

// --- keeping the bundle in step ------------------------------------------------------------------

/**
 * After a part case moved (inside the same store.transaction): the bundle's derived status, acceptance
 * and conclusion are stored, the 一业一证 license issued once every part concluded with what was asked,
 * and the final message sent once when every part has ended. A no-op for a case outside a bundle.
 */
export function syncBundle(store: Store, partOrBundleCaseNo: string, now: Date): void {
  const found = store.cases.get(partOrBundleCaseNo)
  const bundleCaseNo = found?.bundle ? found.caseNo : found?.bundleCaseNo
  if (!bundleCaseNo) return
  const record = bundleCaseNo === found?.caseNo ? found : store.cases.get(bundleCaseNo)
  if (!record?.bundle) return
  const parts = partsOf(store, record)
  const today = chinaDateOf(now)
  const progress = progressOf(parts, today)
  record.status = progress.status
  const firstAccepted = parts.filter((p) => p.acceptedAt !== null).sort((a, b) => (a.acceptedAt ?? '').localeCompare(b.acceptedAt ?? ''))[0]
  record.acceptedAt = firstAccepted?.acceptedAt ?? null
  record.acceptedOn = firstAccepted?.acceptedOn ?? null
  record.concludedAt = progress.concludedAt
  const everyPartSucceeded = parts.length > 0 && parts.every((p) => partSucceeded({ status: p.status, ending: endingOf(p.status, p.timeline.map((e) => e.status)) }))
  if (record.bundle.industryLicenseName && everyPartSucceeded && !record.bundle.industryLicense) {
    record.bundle.industryLicense = issueIndustryLicense(store, record, now)
  }
  if (progress.concludedAt !== null && record.bundle.finishedNoticeAt === null) {
    record.bundle.finishedNoticeAt = toIsoChina(now)
    // The results go out together once every part has ended: by mail, with a tracking number.
    if (record.bundle.delivery.method === 'mail' && progress.concludedParts > 0) record.bundle.delivery.trackingNo = newTrackingNo()
    const license = record.bundle.industryLicense ? `，${record.bundle.industryLicense.name}已发放` : ''
    const body =
      progress.concludedParts === parts.length
        ? `「${record.item.name}」${parts.length} 项已全部办结${license}，请查看办理结果并评价。办件编号 ${record.caseNo}。`
        : `「${record.item.name}」各项已办理完毕：${progress.concludedParts}/${parts.length} 项办结，其余见各项说明。办件编号 ${record.caseNo}。`
    sendMessage(store, record.ownerId, { kind: 'case', title: '一件事已办结', body, target: { page: 'case', caseNo: record.caseNo } }, now)
  }
  store.cases.put(record)
}

/** The parts the person may still withdraw (never accepted). */
export function withdrawableParts(parts: readonly ReadonlyCase[]): ReadonlyCase[] {
  return parts.filter((p) => nextStatus(p.status, 'withdraw', { accepted: wasAccepted(p) }) !== null)
}

// --- wire shapes ---------------------------------------------------------------------------------

function toBundlePart(record: ReadonlyCase, today: string): BundlePartCase {
  const c = toCase(record, today)
  return {
    itemId: c.item.id,
    name: c.item.name,
    department: { ...c.item.department },
    caseNo: c.caseNo,
    status: c.status,
    step: c.step,
    ending: c.ending,
    deadline: c.dueBy,
    overdue: c.overdue,
    concludedAt: c.concludedAt,
    supplement: c.supplement,
    result: c.result?.text ?? null,
  }
}

/** The delivery as the owner sees it: recipient and phone masked like the applicant's. */
function deliveryOf(d: DeepReadonly<BundleDeliveryRecord>): NonNullable<Case['bundle']>['delivery'] {
  return d.method === 'window'
    ? { method: 'window', hallId: d.hallId, hallName: d.hallName }
    : { method: 'mail', address: d.address, recipient: maskName(d.recipient), phone: maskPhone(d.phone), trackingNo: d.trackingNo }
}

/** How the results reach the person, in words (Case.result.delivery). */
function deliveryWords(d: DeepReadonly<BundleDeliveryRecord>): string[] {
  return d.method === 'window' ? [`${d.hallName}窗口统一领取`] : [`统一邮寄送达${d.trackingNo ? `（运单号 ${d.trackingNo}）` : ''}`]
}

/** A mail tracking number in the UPU S10 shape China Post uses for EMS (E + letter + 9 digits + CN). */
function newTrackingNo(): string {
  const letters = 'ABCDEFGHJKLMNPQRSTUVWXYZ'
  return `E${letters[randomInt(letters.length)]}${String(randomInt(1_000_000_000)).padStart(9, '0')}CN`
}

/**
 * The bundle case as its owner sees it (`POST /bundle-applications`, `GET /cases/{caseNo}`): the
 * submitted merged form and materials, the parts with their own status and deadline, and everything
 * derived from them: status, step, ending, deadline, timeline, the outstanding 补正 (the first part
 * asking; each part's own is on `parts`), whether 撤回 is still possible (some part not yet accepted).
 */
export function toBundleCase(record: ReadonlyCase, parts: readonly ReadonlyCase[], today: string): Case {
  const base = toCase(record, today)
  const progress = progressOf(parts, today)
  const wires = parts.map((p) => toBundlePart(p, today))
  const asking = wires.find((p) => p.supplement !== null)
  const bundle = record.bundle
  return {
    ...base,
    status: progress.status,
    step: progress.step,
    ending: progress.ending,
    remedy: remedyOf(progress.ending, record.item),
    dueBy: progress.dueBy,
    dueByProvisional: progress.dueByProvisional,
    remainingWorkingDays: progress.remainingWorkingDays,
    overdue: progress.overdue,
    paused: progress.paused,
    timeline: bundleTimeline(base.timeline, parts.map((p) => ({ name: p.item.name, timeline: p.timeline.map((e) => ({ ...e })) }))),
    concludedAt: progress.concludedAt,
    supplement: asking?.supplement ?? null,
    result: progress.concludedAt ? { text: `${progress.concludedParts}/${parts.length} 项已办结`, delivery: bundle ? deliveryWords(bundle.delivery) : [] } : null,
    canWithdraw: withdrawableParts(parts).length > 0,
    parts: wires,
    bundle: {
      bundleId: bundle?.bundleId ?? record.item.id,
      concludedParts: progress.concludedParts,
      delivery: bundle ? deliveryOf(bundle.delivery) : { method: 'window', hallId: '', hallName: '' },
      industryLicense: bundle?.industryLicense ? toIndustryLicense(bundle.industryLicense) : null,
    },
  }
}

/** A part case: the ordinary case, naming its bundle (supplements and rating go there). */
export function toPartCase(record: ReadonlyCase, today: string): Case {
  return { ...toCase(record, today), bundleCaseNo: record.bundleCaseNo ?? null, rateBy: null }
}

function summaryInfo(parts: readonly ReadonlyCase[], progress: BundleProgress, today: string): BundleCaseSummaryInfo {
  return {
    partCount: parts.length,
    concludedParts: progress.concludedParts,
    parts: parts.map((p) => {
      const s = toCaseSummary(p, today)
      return { name: s.item.name, status: s.status, step: s.step }
    }),
  }
}

/** The bundle case's row in 办件 (`GET /cases`): derived status and deadline, per-part progress. */
export function toBundleSummary(record: ReadonlyCase, parts: readonly ReadonlyCase[], today: string): CaseSummary {
  const progress = progressOf(parts, today)
  return {
    ...toCaseSummary(record, today),
    status: progress.status,
    step: progress.step,
    dueBy: progress.dueBy,
    dueByProvisional: progress.dueByProvisional,
    remainingWorkingDays: progress.remainingWorkingDays,
    overdue: progress.overdue,
    paused: progress.paused,
    bundle: summaryInfo(parts, progress, today),
  }
}

/** `POST /cases/lookup` with the bundle's number and query code: progress only, per part. */
export function toBundleLookup(record: ReadonlyCase, parts: readonly ReadonlyCase[], today: string): CaseLookupResult {
  const { proxy: _proxy, ...summary } = toBundleSummary(record, parts, today)
  const timeline = bundleTimeline(
    record.timeline.map((e) => ({ ...e })),
    parts.map((p) => ({ name: p.item.name, timeline: p.timeline.map((e) => ({ ...e })) })),
  )
  return { ...summary, applicantName: maskName(record.applicant.name), timeline }
}

/**
 * Which part a bundle's 补正 answer goes to: the part named by `partCaseNo`, else the one part asking.
 * When several parts ask and none is named, the person must say which (422 naming them).
 */
export function supplementTarget(parts: readonly ReadonlyCase[], partCaseNo: string | undefined): { target: ReadonlyCase | null; problem: string | null } {
  const asking = parts.filter((p) => p.supplement !== null && p.status === 'needs-supplement')
  if (partCaseNo !== undefined) {
    const named = parts.find((p) => p.caseNo === partCaseNo)
    if (!named) return { target: null, problem: '所选部分不属于这件一件事办件' }
    return { target: named, problem: null }
  }
  if (asking.length === 1) return { target: asking[0], problem: null }
  if (asking.length === 0) return { target: null, problem: null }
  return { target: null, problem: `有 ${asking.length} 项需要补正（${asking.map((p) => p.item.name).join('、')}），请用 partCaseNo 指明补正哪一项` }
}
