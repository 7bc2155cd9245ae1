import type { Context } from 'hono'
import { z } from 'zod'
import { ApiError } from './errors'

/** Per-field Chinese messages, keyed like the query parameter or the body path (`a.b.0`). */
export type Fields = Record<string, string>

const TYPE_NAMES: Record<string, string> = {
  string: '文本',
  number: '数字',
  int: '整数',
  boolean: '布尔值（true/false）',
  array: '数组',
  object: '对象',
  null: 'null',
  date: '日期',
}

function formatLimit(value: number | bigint): string {
  return typeof value === 'bigint' ? value.toString() : String(value)
}

/**
 * zod's built-in messages are English; this error map gives every issue a Chinese message.
 * Schemas that name their own Chinese message (the usual case) win over it, so this is the floor
 * for whatever a schema did not spell out.
 */
export function chineseIssueMessage(iss: z.core.$ZodRawIssue): string {
  switch (iss.code) {
    case 'invalid_type':
      return iss.input === undefined ? '此项必填' : `应为${TYPE_NAMES[iss.expected] ?? iss.expected}`
    case 'too_small':
      if (iss.origin === 'string') return Number(iss.minimum) <= 1 ? '不能为空' : `不能少于 ${formatLimit(iss.minimum)} 个字符`
      if (iss.origin === 'array' || iss.origin === 'set') return `至少 ${formatLimit(iss.minimum)} 项`
      return `不能小于 ${formatLimit(iss.minimum)}`
    case 'too_big':
      if (iss.origin === 'string') return `不能超过 ${formatLimit(iss.maximum)} 个字符`
      if (iss.origin === 'array' || iss.origin === 'set') return `最多 ${formatLimit(iss.maximum)} 项`
      return `不能大于 ${formatLimit(iss.maximum)}`
    case 'invalid_value':
      return `须为以下之一：${iss.values.map(String).join('、')}`
    case 'unrecognized_keys':
      return `不支持的字段：${iss.keys.join('、')}`
    case 'not_multiple_of':
      return `须为 ${iss.divisor} 的倍数`
    default:
      return '格式不正确'
  }
}

/** A map without a prototype, so parameter names like __proto__ or constructor are plain keys. */
function dictionary(): Record<string, string> {
  return Object.create(null) as Record<string, string>
}

/** Turns zod issues into `fields`, one (the first) message per field. */
export function issuesToFields(issues: readonly z.core.$ZodIssue[]): Fields {
  const fields = dictionary()
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) if (!(key in fields)) fields[key] = `不支持的参数：${key}`
      continue
    }
    const key = issue.path.length > 0 ? issue.path.map(String).join('.') : '_'
    if (!(key in fields)) fields[key] = issue.message
  }
  return fields
}

/** Summary message: the one field's own message when only one failed, else `fallback`. */
function summary(fields: Fields, fallback: string): string {
  const messages = Object.values(fields)
  return messages.length === 1 ? messages[0] : fallback
}

type ParseResult<T> = { ok: true; data: T } | { ok: false; fields: Fields }

export function parseWith<S extends z.ZodType>(schema: S, input: unknown): ParseResult<z.output<S>> {
  const result = schema.safeParse(input, { error: (iss) => chineseIssueMessage(iss) })
  return result.success ? { ok: true, data: result.data } : { ok: false, fields: issuesToFields(result.error.issues) }
}

/** Characters that only a broken client or an attack sends: C0/C1 controls, lone surrogates, U+FFFD. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point of this pattern
const GARBAGE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffd]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

export function hasGarbage(text: string): boolean {
  return GARBAGE.test(text)
}

/** Longest query string accepted; every parameter of the contract fits well inside it. */
const MAX_QUERY_LENGTH = 2048

/**
 * Reads the query string once, strictly: a parameter given twice, undecodable bytes and control
 * characters are a 400 rather than whichever value a framework happens to pick. Values are trimmed
 * and empty values count as absent, so `?region=` from a "全部" filter means no filter.
 * URLSearchParams (not the framework's decoder) is used because it turns invalid UTF-8 into U+FFFD,
 * which can then be recognised instead of searching for mojibake.
 */
export function readQuery(c: Context): Record<string, string> {
  const url = c.req.url
  const at = url.indexOf('?')
  const raw = at === -1 ? '' : url.slice(at + 1).split('#')[0]
  if (raw.length > MAX_QUERY_LENGTH) throw new ApiError('BAD_REQUEST', '请求参数过长')
  const params = new URLSearchParams(raw)
  const values = dictionary()
  const repeated = dictionary()
  for (const [key, value] of params) {
    if (hasGarbage(key) || hasGarbage(value)) {
      throw new ApiError('BAD_REQUEST', '请求参数包含无法识别的字符，请使用 UTF-8 编码')
    }
    if (key in values) {
      repeated[key] = `参数 ${key} 只能出现一次`
      continue
    }
    values[key] = value.trim()
  }
  if (Object.keys(repeated).length > 0) throw new ApiError('BAD_REQUEST', summary(repeated, '请求参数重复'), { fields: repeated })
  for (const key of Object.keys(values)) if (values[key] === '') delete values[key]
  return values
}

/** Validates the query against a schema of optional string parameters; failures are a 400 with fields. */
export function parseQuery<S extends z.ZodType>(c: Context, schema: S): z.output<S> {
  const result = parseWith(schema, readQuery(c))
  if (!result.ok) throw new ApiError('BAD_REQUEST', summary(result.fields, '请求参数有误，请检查后重试'), { fields: result.fields })
  return result.data
}

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i

/**
 * Reads a JSON object body: wrong content type → 415, empty / not JSON / not an object → 400,
 * schema failures → 422 with per-field Chinese messages. The size cap is the body-limit middleware's.
 */
export async function parseJson<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  const type = c.req.header('content-type') ?? ''
  if (!JSON_TYPE.test(type)) throw new ApiError('UNSUPPORTED_MEDIA_TYPE')
  const text = await c.req.text()
  if (text.trim() === '') throw new ApiError('BAD_REQUEST', '缺少请求体')
  if (text.includes('\ufffd')) throw new ApiError('BAD_REQUEST', '请求体包含无法识别的字符，请使用 UTF-8 编码')
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    throw new ApiError('BAD_REQUEST', '请求体不是合法的 JSON')
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw new ApiError('BAD_REQUEST', '请求体须为 JSON 对象')
  const result = parseWith(schema, body)
  if (!result.ok) throw new ApiError('VALIDATION_FAILED', summary(result.fields, '填写的内容有误，请检查后再提交'), { fields: result.fields })
  return result.data
}

/**
 * An optional integer query parameter in [min, max]. Only plain decimal digits pass, so NaN, -1,
 * 1.5, 1e3, 0x10 and 20-digit numbers all get the same clear message instead of being coerced.
 */
export function intParam(message: string, min: number, max: number) {
  return z
    .string()
    .regex(/^\d{1,9}$/, message)
    .transform(Number)
    .pipe(z.number().int().min(min, message).max(max, message))
    .optional()
}

// The one character count is the domain's; routes and lib/text.ts still import it from here by this name.

type IdentityCheck = (raw: string) => { ok: true; value: string } | { ok: false; message: string }

/**
 * A required string body field checked by one of the shared identity or name checks (src/domain):
 * the check's own Chinese message becomes the field's, so the form and the server say the same.
 */
export function identityField(check: IdentityCheck, missing: string) {
  return z.string({ error: (iss) => (iss.input === undefined ? missing : '应为文本') }).transform((raw, ctx) => {
    if (raw.length > 200) {
      ctx.addIssue({ code: 'custom', message: '内容过长，请核对' })
      return z.NEVER
    }
    const result = check(raw)
    if (!result.ok) {
      ctx.addIssue({ code: 'custom', message: result.message })
      return z.NEVER
    }
    return result.value
  })
}
