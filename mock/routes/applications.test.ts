import type { ApplicationInput, ELicense, FormSchema, UploadedFile } from '@contract/application'
import type { Case } from '@contract/case'
import type { Page } from '@contract/common'
import { createFixedClock } from '../lib/clock'
import { addWorkingDays } from '../lib/working-days'
import { cityItem, pickPalmItem, schemaOf, TEST_REGIONS, testIdNumber, validApplication, validFields } from '../test-support/fixtures'
import { createTestApp, isErrorBody, type TestApp } from '../test-support/test-app'
import { INVALID_IDEMPOTENCY_KEY as INVALID_KEY, MISSING_IDEMPOTENCY_KEY as MISSING_KEY } from '../lib/idempotency'

const ID = testIdNumber('350582', '19900307', '123')

/** A verified resident with one uploaded JPEG: what most tests start from. */
async function applicant(t: TestApp, account: 'resident' | 'business' = 'resident', idNumber = ID): Promise<{ token: string; file: UploadedFile }> {
  const { token } = await t.signIn(account)
  await t.verifyRealName(token, { name: '陈小明', idNumber })
  return { token, file: await t.upload(token) }
}

function schemaNamed(t: TestApp, name: string): FormSchema {
  return schemaOf(cityItem(t.seed, name))
}

function fieldErrors(body: unknown): Record<string, string> {
  return (body as { error: { fields?: Record<string, string> } }).error.fields ?? {}
}

describe('POST /applications — a valid submission creates a case', () => {
  it('answers 201 with the case: number, query code, snapshot, masked applicant, fields, materials, timeline and the estimate', async () => {
    const t = createTestApp()
    const { token, file } = await applicant(t)
    const schema = schemaNamed(t, '居民身份证换领')
    const input = validApplication(schema, file.fileId)
    input.fields = { reason: 'expired', pickup: 'mail', mailAddress: '晋江市安海镇西安村100号', phone: '13905950000' }
    const res = await t.submit<Case>(token, input)
    expect(res.status).toBe(201)
    const c = res.body
    expect(c.caseNo).toMatch(/^QZ20220301[0-9A-HJKMNP-TV-Z]{8}$/)
    expect(c.caseNo.length).toBeLessThanOrEqual(32)
    expect(c.queryCode).toMatch(/^\d{6}$/)
    expect(res.headers.get('location')).toBe(`/api/v1/cases/${c.caseNo}`)
    expect(c.item).toEqual({
      id: schema.itemId,
      name: '居民身份证换领',
      department: { id: 'dept-350500-public-security', name: '泉州市公安局' },
      region: { code: '350500000000', name: '泉州市' },
      kind: 'promised',
      promisedLimitDays: 10,
      // The guide's fee as it stood at submission (issue 18): the receipt and the case show it.
      fee: {
        charged: true,
        description: '工本费20元；证件损坏换领的收取工本费40元',
        basis: '《国家发展改革委 财政部关于第二代居民身份证收费标准等有关问题的通知》（发改价格〔2003〕2322号）',
      },
    })
    expect(c.applicantKind).toBe('personal')
    expect(c.applicant).toEqual({ name: '陈**', idNumber: `3505**********${ID.slice(-4)}`, phone: '138****1234', enterprise: null })
    expect(c.status).toBe('submitted')
    expect(c.step).toBe('submitted')
    expect(c.submittedAt).toBe('2022-03-01T09:00:00.000+08:00')
    expect(c.fields).toEqual([
      { key: 'reason', label: '换领原因', value: 'expired', display: '有效期满换领' },
      { key: 'pickup', label: '领取方式', value: 'mail', display: '免费邮寄' },
      { key: 'mailAddress', label: '邮寄地址', value: '晋江市安海镇西安村100号', display: '晋江市安海镇西安村100号' },
      { key: 'phone', label: '联系电话', value: '139****0000', display: '139****0000' },
    ])
    expect(c.materials).toEqual([{ key: 'm1', name: '原居民身份证', files: [file], license: null }, { key: 'm2', name: '近期免冠彩色证件照片', files: [file], license: null }])
    expect(c.commitmentAccepted).toBe(false)
    expect(c.notices).toEqual([])
    expect(c.timeline).toEqual([{ at: '2022-03-01T09:00:00.000+08:00', status: 'submitted', actor: '申请人', title: '已提交申请', note: '等待泉州市公安局预审受理' }])
    // Submitted Tuesday 1 March: accepted (estimate) Wednesday 2 March, then 10 working days.
    expect(c.dueBy).toBe('2022-03-16')
    expect(c.dueByProvisional).toBe(addWorkingDays('2022-03-02', 10).provisional)
    expect(res.text).not.toContain(ID)
    expect(res.text).not.toContain('13905950000')
  })

  it('keeps the unmasked data in the db only', async () => {
    const t = createTestApp()
    const { token, file } = await applicant(t)
    const res = await t.submit<Case>(token, validApplication(schemaNamed(t, '出生登记'), file.fileId))
    expect(res.status).toBe(201)
    const stored = t.store.dump().cases[res.body.caseNo]
    expect(stored.applicant.idNumber).toBe(ID)
    const mother = stored.fields.find((f) => f.key === 'motherIdNumber')
    expect(mother?.value).toMatch(/^\d{17}[\dX]$/)
    const shown = res.body.fields.find((f) => f.key === 'motherIdNumber')
    expect(shown).toEqual({ key: 'motherIdNumber', label: '母亲身份证号', value: `3505**********${String(mother?.value).slice(-4)}`, display: `3505**********${String(mother?.value).slice(-4)}` })
  })

  it('shows every kind of answer in words: regions as their full path, choices as labels, numbers with units', async () => {
    const t = createTestApp()
    const { token, file } = await applicant(t)
    const schema = schemaNamed(t, '个体工商户设立登记')
    const input = validApplication(schema, file.fileId)
    input.fields = { ...validFields(schema), organization: 'family', scope: ['catering', 'food-sale'], staff: '3', capital: 12.5, placeRegion: TEST_REGIONS.village }
    const res = await t.submit<Case>(token, input)
    expect(res.status).toBe(201)
    const display = Object.fromEntries(res.body.fields.map((f) => [f.key, f.display]))
    expect(display).toEqual(
      expect.objectContaining({
        organization: '家庭经营',
        scope: '食品销售、餐饮服务',
        staff: '3人',
        capital: '12.5万元',
        placeRegion: '泉州市 / 晋江市 / 安海镇 / 西安村委会',
      }),
    )
    expect(res.body.fields.find((f) => f.key === 'scope')?.value).toEqual(['food-sale', 'catering'])
    expect(res.body.fields.find((f) => f.key === 'staff')?.value).toBe(3)
  })

  it('estimates an instant item for the day of acceptance, the next working day (Friday → Monday)', async () => {
    const t = createTestApp({ clock: createFixedClock('2022-03-04T16:00:00+08:00') })
    const { token, file } = await applicant(t)
    const res = await t.submit<Case>(token, validApplication(schemaNamed(t, '社会保障卡申领'), file.fileId))
    expect(res.status).toBe(201)
    expect(res.body.item.kind).toBe('instant')
    expect(res.body.dueBy).toBe('2022-03-07')
  })

  it('lets a verified enterprise apply as 法人 and shows the enterprise on the case', async () => {
    const t = createTestApp()
    const { token } = await t.signIn('business')
    await t.verifyEnterprise(token, { name: '泉州测试贸易有限公司' })
    const file = await t.upload(token)
    const res = await t.submit<Case>(token, validApplication(schemaNamed(t, '有限责任公司设立登记'), file.fileId, 'legal'))
    expect(res.status).toBe(201)
    expect(res.body.applicantKind).toBe('legal')
    expect(res.body.applicant.enterprise).toEqual(expect.objectContaining({ name: '泉州测试贸易有限公司' }))
  })

  it('accepts an e-license in place of an upload (免提交), its number masked on the case', async () => {
    const t = createTestApp()
    const { token, file } = await applicant(t)
    const licenses = await t.get<Page<ELicense>>('/api/v1/me/licenses', { token })
    const idCard = licenses.body.items.find((l) => l.type === '居民身份证')!
    const schema = schemaNamed(t, '社会保障卡申领')
    const idMaterial = schema.materials.find((m) => m.eLicenseType === '居民身份证' && m.required)!
    const input = validApplication(schema, file.fileId)
    input.materials = input.materials.map((m) => (m.key === idMaterial.key ? { key: m.key, fileIds: [], licenseId: idCard.id } : m))
    const res = await t.submit<Case>(token, input)
    expect(res.status).toBe(201)
    expect(res.body.materials.find((m) => m.key === idMaterial.key)).toEqual({
      key: idMaterial.key,
      name: idMaterial.name,
      files: [],
      license: { id: idCard.id, type: '居民身份证', number: `3505**********${ID.slice(-4)}` },
    })
  })

  it('records consent to the commitment under 告知承诺制', async () => {
    const t = createTestApp()
    const { token, file } = await applicant(t)
    const { schema } = pickPalmItem(t.seed, (_item, s) => s.commitment !== null && s.applicantKinds.includes('personal'))
    const res = await t.submit<Case>(token, validApplication(schema, file.fileId, 'personal'))
    expect(res.status).toBe(201)
    expect(res.body.commitmentAccepted).toBe(true)
  })
})

describe('POST /applications — everything is checked again on the server', () => {
  let t: TestApp
  let token: string
  let file: UploadedFile
  beforeEach(async () => {
    t = createTestApp()
    ;({ token, file } = await applicant(t))
  })

  it.each([
    ['a text that is too long', '个体工商户设立登记', { businessName: '长'.repeat(51) }, { 'fields.businessName': '最多 50 个字，现在是 51 个' }],
    ['a decimal where a whole number is needed', '个体工商户设立登记', { staff: 2.5 }, { 'fields.staff': '请填写整数' }],
    ['a number out of range', '个体工商户设立登记', { staff: 51 }, { 'fields.staff': '不能大于 50人' }],
    ['too many choices', '个体工商户设立登记', { scope: ['food-sale', 'catering', 'grocery', 'clothing', 'beauty', 'repair'] }, { 'fields.scope': '最多选择 5 项' }],
    ['a choice that is not offered', '个体工商户设立登记', { organization: 'company' }, { 'fields.organization': '请从选项中选择' }],
    ['a region at the wrong level', '个体工商户设立登记', { placeRegion: TEST_REGIONS.township }, { 'fields.placeRegion': '请选择到村（社区）' }],
    ['a region that does not exist', '个体工商户设立登记', { placeRegion: '350582999999' }, { 'fields.placeRegion': '所选地区不存在，请重新选择' }],
    ['a date after today', '居民身份证补领', { lostOn: '2022-03-02' }, { 'fields.lostOn': '不能晚于2022年3月1日' }],
    ['a wrong ID number', '出生登记', { motherIdNumber: `${ID.slice(0, 17)}${ID[17] === '0' ? '1' : '0'}` }, { 'fields.motherIdNumber': '身份证号校验位不正确，请逐位核对' }],
    ['a wrong phone', '居民身份证换领', { phone: '12345678901' }, { 'fields.phone': '手机号码应以 13–19 开头，请核对' }],
    ['a wrong credit code', '食品经营许可（新办）', { creditCode: '91350582MA2Y3K7P0O' }, { 'fields.creditCode': '统一社会信用代码不含字母 O，请核对（I、O、S、V、Z 不会出现）' }],
    ['a missing required field', '居民身份证换领', { reason: '' }, { 'fields.reason': '请选择换领原因' }],
    ['a field the form does not have', '居民身份证换领', { nickname: '小明' }, { 'fields.nickname': '表单中没有这一项' }],
  ])('answers 422 under the field: %s', async (_label, name, change, fields) => {
    const schema = schemaNamed(t, name)
    const input = validApplication(schema, file.fileId)
    input.fields = { ...input.fields, ...change }
    const res = await t.submit(token, input)
    expect(res.status).toBe(422)
    expect(isErrorBody(res.body)).toBe(true)
    expect(fieldErrors(res.body)).toEqual(fields)
    expect(res.body).toEqual({ error: expect.objectContaining({ code: 'VALIDATION_FAILED', message: Object.values(fields)[0] }) })
    expect(Object.keys(t.store.dump().cases)).toHaveLength(0)
  })

  it('reports several wrong fields at once with a general message', async () => {
    const input = validApplication(schemaNamed(t, '居民身份证换领'), file.fileId)
    input.fields = { reason: 'nope', phone: '123' }
    const res = await t.submit(token, input)
    expect(res.status).toBe(422)
    expect(res.body).toEqual({
      error: { code: 'VALIDATION_FAILED', message: '填写的内容有误，请检查后再提交', fields: { 'fields.reason': '请从选项中选择', 'fields.pickup': '请选择领取方式', 'fields.phone': '手机号码应为 11 位，现在是 3 位' } },
    })
  })

  it('asks for a missing required material, offering the e-license where one can replace it', async () => {
    const schema = schemaNamed(t, '社会保障卡申领')
    const input = validApplication(schema, file.fileId)
    input.materials = []
    const res = await t.submit(token, input)
    expect(res.status).toBe(422)
    expect(fieldErrors(res.body)).toEqual({ 'materials.m1': '请上传「居民身份证」或选择电子证照', 'materials.m2': '请上传「近期彩色免冠证件照片」' })
  })

  it('refuses an e-license of the wrong type', async () => {
    const licenses = await t.get<Page<ELicense>>('/api/v1/me/licenses', { token })
    const idCard = licenses.body.items.find((l) => l.type === '居民身份证')!
    const schema = schemaNamed(t, '户口迁移（迁入）')
    const household = schema.materials.find((m) => m.eLicenseType === '居民户口簿')!
    const input = validApplication(schema, file.fileId)
    input.materials = input.materials.map((m) => (m.key === household.key ? { key: m.key, fileIds: [], licenseId: idCard.id } : m))
    const res = await t.submit(token, input)
    expect(res.status).toBe(422)
    expect(fieldErrors(res.body)).toEqual({ [`materials.${household.key}`]: '请选择「居民户口簿」电子证照' })
  })

  it('refuses someone else’s e-license as if it did not exist', async () => {
    const other = await t.signIn('business')
    await t.verifyRealName(other.token, { idNumber: testIdNumber('350503', '19800101', '777') })
    const theirs = (await t.get<Page<ELicense>>('/api/v1/me/licenses', { token: other.token })).body.items.find((l) => l.type === '居民身份证')!
    const schema = schemaNamed(t, '社会保障卡申领')
    const input = validApplication(schema, file.fileId)
    input.materials = [{ key: 'm1', fileIds: [], licenseId: theirs.id }, ...input.materials.filter((m) => m.key !== 'm1')]
    const res = await t.submit(token, input)
    expect(fieldErrors(res.body)).toEqual({ 'materials.m1': '所选电子证照不存在，请重新选择' })
  })

  it('refuses an e-license for a material no e-license can replace, and a license together with files', async () => {
    const licenses = await t.get<Page<ELicense>>('/api/v1/me/licenses', { token })
    const idCard = licenses.body.items.find((l) => l.type === '居民身份证')!
    const schema = schemaNamed(t, '社会保障卡申领')
    const input = validApplication(schema, file.fileId)
    input.materials = [
      { key: 'm1', fileIds: [file.fileId], licenseId: idCard.id },
      { key: 'm2', fileIds: [], licenseId: idCard.id },
    ]
    const res = await t.submit(token, input)
    expect(fieldErrors(res.body)).toEqual({
      'materials.m1': '已选择电子证照免提交的，无需再上传文件',
      'materials.m2': '「近期彩色免冠证件照片」不能用电子证照代替，请上传文件',
    })
  })

  it('refuses someone else’s uploaded file as if it did not exist', async () => {
    const other = await t.signIn('business')
    const theirs = await t.upload(other.token)
    const input = validApplication(schemaNamed(t, '社会保障卡申领'), theirs.fileId)
    const res = await t.submit(token, input)
    expect(res.status).toBe(422)
    expect(fieldErrors(res.body)).toEqual({ 'materials.m1': '文件不存在或已失效，请重新上传', 'materials.m2': '文件不存在或已失效，请重新上传' })
  })

  it('refuses more files than a material takes, and materials the list does not have', async () => {
    const schema = schemaNamed(t, '社会保障卡申领')
    const photo = schema.materials.find((m) => m.key === 'm2')!
    const files = [file]
    for (let i = 1; i <= photo.maxFiles; i += 1) files.push(await t.upload(token))
    const input = validApplication(schema, file.fileId)
    input.materials = [...input.materials.filter((m) => m.key !== 'm2'), { key: 'm2', fileIds: files.map((f) => f.fileId), licenseId: null }, { key: 'm99', fileIds: [file.fileId], licenseId: null }]
    const res = await t.submit(token, input)
    expect(fieldErrors(res.body)).toEqual({ 'materials.m2': `这项材料最多上传 ${photo.maxFiles} 个文件`, 'materials.m99': '材料清单中没有这一项' })
  })

  it('needs consent to the commitment when the item is under 告知承诺制', async () => {
    const { schema } = pickPalmItem(t.seed, (_item, s) => s.commitment !== null && s.applicantKinds.includes('personal'))
    const input = validApplication(schema, file.fileId, 'personal')
    input.commitmentAccepted = false
    const res = await t.submit(token, input)
    expect(res.status).toBe(422)
    expect(fieldErrors(res.body)).toEqual({ commitmentAccepted: '请阅读并同意告知承诺书后再提交' })
  })

  it('refuses an applicant kind the item does not take', async () => {
    const input = validApplication(schemaNamed(t, '居民身份证换领'), file.fileId, 'legal')
    const res = await t.submit(token, input)
    expect(res.status).toBe(422)
    expect(res.body).toEqual({ error: { code: 'VALIDATION_FAILED', message: '该事项只受理个人申请', fields: { applicantKind: '该事项只受理个人申请' } } })
  })

  it('answers 404 for an item that does not exist and 409 for one not on the phone', async () => {
    const input = validApplication(schemaNamed(t, '居民身份证换领'), file.fileId)
    const unknown = await t.submit(token, { ...input, itemId: 'it-000000-nothing' })
    expect(unknown.status).toBe(404)
    expect(unknown.body).toEqual({ error: { code: 'NOT_FOUND', message: '事项不存在或已下线' } })
    const offline = await t.submit(token, { ...input, itemId: cityItem(t.seed, '居民身份证首次申领').id })
    expect(offline.status).toBe(409)
    expect(offline.body).toEqual({ error: { code: 'CONFLICT', message: '该事项暂不支持掌上办理，请到窗口办理' } })
  })

  it('answers 422 for a body of the wrong shape', async () => {
    const res = await t.submit(token, { itemId: 42, applicantKind: 'robot', fields: [], materials: {}, commitmentAccepted: 'yes' })
    expect(res.status).toBe(422)
    expect(Object.keys(fieldErrors(res.body)).sort()).toEqual(['applicantKind', 'commitmentAccepted', 'fields', 'itemId', 'materials'])
  })
})

describe('POST /applications — who may apply', () => {
  it('asks for real-name verification first (409)', async () => {
    const t = createTestApp()
    const { token } = await t.signIn('resident')
    const file = await t.upload(token)
    const res = await t.submit(token, validApplication(schemaNamed(t, '居民身份证换领'), file.fileId))
    expect(res.status).toBe(409)
    expect(res.body).toEqual({ error: { code: 'CONFLICT', message: '请先完成实名认证' } })
  })

  it('asks a 法人 applicant for the enterprise first (409)', async () => {
    const t = createTestApp()
    const { token, file } = await applicant(t, 'business')
    const res = await t.submit(token, validApplication(schemaNamed(t, '有限责任公司设立登记'), file.fileId, 'legal'))
    expect(res.status).toBe(409)
    expect(res.body).toEqual({ error: { code: 'CONFLICT', message: '以法人身份申请，请先完成企业认证（统一社会信用代码）' } })
  })

  it.each(['cadre', 'admin'] as const)('refuses the %s account (403)', async (account) => {
    const t = createTestApp()
    const { token } = await t.signIn(account)
    const res = await t.submit(token, { itemId: cityItem(t.seed, '居民身份证换领').id })
    expect(res.status).toBe(403)
    expect(res.body).toEqual({ error: { code: 'FORBIDDEN', message: '村（居）干部和后台账号不能提交办事申请' } })
  })

  it('needs a sign-in (401)', async () => {
    const t = createTestApp()
    const res = await t.post('/api/v1/applications', { json: {}, headers: { 'Idempotency-Key': 'abcdefgh' } })
    expect(res.status).toBe(401)
  })
})

describe('POST /applications — a submission never doubles', () => {
  let t: TestApp
  let token: string
  let input: ApplicationInput
  beforeEach(async () => {
    t = createTestApp()
    const a = await applicant(t)
    token = a.token
    input = validApplication(schemaNamed(t, '居民身份证换领'), a.file.fileId)
  })

  it('answers a repeated key with 200 and the same case, creating nothing new', async () => {
    const first = await t.submit<Case>(token, input, 'draft-key-0001')
    const again = await t.submit<Case>(token, input, 'draft-key-0001')
    expect(first.status).toBe(201)
    expect(again.status).toBe(200)
    expect(again.body).toEqual(first.body)
    expect(Object.keys(t.store.dump().cases)).toHaveLength(1)
  })

  it('creates exactly one case from 20 identical requests in parallel', async () => {
    const responses = await Promise.all(Array.from({ length: 20 }, () => t.submit<Case>(token, input, 'double-tap-key-42')))
    expect(responses.map((r) => r.status).sort()).toEqual([...Array<number>(19).fill(200), 201])
    expect(new Set(responses.map((r) => r.body.caseNo)).size).toBe(1)
    expect(Object.keys(t.store.dump().cases)).toHaveLength(1)
    expect(Object.keys(t.store.dump().idempotency)).toHaveLength(1)
  })

  it('answers 409 with the existing case number when a retry after a lost response carries a changed draft (SPEC §8)', async () => {
    const first = await t.submit<Case>(token, input, 'lost-response-key')
    const retry = await t.submit(token, { ...input, fields: { ...input.fields, phone: '13700000000' } }, 'lost-response-key')
    expect(retry.status).toBe(409)
    expect(retry.body).toEqual({
      error: { code: 'CONFLICT', message: `这份申请已经提交过（办件编号 ${first.body.caseNo}），如需修改请撤回后重新申报`, caseNo: first.body.caseNo },
    })
    // The change was not applied and nothing new was made.
    expect(t.store.cases.get(first.body.caseNo)?.fields.find((f) => f.key === 'phone')?.value).toBe(input.fields.phone)
    expect(t.store.cases.count()).toBe(1)
  })

  it('takes a body that differs only in what makes no other case as the same request: blanks, spaces, material order', async () => {
    const { reasonNote: _note, ...withoutNote } = input.fields
    const first = await t.submit<Case>(token, { ...input, fields: withoutNote }, 'same-in-substance')
    expect(first.status).toBe(201)
    const blank = await t.submit<Case>(token, { ...input, fields: { ...withoutNote, reasonNote: '   ' }, materials: [...input.materials].reverse() }, 'same-in-substance')
    expect(blank.status).toBe(200)
    expect(blank.body.caseNo).toBe(first.body.caseNo)

    const noted = await t.submit<Case>(token, { ...input, fields: { ...withoutNote, reasonNote: '证件照片褪色' } }, 'same-in-substance-2')
    const spaced = await t.submit<Case>(token, { ...input, fields: { ...withoutNote, reasonNote: '  证件照片褪色 ' } }, 'same-in-substance-2')
    expect([noted.status, spaced.status]).toEqual([201, 200])
    expect(spaced.body.caseNo).toBe(noted.body.caseNo)
    expect(t.store.cases.count()).toBe(2)
  })

  it('gives the same 409 to a changed body racing the first one in parallel: one case, the other refused', async () => {
    const changed = { ...input, fields: { ...input.fields, phone: '13700000000' } }
    const responses = await Promise.all([t.submit<Case>(token, input, 'racing-key-0001'), t.submit<Case>(token, changed, 'racing-key-0001')])
    expect(responses.map((r) => r.status).sort()).toEqual([201, 409])
    const created = responses.find((r) => r.status === 201)!.body
    const refused = responses.find((r) => r.status === 409)!.body as unknown as { error: { caseNo: string } }
    expect(refused.error.caseNo).toBe(created.caseNo)
    expect(t.store.cases.count()).toBe(1)
  })

  it('replays a key recorded before fingerprints existed as the same request (200)', async () => {
    const first = await t.submit<Case>(token, input, 'older-key-0001')
    const [recordKey, record] = Object.entries(t.store.dump().idempotency)[0]
    expect(record.requestHash).toMatch(/^[0-9a-f]{64}$/)
    const { requestHash: _hash, ...older } = record
    t.store.idempotency.put(older)
    expect(t.store.idempotency.get(recordKey)?.requestHash).toBeUndefined()
    const retry = await t.submit<Case>(token, { ...input, fields: { ...input.fields, phone: '13700000000' } }, 'older-key-0001')
    expect(retry.status).toBe(200)
    expect(retry.body.caseNo).toBe(first.body.caseNo)
  })

  it('keeps keys apart per person: the same key from two people makes two cases', async () => {
    const other = await applicant(t, 'business', testIdNumber('350503', '19800101', '777'))
    const mine = await t.submit<Case>(token, input, 'shared-key-123')
    const theirs = await t.submit<Case>(other.token, validApplication(schemaNamed(t, '居民身份证换领'), other.file.fileId), 'shared-key-123')
    expect([mine.status, theirs.status]).toEqual([201, 201])
    expect(mine.body.caseNo).not.toBe(theirs.body.caseNo)
    expect(Object.keys(t.store.dump().cases)).toHaveLength(2)
  })

  it('records the key only for a successful creation: a fixed retry with the same key creates the case', async () => {
    const broken = await t.submit(token, { ...input, fields: { ...input.fields, phone: '1' } }, 'retry-after-422')
    expect(broken.status).toBe(422)
    expect(t.store.dump().idempotency).toEqual({})
    const fixed = await t.submit<Case>(token, input, 'retry-after-422')
    expect(fixed.status).toBe(201)
  })

  it('refuses a key reused for another item (409)', async () => {
    await t.submit(token, input, 'one-key-one-item')
    const res = await t.submit(token, { ...input, itemId: cityItem(t.seed, '社会保障卡申领').id }, 'one-key-one-item')
    expect(res.status).toBe(409)
    expect(res.body).toEqual({ error: { code: 'CONFLICT', message: '这个防重复标识已用于另一个事项的申请，请返回重新提交' } })
  })

  it.each([
    ['missing', undefined, MISSING_KEY],
    ['empty', '  ', MISSING_KEY],
    ['too short', 'abc', INVALID_KEY],
    ['too long', 'k'.repeat(65), INVALID_KEY],
    ['with other characters', 'key with spaces!', INVALID_KEY],
  ])('answers 400 when the key is %s', async (_label, key, message) => {
    const headers: Record<string, string> = key === undefined ? {} : { 'Idempotency-Key': key }
    const res = await t.post('/api/v1/applications', { token, json: input, headers })
    expect(res.status).toBe(400)
    expect(res.body).toEqual({ error: { code: 'BAD_REQUEST', message } })
    expect(Object.keys(t.store.dump().cases)).toHaveLength(0)
  })

  it('gives every case its own unguessable number and a fresh query code', async () => {
    const numbers = new Set<string>()
    for (let i = 0; i < 5; i += 1) numbers.add((await t.submit<Case>(token, input)).body.caseNo)
    expect(numbers.size).toBe(5)
    const tails = [...numbers].map((n) => n.slice(-8))
    expect(new Set(tails).size).toBe(5)
  })
})
