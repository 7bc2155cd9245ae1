import type { CaseRecord, DbData, UserRecord } from './records'

/** Records for the store's tests and the kill -9 child: realistic shapes, made-up people. */

export function userRecord(id: string, overrides: Partial<UserRecord> = {}): UserRecord {
  return {
    id,
    nickname: '演示居民',
    role: 'resident',
    realName: { name: '陈小明', idNumber: '350582199001011234', verifiedAt: '2022-03-01T09:00:00.000+08:00' },
    phone: '13805951234',
    enterprise: null,
    village: null,
    demoAccount: null,
    createdAt: '2022-03-01T09:00:00.000+08:00',
    ...overrides,
  }
}

/** Case number n (zero-padded), submitted n seconds after 2022-03-01 09:00 China time. */
export function caseRecord(n: number, overrides: Partial<CaseRecord> = {}): CaseRecord {
  const caseNo = `SL20220301${String(n).padStart(8, '0')}`
  const submittedAt = new Date(Date.parse('2022-03-01T09:00:00.000+08:00') + n * 1000).toISOString()
  return {
    caseNo,
    queryCode: 'K7Q2M9',
    ownerId: 'demo-resident',
    item: {
      id: 'item-1',
      name: '居民身份证换领',
      department: { id: 'dept-1', name: '泉州市公安局' },
      region: { code: '350500', name: '泉州市' },
      kind: 'promised',
      promisedLimitDays: 15,
    },
    applicantKind: 'personal',
    applicant: { name: '陈小明', idNumber: '350582199001011234', phone: '13805951234', enterprise: null },
    status: 'submitted',
    submittedAt,
    fields: [{ key: 'reason', label: '换领原因', kind: 'single', value: 'expired', display: '有效期满' }],
    materials: [{ key: 'photo', name: '近期免冠照片', files: [{ fileId: 'f'.repeat(32), name: 'photo.jpg', size: 1234, mime: 'image/jpeg' }], license: null }],
    commitmentAccepted: false,
    notices: [],
    timeline: [{ at: submittedAt, status: 'submitted', actor: '申请人', title: '已提交申请', note: '等待泉州市公安局预审受理' }],
    idempotencyKey: `key-${n}`,
    acceptedAt: null,
    acceptedOn: null,
    pauses: [],
    supplement: null,
    supplements: [],
    result: null,
    concludedAt: null,
    rating: null,
    ...overrides,
  }
}

/** A db.json as the JSON store wrote it, with `cases` cases of the demo resident. */
export function legacyData(cases: number): DbData {
  const data: DbData = {
    version: 1,
    users: { 'demo-resident': userRecord('demo-resident', { demoAccount: 'resident' }) },
    sessions: { ['a'.repeat(64)]: { userId: 'demo-resident', createdAt: '2022-03-01T09:00:00.000+08:00' } },
    uploads: {},
    cases: {},
    idempotency: {},
    assistRequests: {},
    notices: {},
    certificateRequests: {},
    certificates: {},
    ratings: {},
    complaints: {},
    familyMembers: {},
    messages: {},
  }
  for (let n = 1; n <= cases; n += 1) {
    const record = caseRecord(n)
    data.cases[record.caseNo] = record
    data.idempotency[`demo-resident ${record.idempotencyKey}`] = { userId: 'demo-resident', key: record.idempotencyKey, itemId: 'item-1', caseNo: record.caseNo, createdAt: record.submittedAt }
  }
  return data
}
