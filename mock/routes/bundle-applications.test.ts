import type { ELicense } from '@contract/application'
import type { Case, CaseLookupResult, CaseSummary } from '@contract/case'
import type { CertificateVerification } from '@contract/certificate'
import type { Page } from '@contract/common'
import type { Message } from '@contract/message'
import type { Rating } from '@contract/rating'
import { DEFAULT_LEVEL } from '@/domain/rating-rules'
import { bundleGuide } from '../lib/bundle-forms'
import { createSeedLookup } from '../lib/lookup'
import { createTestApp, type TestApp } from '../test-support/test-app'
import {
  bundleApplication,
  bundleCaseWorld,
  bundleItemNamed,
  bundleKey,
  confirmedFamilyMember,
  drive,
  people,
  PARENT_NAME,
  rate,
  setClock,
  submitBundle,
  transition,
  type BundleWorld,
} from '../test-support/worlds'

// Bundle worlds submit several parts through the routes: slower than one case on a busy machine.
jest.setTimeout(60_000)

function fieldErrors(body: unknown): Record<string, string> {
  return (body as { error: { fields?: Record<string, string> } }).error.fields ?? {}
}

function bundleOf(t: TestApp, w: BundleWorld): Promise<Case> {
  return t.get<Case>(`/api/v1/cases/${w.bundle.caseNo}`, { token: w.resident }).then((r) => r.body)
}

async function concludeAll(w: BundleWorld, only?: number): Promise<void> {
  for (const part of w.parts.slice(0, only ?? w.parts.length)) await drive(w.t, w, part.caseNo, ['accept', 'approve', 'conclude'])
}

async function messagesOf(t: TestApp, token: string): Promise<Message[]> {
  return (await t.get<Page<Message>>('/api/v1/me/messages?pageSize=50', { token })).body.items
}

describe('POST /bundle-applications — one bundle case, one part case per chosen part', () => {
  it('answers 201 with the bundle case: its own number and query code, each part at its department with its own case number and deadline', async () => {
    const t = createTestApp()
    const w = await bundleCaseWorld(t)
    const guide = bundleGuide(createSeedLookup(t.seed), w.bundleId)
    const c = w.bundle
    expect(c.caseNo).toMatch(/^QZ20220301[0-9A-HJKMNP-TV-Z]{8}$/)
    expect(c.queryCode).toMatch(/^\d{6}$/)
    expect(c.item.name).toBe('新生儿出生一件事')
    expect(c.status).toBe('submitted')
    expect(c.parts?.map((p) => p.itemId)).toEqual(guide.parts.map((p) => p.itemId))
    expect(new Set(c.parts?.map((p) => p.caseNo)).size).toBe(guide.parts.length)
    for (const [i, part] of (c.parts ?? []).entries()) {
      expect(part.caseNo).not.toBe(c.caseNo)
      expect(part.department).toEqual(guide.parts[i].department)
      expect(part.status).toBe('submitted')
      expect(part.deadline).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      const stored = t.store.cases.get(part.caseNo)
      expect(stored?.bundleCaseNo).toBe(c.caseNo)
      expect(stored?.item.department.id).toBe(guide.parts[i].department.id)
    }
    expect(c.dueBy).toBe([...(c.parts ?? [])].map((p) => p.deadline ?? '').sort().at(-1))
    expect(c.bundle).toMatchObject({ bundleId: w.bundleId, concludedParts: 0, industryLicense: null, delivery: { method: 'window', hallName: guide.halls[0].name } })
    expect(t.store.cases.count()).toBe(1 + guide.parts.length)

    // A part case names its bundle, and the bundle is one row in 办件 (its parts are not listed apart).
    const part = await t.get<Case>(`/api/v1/cases/${w.parts[0].caseNo}`, { token: w.resident })
    expect(part.body.bundleCaseNo).toBe(c.caseNo)
    const list = await t.get<Page<CaseSummary>>('/api/v1/cases', { token: w.resident })
    expect(list.body.items.map((r) => r.caseNo)).toEqual([c.caseNo])
    expect(list.body.items[0].bundle).toEqual({ partCount: guide.parts.length, concludedParts: 0, parts: guide.parts.map((p) => ({ name: p.name, status: 'submitted', step: 'submitted' })) })
  })

  it('makes one bundle case under 20 parallel identical posts with one key; another body with the key is a 409 naming it', async () => {
    const t = createTestApp()
    const who = await people(t)
    const id = bundleItemNamed(t.seed).id
    const input = bundleApplication(t, id, who.fileId)
    const key = bundleKey()
    const answers = await Promise.all(Array.from({ length: 20 }, () => submitBundle(t, who.resident, input, key)))
    expect(answers.filter((r) => r.status === 201)).toHaveLength(1)
    expect(answers.filter((r) => r.status === 200)).toHaveLength(19)
    expect(new Set(answers.map((r) => r.body.caseNo)).size).toBe(1)
    expect(t.store.cases.count()).toBe(1 + input.parts.length)

    const changed = await submitBundle(t, who.resident, { ...input, delivery: { method: 'mail', address: '晋江市安海镇西安村西安路12号', recipient: '陈小明', phone: '13905950000' } }, key)
    expect(changed.status).toBe(409)
    expect(changed.text).toContain(answers[0].body.caseNo)
    expect(t.store.cases.count()).toBe(1 + input.parts.length)
  })

  it('needs an Idempotency-Key, and answers 422 on the merged form’s keys (fields, delivery, parts)', async () => {
    const t = createTestApp()
    const who = await people(t)
    const id = bundleItemNamed(t.seed).id
    const input = bundleApplication(t, id, who.fileId)
    const noKey = await t.post('/api/v1/bundle-applications', { token: who.resident, json: input })
    expect(noKey.status).toBe(400)

    const [firstKey] = Object.keys(input.fields)
    const { [firstKey]: _dropped, ...fields } = input.fields
    const bad = await submitBundle(t, who.resident, { ...input, fields, delivery: { method: 'window', hallId: 'no-such-hall' } })
    expect(bad.status).toBe(422)
    expect(fieldErrors(bad.body)[`fields.${firstKey}`]).toMatch(/^(请|.*不能为空|.*必填)/)
    expect(fieldErrors(bad.body)['delivery.hallId']).toBe('请选择列出的领取大厅')

    const mail = await submitBundle(t, who.resident, { ...input, delivery: { method: 'mail', address: '晋江市安海镇西安村西安路12号', recipient: '陈小明', phone: '123' } })
    expect(mail.status).toBe(422)
    expect(Object.keys(fieldErrors(mail.body))).toEqual(['delivery.phone'])
    expect(t.store.cases.count()).toBe(0)
  })
})

describe('a bundle case follows its parts', () => {
  it('part transitions drive the bundle: accepted, 2 of 4 concluded, then concluded with one final message', async () => {
    const t = createTestApp()
    const w = await bundleCaseWorld(t)
    await transition(t, w.admin, w.parts[0].caseNo, 'accept')
    expect((await bundleOf(t, w)).status).toBe('accepted')

    await drive(t, w, w.parts[0].caseNo, ['approve', 'conclude'])
    await drive(t, w, w.parts[1].caseNo, ['accept', 'approve', 'conclude'])
    const half = await bundleOf(t, w)
    expect(half.status).toBe('in-review')
    expect(half.bundle?.concludedParts).toBe(2)
    expect(half.parts?.map((p) => p.status)).toEqual(['concluded', 'concluded', ...w.parts.slice(2).map(() => 'submitted')])
    expect(half.timeline.some((e) => e.title === `${w.parts[0].name}：已办结`)).toBe(true)
    const listed = (await t.get<Page<CaseSummary>>('/api/v1/cases', { token: w.resident })).body.items[0]
    expect(listed.bundle?.concludedParts).toBe(2)

    // Each part's conclusion is a 'bundle part concluded' message linking to the bundle case.
    const partMessages = (await messagesOf(t, w.resident)).filter((m) => m.title === '一件事部分办结')
    expect(partMessages).toHaveLength(2)
    expect(partMessages[0].link).toContain(`caseNo=${w.bundle.caseNo}`)
    expect(partMessages[0].body).toContain(`已办结 2/${w.parts.length} 项`)

    await concludeAll({ ...w, parts: w.parts.slice(2) })
    const done = await bundleOf(t, w)
    expect(done).toMatchObject({ status: 'concluded', step: 'concluded', ending: null, bundle: { concludedParts: w.parts.length } })
    expect(done.rateBy).not.toBeNull()
    const finals = (await messagesOf(t, w.resident)).filter((m) => m.title === '一件事已办结')
    expect(finals).toHaveLength(1)
    expect(finals[0].link).toContain(`caseNo=${w.bundle.caseNo}`)
  })

  it('a part’s supplement shows on the bundle and its answer through the bundle goes to that part; two parts asking need partCaseNo', async () => {
    const t = createTestApp()
    const w = await bundleCaseWorld(t)
    const [a, b] = w.parts
    await transition(t, w.admin, a.caseNo, 'request-supplement', { supplementItems: ['父母结婚证'] })
    const asking = await bundleOf(t, w)
    expect(asking.status).toBe('needs-supplement')
    expect(asking.supplement?.items).toEqual(['父母结婚证'])
    expect(asking.parts?.[0].supplement?.items).toEqual(['父母结婚证'])
    const messages = await messagesOf(t, w.resident)
    expect(messages.find((m) => m.title === '请补正材料')?.link).toContain(`caseNo=${w.bundle.caseNo}`)

    const answered = await t.post<Case>(`/api/v1/cases/${w.bundle.caseNo}/supplements`, { token: w.resident, json: { materials: [{ name: '父母结婚证', fileIds: [w.fileId] }], note: '已补充' } })
    expect(answered.status).toBe(200)
    expect(answered.body.caseNo).toBe(w.bundle.caseNo)
    expect(answered.body.status).toBe('submitted')
    expect(t.store.cases.get(a.caseNo)?.supplements[0].materials[0].name).toBe('父母结婚证')

    await transition(t, w.admin, a.caseNo, 'request-supplement', { supplementItems: ['出生医学证明'] })
    await transition(t, w.admin, b.caseNo, 'request-supplement', { supplementItems: ['户口簿'] })
    const which = await t.post(`/api/v1/cases/${w.bundle.caseNo}/supplements`, { token: w.resident, json: { materials: [{ name: '户口簿', fileIds: [w.fileId] }] } })
    expect(which.status).toBe(422)
    expect(fieldErrors(which.body).partCaseNo).toContain('partCaseNo')
    const toB = await t.post<Case>(`/api/v1/cases/${w.bundle.caseNo}/supplements`, { token: w.resident, json: { partCaseNo: b.caseNo, materials: [{ name: '户口簿', fileIds: [w.fileId] }] } })
    expect(toB.status).toBe(200)
    expect(toB.body.parts?.map((p) => p.status).slice(0, 2)).toEqual(['needs-supplement', 'submitted'])
    expect(toB.body.supplement?.items).toEqual(['出生医学证明'])
  })

  it('is rated once, through the bundle; a part refuses its own rating pointing to the bundle', async () => {
    const t = createTestApp()
    const w = await bundleCaseWorld(t)
    expect((await rate(t, w.resident, w.bundle.caseNo, { level: 5 })).status).toBe(409)
    await concludeAll(w)
    const part = await rate(t, w.resident, w.parts[0].caseNo, { level: 5 })
    expect(part.status).toBe(409)
    expect(part.text).toContain(w.bundle.caseNo)
    const first = await rate(t, w.resident, w.bundle.caseNo, { level: 5 })
    expect(first.status).toBe(201)
    expect((first.body as Rating).item.name).toBe('新生儿出生一件事')
    expect((await rate(t, w.resident, w.bundle.caseNo, { level: 4 })).status).toBe(409)
    expect(t.store.ratings.count()).toBe(1)
    const pending = await t.get<{ items: unknown[] }>('/api/v1/ratings/pending', { token: w.resident })
    if (pending.status === 200) expect(pending.body.items).toEqual([])
  })

  it('gets the 7-day default 满意 once, on the bundle case only (its parts are never rated apart)', async () => {
    const t = createTestApp()
    const w = await bundleCaseWorld(t)
    await concludeAll(w)
    expect((await setClock(t, w.admin, '2022-03-10T09:00:00+08:00')).status).toBe(200)
    const bundle = await bundleOf(t, w)
    expect(bundle.rating).toMatchObject({ source: 'default', level: DEFAULT_LEVEL })
    expect(t.store.ratings.count()).toBe(1)
    for (const part of w.parts) expect(t.store.cases.get(part.caseNo)?.rating ?? null).toBeNull()
  })

  it('withdrawing the bundle withdraws the parts not yet accepted; lookup with the bundle’s number and query code shows the parts', async () => {
    const t = createTestApp()
    const w = await bundleCaseWorld(t)
    await transition(t, w.admin, w.parts[0].caseNo, 'accept')
    const res = await t.post<Case>(`/api/v1/cases/${w.bundle.caseNo}/withdraw`, { token: w.resident, json: { reason: '不需要了' } })
    expect(res.status).toBe(200)
    expect(res.body.parts?.map((p) => p.status)).toEqual(['accepted', ...w.parts.slice(1).map(() => 'withdrawn')])
    expect(res.body.status).toBe('accepted')
    expect(res.body.canWithdraw).toBe(false)
    expect((await t.post(`/api/v1/cases/${w.bundle.caseNo}/withdraw`, { token: w.resident, json: {} })).status).toBe(409)

    const lookup = await t.post<CaseLookupResult>('/api/v1/cases/lookup', { json: { caseNo: w.bundle.caseNo, queryCode: w.bundle.queryCode } })
    expect(lookup.status).toBe(200)
    expect(lookup.body.bundle?.parts.map((p) => p.status)).toEqual(['accepted', ...w.parts.slice(1).map(() => 'withdrawn')])
    expect(lookup.body).not.toHaveProperty('proxy')
  })

  it('the back office moves parts, not the bundle, and its list names each part’s bundle', async () => {
    const t = createTestApp()
    const w = await bundleCaseWorld(t)
    const refused = await transition(t, w.admin, w.bundle.caseNo, 'accept')
    expect(refused.status).toBe(409)
    expect(refused.text).toContain(w.parts[0].caseNo)
    const list = await t.get<Page<CaseSummary & { bundleCaseNo?: string; actions: string[] }>>('/api/v1/admin/cases?pageSize=50', { token: w.admin })
    const parts = list.body.items.filter((r) => r.bundleCaseNo === w.bundle.caseNo)
    expect(parts.map((r) => r.caseNo).sort()).toEqual(w.parts.map((p) => p.caseNo).sort())
    expect(list.body.items.find((r) => r.caseNo === w.bundle.caseNo)?.actions).toEqual([])
  })
})

describe('one delivery for every part', () => {
  it('mail: recipient and phone masked on the case; a tracking number once every part has ended', async () => {
    const t = createTestApp()
    const who = await people(t)
    const id = bundleItemNamed(t.seed).id
    const delivery = { method: 'mail' as const, address: '晋江市安海镇西安村西安路12号', recipient: '陈小明', phone: '13905950000' }
    const res = await submitBundle(t, who.resident, bundleApplication(t, id, who.fileId, { delivery }))
    expect(res.status).toBe(201)
    expect(res.body.bundle?.delivery).toEqual({ method: 'mail', address: delivery.address, recipient: '陈**', phone: '139****0000', trackingNo: null })
    const w: BundleWorld = { ...who, t, bundleId: id, bundle: res.body, parts: (res.body.parts ?? []).map((p) => ({ itemId: p.itemId, name: p.name, caseNo: p.caseNo })) }
    await concludeAll(w)
    const done = await bundleOf(t, w)
    expect(done.bundle?.delivery.trackingNo).toMatch(/^E[A-Z]\d{9}CN$/)
    expect(done.result?.delivery[0]).toContain(done.bundle?.delivery.trackingNo ?? '-')
  })
})

describe('一业一证 and 为家人办', () => {
  it('issues one 行业综合许可证 when every part concluded: on the case, among the e-licenses, verified like a certificate', async () => {
    const t = createTestApp()
    const lookup = createSeedLookup(t.seed)
    const item = t.seed.items.find((i) => i.name === '我要开餐饮店一件事' && bundleGuide(lookup, i.id).industryLicenseName !== null && bundleGuide(lookup, i.id).palm)
    if (!item) throw new Error('the seed has no 一业一证 餐饮 bundle in a pilot region')
    const w = await bundleCaseWorld(t, { name: item.name, bundleId: item.id })
    await concludeAll(w, w.parts.length - 1)
    expect((await bundleOf(t, w)).bundle?.industryLicense).toBeNull()
    await concludeAll({ ...w, parts: w.parts.slice(-1) })
    const done = await bundleOf(t, w)
    const license = done.bundle?.industryLicense
    expect(license?.number).toMatch(/^ZH350582-2022-\d{8}$|^ZH\d{6}-2022-\d{8}$/)
    expect(license?.code).toMatch(/^[A-Z2-9]{8}$/)
    expect(license?.name).toBe('餐饮行业综合许可证')
    expect(license?.validUntil).toBe('2027-02-28')
    expect(license?.verifyPath).toContain(encodeURIComponent(license?.number ?? ''))

    const licenses = await t.get<Page<ELicense>>('/api/v1/me/licenses', { token: w.resident })
    expect(licenses.body.items.filter((l) => l.type === '行业综合许可证')).toHaveLength(1)

    const verified = await t.get<CertificateVerification>(`/api/v1/certificates/verify?no=${license?.number}&code=${license?.code}`)
    expect(verified.status).toBe(200)
    expect(verified.body).toMatchObject({ status: 'valid', no: license?.number, type: '行业综合许可证', title: '餐饮行业综合许可证' })
    expect(verified.body.holderName).not.toBe('测试居民')
    const wrong = await t.get(`/api/v1/certificates/verify?no=${license?.number}&code=AAAAAAAA`)
    expect(wrong.status).toBe(404)
  })

  it('为家人办: a bundle for a confirmed family member makes every part hers, and refuses the resident’s own e-licenses', async () => {
    const t = createTestApp()
    const who = await people(t)
    const member = await confirmedFamilyMember(t, who.resident)
    const id = bundleItemNamed(t.seed).id
    const input = bundleApplication(t, id, who.fileId, { onBehalfOf: member.id })
    const withLicense = { ...input, materials: [{ ...input.materials[0], fileIds: [], licenseId: 'lic-0123456789abcdef' }, ...input.materials.slice(1)] }
    const refused = await submitBundle(t, who.resident, withLicense)
    expect(refused.status).toBe(422)
    expect(fieldErrors(refused.body)[`materials.${input.materials[0].key}`]).toBe('为家人办理时不能使用本人的电子证照，请上传家人的材料')
    const res = await submitBundle(t, who.resident, input)
    expect(res.status).toBe(201)
    expect(res.body.applicant.name).toBe(`${PARENT_NAME[0]}**`)
    expect(res.body.agent?.name).toMatch(/^.\*+$/)
    for (const part of res.body.parts ?? []) {
      const stored = t.store.cases.get(part.caseNo)
      expect(stored?.familyMemberId).toBe(member.id)
      expect(stored?.applicant.name).toBe(PARENT_NAME)
    }
  })
})
