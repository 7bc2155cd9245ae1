import type { ELicense, FormSchema } from '@contract/application'
import type { Case, CaseSummary } from '@contract/case'
import type { Certificate, CertificateRequest, CertificateVerification } from '@contract/certificate'
import type { Page } from '@contract/common'
import type { FamilyAuthorization, FamilyMember, OwnContact } from '@contract/family'
import type { Message } from '@contract/message'
import { cityItem, testIdNumber, validApplication } from '../test-support/fixtures'
import { createTestApp, isErrorBody, type TestApp } from '../test-support/test-app'
import { maskIdNumber } from '@/domain/mask'
import {
  addFamilyMember,
  cadreActs,
  confirmedFamilyMember,
  familyCodeOf,
  PARENT_ID,
  PARENT_NAME,
  people,
  residenceInput,
  submitRequest,
  type People,
} from '../test-support/worlds'

/** A 高龄津贴 application for `onBehalfOf` (the parent) with every field filled and an uploaded file. */
async function allowanceFor(t: TestApp, who: People, onBehalfOf: string | null) {
  const item = cityItem(t.seed, '高龄津贴申领')
  const schema = (await t.get<FormSchema>(`/api/v1/items/${item.id}/form`)).body
  return { ...validApplication(schema, who.fileId), onBehalfOf }
}

/** The parent's own account: 新用户 verified with the parent's identity. */
async function parentAccount(t: TestApp): Promise<string> {
  const { token } = await t.signIn('resident-new')
  await t.verifyRealName(token, { name: PARENT_NAME, idNumber: PARENT_ID })
  return token
}

describe('为家人办: adding and confirming a family member', () => {
  it('validates the member’s ID number (GB 11643), name and relation, field by field', async () => {
    const t = createTestApp()
    const who = await people(t)
    const wrongCheck = `${PARENT_ID.slice(0, 17)}${PARENT_ID.endsWith('0') ? '1' : '0'}`
    const res = await addFamilyMember<{ error: { fields: Record<string, string> } }>(t, who.resident, { idNumber: wrongCheck, relation: 'uncle', name: 'X' })
    expect(res.status).toBe(422)
    expect(isErrorBody(res.body)).toBe(true)
    const fields = res.body.error.fields
    expect(fields.idNumber).toMatch(/身份证号/)
    expect(fields.relation).toMatch(/父母、配偶、子女/)
    expect(fields.name).toMatch(/姓名只能包含汉字/)
  })

  it('refuses the resident’s own ID, needs real-name verification first and an Idempotency-Key', async () => {
    const t = createTestApp()
    const who = await people(t)
    const me = await t.get<{ realName: { idNumber: string } }>('/api/v1/me', { token: who.resident })
    expect(me.status).toBe(200)
    const own = t.store.users.get('demo-resident')!.realName!.idNumber
    const self = await addFamilyMember(t, who.resident, { idNumber: own })
    expect(self.status).toBe(422)
    expect(self.text).toContain('本人的身份证号')

    const fresh = (await t.signIn('resident-new')).token
    expect((await addFamilyMember(t, fresh)).status).toBe(409)

    const noKey = await t.post('/api/v1/me/family', { token: who.resident, json: { name: PARENT_NAME, idNumber: PARENT_ID, relation: 'parent' } })
    expect(noKey.status).toBe(400)
  })

  it('a repeat with the same key gives the same member; the same key with another body is a 409', async () => {
    const t = createTestApp()
    const who = await people(t)
    const first = await addFamilyMember(t, who.resident, {}, 'family-same-key')
    expect(first.status).toBe(201)
    expect(first.body).toMatchObject({ name: '王**', relation: 'parent', status: 'pending' })
    expect(JSON.stringify(first.body)).not.toContain(PARENT_ID)
    const again = await addFamilyMember(t, who.resident, {}, 'family-same-key')
    expect(again.status).toBe(200)
    expect(again.body.id).toBe(first.body.id)
    const changed = await addFamilyMember(t, who.resident, { relation: 'other' }, 'family-same-key')
    expect(changed.status).toBe(409)
    expect(t.store.familyMembers.count()).toBe(1)
    // The same person twice (another key) is refused too.
    expect((await addFamilyMember(t, who.resident)).status).toBe(409)
  })

  it('the member sees the code in their own account; a wrong code is refused, the right one confirms', async () => {
    const t = createTestApp()
    const who = await people(t)
    const added = (await addFamilyMember(t, who.resident)).body
    const parent = await parentAccount(t)
    const requests = await t.get<Page<FamilyAuthorization>>('/api/v1/me/family/requests', { token: parent })
    expect(requests.status).toBe(200)
    expect(requests.headers.get('cache-control')).toContain('no-store')
    expect(requests.body.items).toHaveLength(1)
    const request = requests.body.items[0]
    expect(request).toMatchObject({ id: added.id, relation: 'parent', status: 'pending', requester: { name: '测***' } })
    expect(request.code).toMatch(/^\d{6}$/)
    expect(request.code).toBe(await familyCodeOf(t, added.id))

    const wrong = request.code === '000000' ? '111111' : '000000'
    const refused = await t.post(`/api/v1/me/family/${added.id}/confirm`, { token: who.resident, json: { code: wrong } })
    expect(refused.status).toBe(422)
    expect(refused.text).toContain('确认码不正确')
    // Only the resident who added the member can confirm.
    expect((await t.post(`/api/v1/me/family/${added.id}/confirm`, { token: parent, json: { code: request.code } })).status).toBe(404)

    const confirmed = await t.post<FamilyMember>(`/api/v1/me/family/${added.id}/confirm`, { token: who.resident, json: { code: request.code } })
    expect(confirmed.status).toBe(200)
    expect(confirmed.body.status).toBe('confirmed')
    const after = await t.get<Page<FamilyAuthorization>>('/api/v1/me/family/requests', { token: parent })
    expect(after.body.items[0]).toMatchObject({ status: 'confirmed', code: null })
  })

  it('a member who already has an account is told in their messages, with a link to 家人; the resident is not', async () => {
    const t = createTestApp()
    const who = await people(t)
    const parent = await parentAccount(t)
    expect((await addFamilyMember(t, who.resident)).status).toBe(201)
    const inbox = await t.get<Page<Message>>('/api/v1/me/messages', { token: parent })
    expect(inbox.body.items).toHaveLength(1)
    expect(inbox.body.items[0]).toMatchObject({ kind: 'family', title: '家人申请为您代办', link: '/packages/account/family/index', readAt: null })
    expect(inbox.body.items[0].body).toContain('测***')
    // The code itself is never in a message: only the member's own 家人 page shows it.
    const code = (await t.get<Page<FamilyAuthorization>>('/api/v1/me/family/requests', { token: parent })).body.items[0].code!
    expect(inbox.body.items[0].body).not.toContain(code)
    const own = await t.get<Page<Message>>('/api/v1/me/messages', { token: who.resident })
    expect(own.body.items.filter((m) => m.kind === 'family')).toHaveLength(0)
  })

  it('a member who opens an account later is told when they verify their real name', async () => {
    const t = createTestApp()
    const who = await people(t)
    expect((await addFamilyMember(t, who.resident)).status).toBe(201)
    const parent = await parentAccount(t)
    const inbox = await t.get<Page<Message>>('/api/v1/me/messages', { token: parent })
    expect(inbox.body.items.map((m) => m.title)).toEqual(['家人申请为您代办'])
  })

  it('five wrong codes replace the code, so guessing does not get round the member', async () => {
    const t = createTestApp()
    const who = await people(t)
    const added = (await addFamilyMember(t, who.resident)).body
    const code = await familyCodeOf(t, added.id)
    const wrong = code === '000000' ? '111111' : '000000'
    let last = ''
    for (let i = 0; i < 5; i += 1) last = (await t.post(`/api/v1/me/family/${added.id}/confirm`, { token: who.resident, json: { code: wrong } })).text
    expect(last).toContain('已作废')
    const old = await t.post(`/api/v1/me/family/${added.id}/confirm`, { token: who.resident, json: { code } })
    // The old code works only if the new one happens to be the same (one in a million).
    if ((await familyCodeOf(t, added.id)) !== code) expect(old.status).toBe(422)
  })
})

describe('为家人办: applying for a member', () => {
  it('only a confirmed member can be chosen: unknown is a 422, waiting a 409, someone else’s a 422', async () => {
    const t = createTestApp()
    const who = await people(t)
    const pending = (await addFamilyMember(t, who.resident)).body
    const waiting = await t.submit(who.resident, await allowanceFor(t, who, pending.id))
    expect(waiting.status).toBe(409)
    expect(waiting.text).toContain('还没有确认授权')

    const unknown = await t.submit(who.resident, await allowanceFor(t, who, 'JR0000000000AA'))
    expect(unknown.status).toBe(422)
    expect(unknown.text).toContain('所选家人不存在')

    const neighbour = (await t.signIn('resident-new')).token
    await t.verifyRealName(neighbour, { name: '李邻居', idNumber: '11010519491231002X' })
    const theirs = await confirmedFamilyMember(t, neighbour)
    const notMine = await t.submit(who.resident, await allowanceFor(t, who, theirs.id))
    expect(notMine.status).toBe(422)
    expect(t.store.cases.count()).toBe(0)
  })

  it('a confirmed member’s case names the member as 申请人 and the resident as 经办人, and both see it', async () => {
    const t = createTestApp()
    const who = await people(t)
    const member = await confirmedFamilyMember(t, who.resident)
    const res = await t.submit<Case>(who.resident, await allowanceFor(t, who, member.id))
    expect(res.status).toBe(201)
    expect(res.body.applicant.name).toBe('王**')
    expect(res.body.applicant.idNumber).not.toBe(PARENT_ID)
    expect(res.body.applicant.idNumber.endsWith(PARENT_ID.slice(-4))).toBe(true)
    expect(res.body.agent).toMatchObject({ name: '测***' })
    expect(JSON.stringify(res.body)).not.toContain(PARENT_ID)

    const residentList = await t.get<Page<CaseSummary>>('/api/v1/cases', { token: who.resident })
    expect(residentList.body.items.map((c) => c.caseNo)).toEqual([res.body.caseNo])
    expect(residentList.body.items[0].proxy).toEqual({ applicantName: '王**', agentName: '测***' })

    const parent = await parentAccount(t)
    const parentList = await t.get<Page<CaseSummary>>('/api/v1/cases', { token: parent })
    expect(parentList.body.items.map((c) => c.caseNo)).toEqual([res.body.caseNo])
    const seen = await t.get<Case>(`/api/v1/cases/${res.body.caseNo}`, { token: parent })
    expect(seen.status).toBe(200)
    expect(seen.body).toMatchObject({ viewerIsApplicant: true, canWithdraw: false, agent: { name: '测***' }, applicant: { name: '王**' } })
    // Acting on it stays with the 经办人.
    expect((await t.post(`/api/v1/cases/${res.body.caseNo}/withdraw`, { token: parent, json: {} })).status).toBe(404)
    // The public lookup tells progress, not who filed it for whom.
    const lookup = await t.post<Record<string, unknown>>('/api/v1/cases/lookup', { json: { caseNo: res.body.caseNo, queryCode: res.body.queryCode } })
    expect(lookup.body.proxy).toBeUndefined()
  })

  it('the resident’s own e-licenses cannot stand for the member’s papers', async () => {
    const t = createTestApp()
    const who = await people(t)
    const member = await confirmedFamilyMember(t, who.resident)
    const input = await allowanceFor(t, who, member.id)
    const licenses = (await t.get<Page<ELicense>>('/api/v1/me/licenses', { token: who.resident })).body.items
    const idLicense = licenses.find((l) => l.type === '居民身份证')!
    input.materials = input.materials.map((m, i) => (i === 0 ? { key: m.key, fileIds: [], licenseId: idLicense.id } : m))
    const res = await t.submit(who.resident, input)
    expect(res.status).toBe(422)
    expect(res.text).toContain('不能使用本人的电子证照')
  })

  it('revoking by the member stops new applications (403 with the reason); the cases filed stay visible to both', async () => {
    const t = createTestApp()
    const who = await people(t)
    const member = await confirmedFamilyMember(t, who.resident)
    const filed = await t.submit<Case>(who.resident, await allowanceFor(t, who, member.id))
    expect(filed.status).toBe(201)

    const parent = await parentAccount(t)
    const revoked = await t.post<FamilyAuthorization>(`/api/v1/me/family/requests/${member.id}/revoke`, { token: parent })
    expect(revoked.status).toBe(200)
    expect(revoked.body.status).toBe('revoked')

    const refused = await t.submit(who.resident, await allowanceFor(t, who, member.id))
    expect(refused.status).toBe(403)
    expect(isErrorBody(refused.body)).toBe(true)
    expect(refused.text).toContain('已撤销授权')

    const list = await t.get<Page<FamilyMember>>('/api/v1/me/family', { token: who.resident })
    expect(list.body.items[0]).toMatchObject({ status: 'revoked', revokedBy: 'member' })
    expect((await t.get(`/api/v1/cases/${filed.body.caseNo}`, { token: who.resident })).status).toBe(200)
    expect((await t.get(`/api/v1/cases/${filed.body.caseNo}`, { token: parent })).status).toBe(200)
    // Nobody else can revoke a link that does not name them.
    const other = await confirmedFamilyMember(t, who.resident, { name: '王建国', idNumber: '11010519491231002X', relation: 'grandparent' })
    expect((await t.post(`/api/v1/me/family/requests/${other.id}/revoke`, { token: parent })).status).toBe(404)
  })

  it('an application for oneself is unchanged: the resident is the applicant and there is no 经办人', async () => {
    const t = createTestApp()
    const who = await people(t)
    const res = await t.submit<Case>(who.resident, await allowanceFor(t, who, null))
    expect(res.status).toBe(201)
    expect(res.body.applicant.name).toBe('测***')
    expect(res.body.agent).toBeNull()
  })
})

describe('items for the elderly and the owner’s contact', () => {
  it('高龄津贴 has a hand-written form and offers 为家人办 first; 居民身份证换领 does not', async () => {
    const t = createTestApp()
    const allowance = (await t.get<FormSchema>(`/api/v1/items/${cityItem(t.seed, '高龄津贴申领').id}/form`)).body
    expect(allowance.familyFirst).toBe(true)
    expect(allowance.fields.map((f) => f.label)).toEqual(['户籍地址', '现居住地址', '发放账户开户银行', '银行账号', '联系电话'])
    const subsidy = (await t.get<FormSchema>(`/api/v1/items/${cityItem(t.seed, '经济困难老年人养老服务补贴申领').id}/form`)).body
    expect(subsidy.familyFirst).toBe(true)
    const idCard = (await t.get<FormSchema>(`/api/v1/items/${cityItem(t.seed, '居民身份证换领').id}/form`)).body
    expect(idCard.familyFirst).toBe(false)
  })

  it('老年人优待证 is 掌上办 wherever it is implemented, with a hand-written form that offers 为家人办 first (issue 18)', async () => {
    const t = createTestApp()
    const cards = t.seed.items.filter((i) => i.name === '老年人优待证办理')
    expect(cards.length).toBeGreaterThan(1)
    expect(cards.every((i) => i.palm && i.online)).toBe(true)
    for (const item of cards) {
      const res = await t.get<FormSchema>(`/api/v1/items/${item.id}/form`)
      expect([item.region.name, res.status, res.body.familyFirst]).toEqual([item.region.name, 200, true])
    }
    const form = (await t.get<FormSchema>(`/api/v1/items/${cityItem(t.seed, '老年人优待证办理').id}/form`)).body
    expect(form.fields.map((f) => f.label)).toEqual(['申领情形', '老年人出生日期', '户籍地址', '领取方式', '邮寄地址', '联系电话'])
  })

  it('GET /me/contact gives the owner their own phone unmasked, never cached; signed out it is a 401', async () => {
    const t = createTestApp()
    const { token } = await t.signIn('resident')
    const res = await t.get<OwnContact>('/api/v1/me/contact', { token })
    expect(res.status).toBe(200)
    expect(res.body).toEqual({ phone: '13805951234' })
    expect(res.headers.get('cache-control')).toContain('no-store')
    expect((await t.get('/api/v1/me/contact')).status).toBe(401)
    const me = await t.get<{ phone: string }>('/api/v1/me', { token })
    expect(me.body.phone).toBe('138****1234')
  })
})

describe('为家人办: certificate requests', () => {
  it('only a confirmed member of one’s own can be chosen: unknown or someone else’s 422, waiting 409, revoked 403', async () => {
    const t = createTestApp()
    const who = await people(t)
    const pending = (await addFamilyMember(t, who.resident)).body
    const waiting = await submitRequest(t, who.resident, residenceInput(who.fileId, { onBehalfOf: pending.id }))
    expect(waiting.status).toBe(409)
    expect(waiting.text).toContain('还没有确认授权')

    const unknown = await submitRequest(t, who.resident, residenceInput(who.fileId, { onBehalfOf: 'JR0000000000AA' }))
    expect(unknown.status).toBe(422)
    expect(unknown.text).toContain('所选家人不存在')

    const neighbour = (await t.signIn('resident-new')).token
    await t.verifyRealName(neighbour, { name: '李邻居', idNumber: '11010519491231002X' })
    const theirs = await confirmedFamilyMember(t, neighbour)
    const notMine = await submitRequest(t, who.resident, residenceInput(who.fileId, { onBehalfOf: theirs.id }))
    expect(notMine.status).toBe(422)

    const member = await confirmedFamilyMember(t, who.resident, { name: '王建国', idNumber: testIdNumber('350582', '19380101', '315'), relation: 'parent' })
    expect((await t.post(`/api/v1/me/family/${member.id}/revoke`, { token: who.resident })).status).toBe(200)
    const revoked = await submitRequest(t, who.resident, residenceInput(who.fileId, { onBehalfOf: member.id }))
    expect(revoked.status).toBe(403)
    expect(isErrorBody(revoked.body)).toBe(true)
    expect(revoked.text).toContain('已撤销授权')
    expect(t.store.certificateRequests.count()).toBe(0)
  })

  it('the certificate names the member as 持证人, records the resident as 经办人; both see it, the verifier sees neither the agent nor the ID', async () => {
    const t = createTestApp()
    const who = await people(t)
    const member = await confirmedFamilyMember(t, who.resident)
    const res = await submitRequest(t, who.resident, residenceInput(who.fileId, { onBehalfOf: member.id }))
    expect(res.status).toBe(201)
    expect(res.body.applicant).toMatchObject({ name: PARENT_NAME, idNumber: maskIdNumber(PARENT_ID), phone: null })
    expect(res.body.agent).toMatchObject({ name: '测***' })
    expect(res.body.history[0].actor).toBe('经办人')
    expect(JSON.stringify(res.body)).not.toContain(PARENT_ID)

    // The cadre sees both, the 经办人 masked.
    const cadre = (await t.signIn('cadre')).token
    const queued = await t.get<CertificateRequest>(`/api/v1/cadre/certificate-requests/${res.body.id}`, { token: cadre })
    expect(queued.body).toMatchObject({ applicant: { name: PARENT_NAME }, agent: { name: '测***' } })
    expect(queued.text).not.toContain('测试居民')

    const approved = await cadreActs(t, res.body.id, 'approve', undefined, cadre)
    const no = approved.certificate!.no
    const held = await t.get<Certificate>(`/api/v1/certificates/${no}`, { token: who.resident })
    expect(held.status).toBe(200)
    expect(held.body.holder).toEqual({ name: PARENT_NAME, idNumber: maskIdNumber(PARENT_ID) })
    expect(held.body.agent).toMatchObject({ name: '测***' })
    expect(held.body.body).toContain(PARENT_NAME)
    expect(held.body.body).toContain(maskIdNumber(PARENT_ID))
    expect(held.body.body).not.toContain('测试居民')

    // The member sees it in their own 我的证明 (read-only) and holds the certificate.
    const parent = await parentAccount(t)
    const mine = await t.get<Page<CertificateRequest>>('/api/v1/certificate-requests', { token: parent })
    expect(mine.body.items.map((r) => r.id)).toEqual([res.body.id])
    expect(mine.body.items[0]).toMatchObject({ viewerIsApplicant: true, certificate: { no } })
    const one = await t.get<CertificateRequest>(`/api/v1/certificate-requests/${res.body.id}`, { token: parent })
    expect(one.body).toMatchObject({ viewerIsApplicant: true, applicant: { name: PARENT_NAME } })
    expect((await t.get<Certificate>(`/api/v1/certificates/${no}`, { token: parent })).body.holder.name).toBe(PARENT_NAME)
    // 撤回 stays with the 经办人.
    expect((await t.post(`/api/v1/certificate-requests/${res.body.id}/withdraw`, { token: parent, json: {} })).status).toBe(404)
    // The resident's own list has it too, as theirs.
    const residents = await t.get<Page<CertificateRequest>>('/api/v1/certificate-requests', { token: who.resident })
    expect(residents.body.items[0]).toMatchObject({ id: res.body.id })
    expect(residents.body.items[0].viewerIsApplicant).toBeUndefined()

    // Verification: the holder (masked), never the 经办人.
    const verified = await t.get<CertificateVerification>(`/api/v1/certificates/verify?no=${no}&code=${held.body.verificationCode}`)
    expect(verified.status).toBe(200)
    expect(verified.body.holderName).toBe('王**')
    expect(verified.text).not.toContain('测试居民')
    expect(verified.text).not.toContain('测***')
    expect(verified.text).not.toContain('agent')
    expect(verified.text).not.toContain(PARENT_NAME)
  })

  it('a request for oneself is unchanged: the resident is the applicant and there is no 经办人', async () => {
    const t = createTestApp()
    const who = await people(t)
    const res = await submitRequest(t, who.resident, residenceInput(who.fileId, { onBehalfOf: null }))
    expect(res.status).toBe(201)
    expect(res.body.applicant.name).toBe('测试居民')
    expect(res.body.agent).toBeNull()
  })
})
