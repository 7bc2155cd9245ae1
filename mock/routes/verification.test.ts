import type { ELicense } from '@contract/application'
import type { Page } from '@contract/common'
import type { User } from '@contract/user'
import { createTestApp, isErrorBody } from '../test-support/test-app'
import { testCreditCode, testIdNumber } from '../test-support/fixtures'

const ID = testIdNumber('350582', '19900307', '123')

describe('PUT /me/real-name', () => {
  it('verifies a person and answers the masked profile; the db keeps the full number', async () => {
    const t = createTestApp()
    const { token } = await t.signIn('resident')
    const res = await t.put<User>('/api/v1/me/real-name', { token, json: { name: '陈小明', idNumber: ID } })
    expect(res.status).toBe(200)
    expect(res.body.realName).toEqual({ name: '陈**', idNumber: `3505**********${ID.slice(-4)}` })
    expect(res.text).not.toContain(ID)
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(t.store.dump().users['demo-resident'].realName).toEqual({ name: '陈小明', idNumber: ID, verifiedAt: '2022-03-01T09:00:00.000+08:00' })
    const me = await t.get<User>('/api/v1/me', { token })
    expect(me.body.realName?.name).toBe('陈**')
  })

  it('accepts a lower-case x, spaces and a name with 间隔号', async () => {
    const t = createTestApp()
    const { token } = await t.signIn('resident')
    const withX = Array.from({ length: 100 }, (_, n) => testIdNumber('350582', '19900307', String(n).padStart(3, '0'))).find((id) => id.endsWith('X'))
    expect(withX).toMatch(/^\d{17}X$/)
    const res = await t.put<User>('/api/v1/me/real-name', { token, json: { name: '买买提•艾力', idNumber: ` ${withX!.toLowerCase()} ` } })
    expect(res.status).toBe(200)
    expect(t.store.dump().users['demo-resident'].realName).toEqual(expect.objectContaining({ name: '买买提·艾力', idNumber: withX }))
  })

  it.each([
    ['an empty name', { name: '', idNumber: ID }, { name: '请填写真实姓名' }],
    ['a Latin name', { name: 'Tom', idNumber: ID }, { name: '姓名只能包含汉字和间隔号「·」，请与身份证上的一致' }],
    ['a one-character name', { name: '陈', idNumber: ID }, { name: '姓名应为 2–20 个字，现在是 1 个' }],
    ['a name ending in 间隔号', { name: '艾力·', idNumber: ID }, { name: '间隔号「·」不能在姓名首尾或连续出现' }],
    ['a wrong check digit', { name: '陈小明', idNumber: `${ID.slice(0, 17)}${ID[17] === '0' ? '1' : '0'}` }, { idNumber: '身份证号校验位不正确，请逐位核对' }],
    ['a 15-digit number', { name: '陈小明', idNumber: '350582900307123' }, { idNumber: '15 位的一代身份证号已停止使用，请填写 18 位身份证号' }],
    ['a birth date after today', { name: '陈小明', idNumber: testIdNumber('350582', '20220302') }, { idNumber: '身份证号中的出生日期晚于今天，请核对' }],
    ['both missing', {}, { name: '请填写真实姓名', idNumber: '请填写身份证号' }],
  ])('answers 422 with a message under each wrong field: %s', async (_label, json, fields) => {
    const t = createTestApp()
    const { token } = await t.signIn('resident')
    const res = await t.put('/api/v1/me/real-name', { token, json })
    expect(res.status).toBe(422)
    expect(isErrorBody(res.body)).toBe(true)
    expect(res.body).toEqual({ error: expect.objectContaining({ code: 'VALIDATION_FAILED', fields }) })
    expect(t.store.dump().users['demo-resident'].realName).toBeNull()
  })

  it('answers 200 to the same identity again and 409 to a different one', async () => {
    const t = createTestApp()
    const { token } = await t.signIn('resident')
    await t.verifyRealName(token, { name: '陈小明', idNumber: ID })
    const again = await t.put<User>('/api/v1/me/real-name', { token, json: { name: '陈小明', idNumber: ID } })
    expect(again.status).toBe(200)
    const other = await t.put('/api/v1/me/real-name', { token, json: { name: '陈小明', idNumber: testIdNumber('350582', '19900307', '124') } })
    expect(other.status).toBe(409)
    expect(other.body).toEqual({ error: { code: 'CONFLICT', message: '已完成实名认证，如需变更请到窗口办理' } })
    expect(t.store.dump().users['demo-resident'].realName?.idNumber).toBe(ID)
  })

  it('refuses the back-office account (403)', async () => {
    const t = createTestApp()
    const { token } = await t.signIn('admin')
    const res = await t.put('/api/v1/me/real-name', { token, json: { name: '陈小明', idNumber: ID } })
    expect(res.status).toBe(403)
    expect(res.body).toEqual({ error: { code: 'FORBIDDEN', message: '后台管理账号无需实名认证' } })
  })

  it('needs a sign-in (401)', async () => {
    const t = createTestApp()
    const res = await t.put('/api/v1/me/real-name', { json: { name: '陈小明', idNumber: ID } })
    expect(res.status).toBe(401)
  })
})

describe('PUT /me/enterprise', () => {
  const CODE = testCreditCode('350582', 'MA2Y3K7P0')

  it('asks for real-name verification first (409)', async () => {
    const t = createTestApp()
    const { token } = await t.signIn('business')
    const res = await t.put('/api/v1/me/enterprise', { token, json: { name: '泉州市晋江测试鞋业有限公司', creditCode: CODE } })
    expect(res.status).toBe(409)
    expect(res.body).toEqual({ error: { code: 'CONFLICT', message: '请先完成实名认证，再认证企业信息' } })
  })

  it('verifies the enterprise and shows it on the profile', async () => {
    const t = createTestApp()
    const { token } = await t.signIn('business')
    await t.verifyRealName(token)
    const res = await t.put<User>('/api/v1/me/enterprise', { token, json: { name: ' 泉州市晋江测试鞋业(有限)公司 ', creditCode: CODE.toLowerCase() } })
    expect(res.status).toBe(200)
    expect(res.body.enterprise).toEqual({ name: '泉州市晋江测试鞋业（有限）公司', creditCode: CODE })
  })

  it.each([
    ['a letter O in the code', { name: '泉州测试有限公司', creditCode: `${CODE.slice(0, 10)}O${CODE.slice(11)}` }, { creditCode: '统一社会信用代码不含字母 O，请核对（I、O、S、V、Z 不会出现）' }],
    ['a wrong check character', { name: '泉州测试有限公司', creditCode: `${CODE.slice(0, 17)}${CODE[17] === '1' ? '2' : '1'}` }, { creditCode: '统一社会信用代码校验位不正确，请逐位核对' }],
    ['a short code', { name: '泉州测试有限公司', creditCode: '91350582' }, { creditCode: '统一社会信用代码应为 18 位，现在是 8 位' }],
    ['a name without Chinese', { name: 'Test Co', creditCode: CODE }, { name: '企业名称应包含汉字，请与营业执照上的一致' }],
    ['an empty name', { name: ' ', creditCode: CODE }, { name: '请填写企业名称' }],
  ])('answers 422 per field: %s', async (_label, json, fields) => {
    const t = createTestApp()
    const { token } = await t.signIn('business')
    await t.verifyRealName(token)
    const res = await t.put('/api/v1/me/enterprise', { token, json })
    expect(res.status).toBe(422)
    expect(res.body).toEqual({ error: expect.objectContaining({ code: 'VALIDATION_FAILED', fields }) })
  })

  it('keeps a verified enterprise: the same again is 200, another is 409', async () => {
    const t = createTestApp()
    const { token } = await t.signIn('business')
    await t.verifyEnterprise(token, { name: '泉州测试贸易有限公司', creditCode: CODE })
    expect((await t.put('/api/v1/me/enterprise', { token, json: { name: '泉州测试贸易有限公司', creditCode: CODE } })).status).toBe(200)
    const other = await t.put('/api/v1/me/enterprise', { token, json: { name: '泉州另一贸易有限公司', creditCode: testCreditCode('350582', 'MA2Y3K7P1') } })
    expect(other.status).toBe(409)
    expect(other.body).toEqual({ error: { code: 'CONFLICT', message: '已完成企业认证，如需变更请到窗口办理' } })
  })

  it.each([
    ['admin', '后台管理账号不能认证企业信息'],
    ['cadre', '村（居）干部账号不能认证企业信息，请使用个人或企业账号'],
  ] as const)('refuses the %s account (403)', async (account, message) => {
    const t = createTestApp()
    const { token } = await t.signIn(account)
    const res = await t.put('/api/v1/me/enterprise', { token, json: { name: '泉州测试贸易有限公司', creditCode: CODE } })
    expect(res.status).toBe(403)
    expect(res.body).toEqual({ error: { code: 'FORBIDDEN', message } })
  })
})

describe('GET /me/licenses', () => {
  it('has none before real-name verification', async () => {
    const t = createTestApp()
    const { token } = await t.signIn('resident')
    const res = await t.get<Page<ELicense>>('/api/v1/me/licenses', { token })
    expect(res.status).toBe(200)
    expect(res.body).toEqual({ items: [], total: 0, page: 1, pageSize: 0 })
  })

  it('derives a person’s licenses from the identity: ID card by the home county’s police, 户口簿, 社保卡 and more, masked', async () => {
    const t = createTestApp()
    const { token } = await t.signIn('resident')
    await t.verifyRealName(token, { name: '陈小明', idNumber: ID })
    const res = await t.get<Page<ELicense>>('/api/v1/me/licenses', { token })
    const types = res.body.items.map((l) => l.type)
    expect(types.slice(0, 3)).toEqual(['居民身份证', '居民户口簿', '社会保障卡'])
    expect(types).toHaveLength(5)
    expect(res.body.total).toBe(5)
    const idCard = res.body.items[0]
    expect(idCard).toEqual({
      id: expect.stringMatching(/^lic-[0-9a-f]{16}$/),
      type: '居民身份证',
      holder: '陈**',
      number: `3505**********${ID.slice(-4)}`,
      issuer: '晋江市公安局',
      issuedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      // Born 1990, 31 at verification: a 20-year card that is still valid.
      validUntil: expect.any(String),
    })
    expect(idCard.validUntil! > '2022-03-01').toBe(true)
    expect(Number(idCard.validUntil!.slice(0, 4)) - Number(idCard.issuedOn.slice(0, 4))).toBe(20)
    expect(res.text).not.toContain(ID)
    expect(res.text).not.toContain('陈小明')
  })

  it('is the same list every time (stable ids), and differs between identities', async () => {
    const t = createTestApp()
    const a = await t.signIn('resident')
    await t.verifyRealName(a.token, { idNumber: ID })
    const first = await t.get<Page<ELicense>>('/api/v1/me/licenses', { token: a.token })
    const second = await t.get<Page<ELicense>>('/api/v1/me/licenses', { token: a.token })
    expect(second.body).toEqual(first.body)
    const b = await t.signIn('business')
    await t.verifyRealName(b.token, { idNumber: testIdNumber('350503', '19750101', '222') })
    const other = await t.get<Page<ELicense>>('/api/v1/me/licenses', { token: b.token })
    const ids = new Set(first.body.items.map((l) => l.id))
    expect(other.body.items.some((l) => ids.has(l.id))).toBe(false)
    // Born 1975: over 46, so the ID card is 长期 (no end date); issued by the police of 丰泽区.
    expect(other.body.items[0]).toEqual(expect.objectContaining({ issuer: '泉州市公安局丰泽分局', validUntil: null }))
  })

  it('gives someone registered outside Quanzhou a 居住证 and no adult licenses to a child', async () => {
    const t = createTestApp()
    const { token } = await t.signIn('resident')
    await t.verifyRealName(token, { idNumber: testIdNumber('350102', '20120505', '333') })
    const res = await t.get<Page<ELicense>>('/api/v1/me/licenses', { token })
    expect(res.body.items.map((l) => l.type)).toEqual(['居民身份证', '居民户口簿', '社会保障卡', '居住证'])
    expect(res.body.items[0].issuer).toBe('福州市公安局')
  })

  it('adds the 营业执照 of a verified enterprise, holder unmasked', async () => {
    const t = createTestApp()
    const { token } = await t.signIn('business')
    const code = testCreditCode('350582', 'MA2Y3K7P0')
    await t.verifyEnterprise(token, { name: '泉州测试贸易有限公司', creditCode: code })
    const res = await t.get<Page<ELicense>>('/api/v1/me/licenses', { token })
    const licence = res.body.items.find((l) => l.type === '营业执照')
    expect(licence).toEqual(expect.objectContaining({ holder: '泉州测试贸易有限公司', number: `${code.slice(0, 4)}**********${code.slice(-4)}`, issuer: '晋江市市场监督管理局', validUntil: null }))
  })

  it('refuses query parameters it does not know (400)', async () => {
    const t = createTestApp()
    const { token } = await t.signIn('resident')
    const res = await t.get('/api/v1/me/licenses?type=x', { token })
    expect(res.status).toBe(400)
    expect(isErrorBody(res.body)).toBe(true)
  })
})
