import type { Hono } from 'hono'
import type { FormSchema } from '@contract/application'
import type { Case, CaseAction, TransitionInput } from '@contract/case'
import type { Page } from '@contract/common'
import type { Rating, RatingInput } from '@contract/rating'
import type { ItemSummary } from '@contract/service-item'
import type { AuthResult, User } from '@contract/user'
import { idNumberCheckChar } from '@/domain/identity'
import type { LifecycleAction } from '@/domain/case-lifecycle'
import { API_BASE } from '../app'
import { JPEG, validValue } from '../test-support/fixtures'

/**
 * Demo cases for `npm start`: cases of the demo `resident` account in every state of the
 * lifecycle, made THROUGH the API in-process (sign-in, real-name verification, an upload, real
 * applications of palm items, back-office transitions), with the admin clock moved back in time
 * for each step so timelines and deadlines look lived-in (one case is overdue), then the clock is
 * given back. Nothing is written behind the API's back, so the demo data obeys every rule.
 */

/** Clearly a demo person: 演示居民 with a made-up but checksum-valid ID number (born 1990-03-07). */
const DEMO_NAME = '演示居民'
const DEMO_ID_FIRST17 = '35058219900307123'

const CITY = '350500000000'

/** A step of a demo case: an action, how long before now it happened, and what the department wrote. */
interface Step {
  action: LifecycleAction
  hoursAgo: number
  note?: string
  supplementItems?: string[]
  result?: string
}

interface DemoSpec {
  /** A city-level palm item by name (skipped, with a line in the log, if the seed has no such item). */
  item: string
  hoursAgo: number
  steps: Step[]
  /** 好差评 given after the steps, and the back office's reply to it (a bad one), so a follow-up can be tried. */
  rating?: RatingInput & { hoursAgo: number; reply?: { hoursAgo: number; text: string; rectification: string } }
}

const DAY = 24

/**
 * The demo: one case per state, newest last in this list. Three are concluded: one long ago and never
 * rated (the 7-day default 满意), one rated 不满意 and answered by the department (a follow-up can be
 * tried), one still waiting for its rating.
 */
export const DEMO_SPECS: DemoSpec[] = [
  {
    // Concluded long ago and never rated: carries the 7-day default 满意.
    item: '社会保障卡申领',
    hoursAgo: 15 * DAY,
    steps: [
      { action: 'accept', hoursAgo: 15 * DAY - 1, note: '即办件，当场受理' },
      { action: 'approve', hoursAgo: 15 * DAY - 2, note: '审核通过' },
      { action: 'conclude', hoursAgo: 15 * DAY - 3, note: '已当场办结', result: '社会保障卡已制作完成，已当场领取' },
    ],
  },
  {
    item: '居民身份证换领',
    hoursAgo: 12 * DAY,
    steps: [
      { action: 'accept', hoursAgo: 11 * DAY, note: '材料齐全，予以受理' },
      { action: 'request-supplement', hoursAgo: 10 * DAY, note: '照片背景不符合要求，请上传白底证件照', supplementItems: ['近期免冠照片'] },
      { action: 'supply', hoursAgo: 9 * DAY, note: '已重新拍摄白底照片' },
      { action: 'approve', hoursAgo: 3 * DAY, note: '审核通过' },
      { action: 'conclude', hoursAgo: 2 * DAY, note: '证件已制作完成', result: '新身份证已制作完成，请携带回执到受理点领取' },
    ],
  },
  {
    item: '职业培训补贴申领',
    hoursAgo: 20 * DAY,
    steps: [
      { action: 'accept', hoursAgo: 19 * DAY, note: '予以受理' },
      { action: 'start-review', hoursAgo: 18 * DAY, note: '进入审核' },
    ],
  },
  { item: '居民身份证补领', hoursAgo: 4 * DAY, steps: [{ action: 'refuse', hoursAgo: 3 * DAY, note: '户籍不在本市，请到户籍所在地公安机关办理' }] },
  {
    item: '普通护照签发',
    hoursAgo: 6 * DAY,
    steps: [
      { action: 'accept', hoursAgo: 5 * DAY, note: '予以受理' },
      { action: 'approve', hoursAgo: 1 * DAY, note: '审批通过', result: '护照已签发，将通过免费邮寄送达' },
    ],
  },
  {
    item: '职业技能等级认定',
    hoursAgo: 5 * DAY,
    steps: [
      { action: 'accept', hoursAgo: 4 * DAY, note: '予以受理' },
      { action: 'deny', hoursAgo: 1 * DAY, note: '申报等级的工作年限不满足条件' },
    ],
  },
  {
    item: '出生登记',
    hoursAgo: 3 * DAY,
    steps: [
      { action: 'accept', hoursAgo: 3 * DAY - 1, note: '即办件，当场受理' },
      { action: 'approve', hoursAgo: 3 * DAY - 2, note: '审核通过' },
      { action: 'conclude', hoursAgo: 3 * DAY - 3, note: '已当场办结' },
    ],
    rating: {
      hoursAgo: 2 * DAY,
      level: 2,
      tags: ['efficiency'],
      comment: '现场等候时间较长',
      reply: { hoursAgo: 1 * DAY, text: '经核实，当日窗口人手不足导致等候时间较长，向您致歉', rectification: '高峰时段增开一个窗口，并开通线上预约取号' },
    },
  },
  {
    item: '户口迁移（迁入）',
    hoursAgo: 3 * DAY,
    steps: [
      { action: 'accept', hoursAgo: 2 * DAY, note: '予以受理' },
      { action: 'request-supplement', hoursAgo: 1 * DAY, note: '请补充迁入地房屋产权证明', supplementItems: ['房屋产权证明'] },
    ],
  },
  { item: '居住证申领', hoursAgo: 2 * DAY, steps: [{ action: 'withdraw', hoursAgo: 2 * DAY - 1, note: '信息填错了，重新申请' }] },
  { item: '社会保障卡申领', hoursAgo: 2, steps: [{ action: 'accept', hoursAgo: 1, note: '即办件，今日办结' }] },
  { item: '户口迁移（迁入）', hoursAgo: 1, steps: [] },
]

type Fetch = (path: string, init?: { method?: string; token?: string; json?: unknown; form?: FormData; headers?: Record<string, string> }) => Promise<{ status: number; body: unknown }>

function caller(app: Hono): Fetch {
  return async (path, init = {}) => {
    const headers: Record<string, string> = { ...init.headers }
    if (init.token) headers.Authorization = `Bearer ${init.token}`
    if (init.json !== undefined) headers['Content-Type'] = 'application/json'
    const res = await app.request(`${API_BASE}${path}`, { method: init.method ?? 'GET', headers, body: init.form ?? (init.json === undefined ? undefined : JSON.stringify(init.json)) })
    const text = await res.text()
    return { status: res.status, body: text && (res.headers.get('content-type') ?? '').includes('json') ? JSON.parse(text) : text }
  }
}

export interface DemoResult {
  /** Case numbers created, in the order of DEMO_SPECS (skipped specs left out). */
  created: string[]
  /** True when the demo resident already had cases, so nothing was done. */
  skipped: boolean
}

/** Creates the demo cases unless the demo resident already has some. Throws if the API refuses a step. */
export async function createDemoCases(app: Hono, log: (line: string) => void = () => undefined): Promise<DemoResult> {
  const call = caller(app)
  const must = async <T>(what: string, promise: Promise<{ status: number; body: unknown }>, ok = [200, 201]): Promise<T> => {
    const res = await promise
    if (!ok.includes(res.status)) throw new Error(`demo: ${what} answered ${res.status}: ${JSON.stringify(res.body)}`)
    return res.body as T
  }
  const signIn = async (account: string) => (await must<AuthResult>(`sign-in as ${account}`, call('/auth/demo', { method: 'POST', json: { account } }))).token
  const resident = await signIn('resident')
  const admin = await signIn('admin')

  const mine = await must<Page<unknown>>('listing cases', call('/cases?pageSize=1', { token: resident }))
  if (mine.total > 0) return { created: [], skipped: true }

  const me = await must<User>('reading the profile', call('/me', { token: resident }))
  if (!me.realName) {
    await must('real-name verification', call('/me/real-name', { method: 'PUT', token: resident, json: { name: DEMO_NAME, idNumber: DEMO_ID_FIRST17 + idNumberCheckChar(DEMO_ID_FIRST17) } }))
  }
  const form = new FormData()
  form.append('file', new Blob([JPEG], { type: 'image/jpeg' }), 'demo-photo.jpg')
  const { fileId } = await must<{ fileId: string }>('upload', call('/uploads', { method: 'POST', token: resident, form }))

  const clockNow = await must<{ now: string; fixed: boolean }>('reading the clock', call('/admin/clock', { token: admin }))
  const base = new Date(clockNow.now).getTime()
  const setClock = (hoursAgo: number) => must('setting the clock', call('/admin/clock', { method: 'PUT', token: admin, json: { now: new Date(base - hoursAgo * 3_600_000).toISOString() } }))

  const created: string[] = []
  try {
    let n = 0
    for (const spec of DEMO_SPECS) {
      const found = await must<Page<ItemSummary>>(`searching ${spec.item}`, call(`/items?q=${encodeURIComponent(spec.item)}&pageSize=20`))
      const item = found.items.find((i) => i.name === spec.item && i.region.code === CITY)
      if (!item) {
        log(`[mock] demo: no city-level item named ${spec.item}; skipped`)
        continue
      }
      await setClock(spec.hoursAgo)
      const schema = await must<FormSchema>(`form of ${spec.item}`, call(`/items/${item.id}/form`))
      const fields = Object.fromEntries(schema.fields.map((f) => [f.key, validValue(f)]))
      const materials = schema.materials.filter((m) => m.required).map((m) => ({ key: m.key, fileIds: [fileId], licenseId: null }))
      n += 1
      const application = { itemId: item.id, applicantKind: 'personal', fields, materials, commitmentAccepted: schema.commitment !== null }
      const c = await must<Case>(`applying for ${spec.item}`, call('/applications', { method: 'POST', token: resident, json: application, headers: { 'Idempotency-Key': `demo-case-${n}-${base}` } }))
      await must('subscribing to notices', call(`/cases/${c.caseNo}/notices`, { method: 'PUT', token: resident, json: { events: ['accepted', 'needs-supplement', 'concluded'] } }))
      let current = c
      for (const step of spec.steps) {
        await setClock(step.hoursAgo)
        current = await must<Case>(`${step.action} on ${c.caseNo}`, applyStep(call, { resident, admin, fileId }, current, step))
      }
      if (spec.rating) {
        const { hoursAgo, reply, ...input } = spec.rating
        await setClock(hoursAgo)
        const rating = await must<Rating>(`rating ${c.caseNo}`, call(`/cases/${c.caseNo}/rating`, { method: 'POST', token: resident, json: input }))
        if (reply) {
          await setClock(reply.hoursAgo)
          await must(`replying to ${rating.id}`, call(`/admin/ratings/${rating.id}/reply`, { method: 'POST', token: admin, json: { text: reply.text, rectification: reply.rectification } }))
        }
      }
      created.push(c.caseNo)
    }
  } finally {
    await must('resetting the clock', call('/admin/clock', { method: 'DELETE', token: admin }))
  }
  log(`[mock] demo: created ${created.length} cases for the demo resident account (see them with: npm run case -- list)`)
  return { created, skipped: false }
}

function applyStep(call: Fetch, who: { resident: string; admin: string; fileId: string }, current: Case, step: Step) {
  const { caseNo } = current
  if (step.action === 'supply') {
    const materials = (current.supplement?.items ?? []).map((name) => ({ name, fileIds: [who.fileId] }))
    return call(`/cases/${caseNo}/supplements`, { method: 'POST', token: who.resident, json: { materials, note: step.note ?? '' } })
  }
  if (step.action === 'withdraw') return call(`/cases/${caseNo}/withdraw`, { method: 'POST', token: who.resident, json: { reason: step.note ?? '' } })
  const body: TransitionInput = { action: step.action as CaseAction, note: step.note ?? '' }
  if (step.supplementItems) body.supplementItems = step.supplementItems
  if (step.result) body.result = step.result
  return call(`/admin/cases/${caseNo}/transition`, { method: 'POST', token: who.admin, json: body })
}
