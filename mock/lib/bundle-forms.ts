import type { FieldValue, FormField, FormMaterial, MaterialSubmission } from '@contract/application'
import type {
  BundleDelivery,
  BundleForm,
  BundleFormField,
  BundleFormMaterial,
  BundleGuide,
  BundleMaterial,
  BundlePart,
  BundleSummary,
} from '@contract/bundle'
import { checkFields } from '@/domain/form-rules'
import { BUNDLES, INDUSTRY_LICENSE_PILOTS, type BundleDef } from '../seed/catalogue/bundles'
import { token } from '../seed/catalogue/prng'
import { applicantKindsOf, buildFormSchema, FIELD_KEY, isUnderCommitment } from '../seed/forms'
import type { CatalogueItem } from '../seed/types'
import { ApiError } from './errors'
import { UPLOAD_LIMITS } from './files'
import { ITEM_ID, type SeedLookup } from './lookup'

/**
 * 一件事 bundles (SPEC §7, issue 14): one guide over the parts, one merged form whose semantic fields
 * are asked once, and the split of a merged submission back into one set of values per part, checked
 * with the same rule module (src/domain/form-rules.ts) as a single application. Routes: GET /bundles…
 * (routes/bundles.ts) and POST /bundle-applications.
 */

export const BUNDLE_NOT_FOUND = '一件事不存在或已下线'

const DEF_BY_NAME = new Map<string, BundleDef>(BUNDLES.map((b) => [b.name, b]))

/** The bundle definition behind a catalogue item, or undefined for an ordinary item. */
export function bundleDefOf(item: Pick<CatalogueItem, 'name' | 'bundle'>): BundleDef | undefined {
  return item.bundle ? DEF_BY_NAME.get(item.name) : undefined
}

/** The bundle item behind `id`: 404 for an unknown id and for an item that is not a bundle. */
export function bundleItem(lookup: SeedLookup, id: string): { item: CatalogueItem; def: BundleDef } {
  const item = ITEM_ID.test(id) ? lookup.item(id) : undefined
  const def = item ? bundleDefOf(item) : undefined
  if (!item || !def) throw new ApiError('NOT_FOUND', BUNDLE_NOT_FOUND)
  return { item, def }
}

const region6 = (code: string) => code.slice(0, 6)

/**
 * A part's implementation: the bundle region's own, else the city's, else the first service region
 * (SPEC §2 order) that implements it. The catalogue samples items per region, so a region may lack a
 * part that its bundle names; its departments then hand the part case to where it is implemented.
 */
export function resolvePart(lookup: SeedLookup, bundle: CatalogueItem, partName: string): CatalogueItem {
  const tok = token(partName)
  const at = (code: string) => {
    const found = lookup.item(`it-${region6(code)}-${tok}`)
    return found && found.name === partName ? found : undefined
  }
  const found = at(bundle.region.code) ?? at(lookup.city.code) ?? lookup.children(lookup.city.code).map((r) => at(r.code)).find((x) => x !== undefined)
  if (!found) throw new Error(`bundle ${bundle.name}: no implementation of part ${partName}`)
  return found
}

interface ResolvedPart {
  item: CatalogueItem
  required: boolean
}

function resolvedParts(lookup: SeedLookup, item: CatalogueItem, def: BundleDef): ResolvedPart[] {
  const optional = new Set(def.opt ?? [])
  return def.parts.map((name) => ({ item: resolvePart(lookup, item, name), required: !optional.has(name) }))
}

/** 一业一证 applies where a pilot region implements the bundle. */
function industryLicenseName(item: CatalogueItem, def: BundleDef): string | null {
  return def.lic && INDUSTRY_LICENSE_PILOTS.includes(region6(item.region.code)) ? def.lic : null
}

function summaryOf(item: CatalogueItem, def: BundleDef, parts: ResolvedPart[]): BundleSummary {
  return {
    id: item.id,
    name: item.name,
    region: { code: item.region.code, name: item.region.name },
    department: { id: item.department.id, name: item.department.name },
    partCount: def.parts.length,
    industryLicense: industryLicenseName(item, def) !== null,
    promisedLimitDays: Math.max(0, ...parts.filter((p) => p.required).map((p) => p.item.promisedLimitDays)),
    audience: item.audience,
  }
}

/** `GET /bundles` row of a bundle item. */
export function bundleSummary(lookup: SeedLookup, item: CatalogueItem): BundleSummary {
  const def = bundleDefOf(item)
  if (!def) throw new Error(`${item.name} is not a bundle`)
  return summaryOf(item, def, resolvedParts(lookup, item, def))
}

/** The merged form stands in for each part's own application form, so those are not uploaded. */
const APPLICATION_FORM = /申请表|申请书|登记表|备案表|审核表|申报表/

function partMaterials(item: CatalogueItem): FormMaterial[] {
  return buildFormSchema(item, '2000-01-01', UPLOAD_LIMITS).materials.filter((m) => !APPLICATION_FORM.test(m.name))
}

/** `GET /bundles/{id}`: the one guide over the parts. */
export function bundleGuide(lookup: SeedLookup, id: string): BundleGuide {
  const { item, def } = bundleItem(lookup, id)
  const parts = resolvedParts(lookup, item, def)
  const materials = new Map<string, BundleMaterial>()
  const guideParts: BundlePart[] = parts.map(({ item: part, required }) => {
    const list = partMaterials(part)
    for (const m of list) {
      const entry = materials.get(m.name)
      if (!entry) materials.set(m.name, { name: m.name, required: required && m.required, eLicenseType: m.eLicenseType, partItemIds: [part.id] })
      else {
        entry.required ||= required && m.required
        entry.eLicenseType ??= m.eLicenseType
        if (!entry.partItemIds.includes(part.id)) entry.partItemIds.push(part.id)
      }
    }
    return {
      itemId: part.id,
      name: part.name,
      department: { id: part.department.id, name: part.department.name },
      required,
      kind: part.kind,
      promisedLimitDays: part.promisedLimitDays,
      fee: { ...part.fee },
      materialNames: list.map((m) => m.name),
      commitment: isUnderCommitment(part),
    }
  })
  const conditions = [...new Set([...item.conditions, ...parts.flatMap((p) => p.item.conditions)])]
  return {
    ...summaryOf(item, def, parts),
    conditions,
    parts: guideParts,
    materials: [...materials.values()],
    halls: pickupHalls(item).map((h) => ({ ...h })),
    industryLicenseName: industryLicenseName(item, def),
    legalBasis: [...item.legalBasis],
    phone: item.phone,
    palm: item.palm,
  }
}

/** Halls where results are picked up: the region's center first; kiosks hand out nothing. */
function pickupHalls(item: CatalogueItem) {
  return item.locations.filter((h) => h.kind !== 'self-service')
}

// ---- the merged form --------------------------------------------------------------------------

/** A merged material with the part material keys it stands for (the server's split needs them). */
export type ResolvedBundleFormMaterial = BundleFormMaterial & { sources: { itemId: string; key: string }[] }

/**
 * What `bundleForm` returns: the contract's BundleForm plus what the server needs to split a
 * submission (material sources, each part's own fields). `publicBundleForm` strips the extras.
 */
export type ResolvedBundleForm = Omit<BundleForm, 'materials'> & {
  materials: ResolvedBundleFormMaterial[]
  /** Each chosen part's own fields as the part case checks them (delivery fields included). */
  partFields: { itemId: string; fields: FormField[] }[]
}

/** Semantic keys answered by the bundle's one delivery choice, not by the form. */
const DELIVERY = /^delivery\./

/**
 * Semantic keys that a part of the same bundle produces: the 统一社会信用代码 comes with the licence
 * of a 设立登记 part, so the other parts do not ask for it (the department fills it in after).
 */
const PRODUCED: Record<string, (partName: string) => boolean> = {
  'business.creditCode': (name) => name.endsWith('设立登记'),
}
/** Materials a 设立登记 of the same bundle produces (the 营业执照 is issued first, then used by the others). */
const PRODUCED_MATERIAL = /^营业执照$/
const registers = (name: string) => name.endsWith('设立登记')

/** applicant.phone → applicantPhone (FIELD_KEY). */
export function semanticKey(semantic: string): string {
  return semantic.replace(/[._-]+([a-zA-Z0-9])/g, (_, ch: string) => ch.toUpperCase()).slice(0, 32)
}

const capitalize = (key: string) => key.charAt(0).toUpperCase() + key.slice(1)

/** The field's rules that two parts' fields must both satisfy, or null when they cannot be one field. */
function intersect(merged: BundleFormField, b: FormField): BundleFormField | null {
  if (merged.kind !== b.kind) return null
  const required = merged.required || b.required
  // Worded as a part that requires it asks it (个体工商户名称's 可以不使用名称 would mislead).
  const a: BundleFormField = !merged.required && b.required ? { ...merged, label: b.label, hint: b.hint, placeholder: b.placeholder } : merged
  switch (a.kind) {
    case 'text':
    case 'textarea':
    case 'address': {
      if (b.kind !== a.kind) return null
      const minLength = Math.max(a.minLength, b.minLength)
      const maxLength = Math.min(a.maxLength, b.maxLength)
      return minLength > maxLength ? null : { ...a, required, minLength, maxLength }
    }
    case 'number': {
      if (b.kind !== 'number') return null
      const min = Math.max(a.min, b.min)
      const max = Math.min(a.max, b.max)
      return min > max ? null : { ...a, required, min, max, integer: a.integer || b.integer }
    }
    case 'date': {
      if (b.kind !== 'date') return null
      const later = (x: string | null, y: string | null) => (x === null ? y : y === null ? x : x > y ? x : y)
      const earlier = (x: string | null, y: string | null) => (x === null ? y : y === null ? x : x < y ? x : y)
      const min = later(a.min, b.min)
      const max = earlier(a.max, b.max)
      return min !== null && max !== null && min > max ? null : { ...a, required, min, max }
    }
    case 'single':
    case 'multiple': {
      if (b.kind !== a.kind) return null
      const options = a.options.filter((o) => b.options.some((p) => p.value === o.value))
      if (options.length === 0) return null
      if (a.kind === 'multiple' && b.kind === 'multiple') {
        const minItems = Math.max(a.minItems, b.minItems)
        const maxItems = Math.min(a.maxItems, b.maxItems, options.length)
        return minItems > maxItems ? null : { ...a, required, options, minItems, maxItems }
      }
      return { ...a, required, options }
    }
    case 'region':
      return b.kind === 'region' && b.level === a.level ? { ...a, required } : null
    default:
      return { ...a, required }
  }
}

function sameCondition(a: FormField['shownWhen'], b: FormField['shownWhen']): boolean {
  if (!a || !b) return a === b
  return a.field === b.field && a.values.length === b.values.length && a.values.every((v) => b.values.includes(v))
}

/**
 * `GET /bundles/{id}/form?parts=a,b`: the form of the required parts and the chosen optional ones
 * (itemIds; a required part named there is simply included). 400 for an id that is not a part.
 */
export function bundleForm(lookup: SeedLookup, id: string, chosenOptional: readonly string[], today: string): ResolvedBundleForm {
  const { item, def } = bundleItem(lookup, id)
  const all = resolvedParts(lookup, item, def)
  const unknown = chosenOptional.filter((partId) => !all.some((p) => p.item.id === partId))
  if (unknown.length > 0) {
    const message = `所选事项不属于本“一件事”：${unknown.slice(0, 3).join('、')}`
    throw new ApiError('BAD_REQUEST', message, { fields: { parts: message } })
  }
  const parts = all.filter((p) => p.required || chosenOptional.includes(p.item.id))
  const schemas = parts.map((p) => ({ part: p, schema: buildFormSchema(p.item, today, UPLOAD_LIMITS) }))
  const produced = new Set(
    Object.entries(PRODUCED)
      .filter(([, producer]) => parts.some((p) => producer(p.item.name)))
      .map(([semantic]) => semantic),
  )

  // Fields: a semantic field once (the rules every part's field satisfies), a part's own field under
  // its key, or under a part prefix (p2Reason) when another field already has that key.
  const fields: BundleFormField[] = []
  const taken = new Set<string>()
  const bySemantic = new Map<string, number>()
  /** Per part: its own key → the merged key (to rewrite conditions and map errors back). */
  const keyMaps = new Map<string, Map<string, string>>()
  const partFields: ResolvedBundleForm['partFields'] = []
  const conditionsOf = new Map<string, { shownWhen: FormField['shownWhen'][]; requiredWhen: FormField['requiredWhen'][] }>()
  const freeKey = (wanted: string, partIndex: number) => {
    let key = wanted
    if (taken.has(key)) key = `p${partIndex + 1}${capitalize(wanted)}`.slice(0, 32)
    for (let n = 2; taken.has(key) || !FIELD_KEY.test(key); n++) key = `p${partIndex + 1}x${n}`
    taken.add(key)
    return key
  }
  schemas.forEach(({ part, schema }, partIndex) => {
    const own = new Map<string, string>()
    keyMaps.set(part.item.id, own)
    const asked = schema.fields.filter((f) => !(f.semantic && produced.has(f.semantic) && !PRODUCED[f.semantic](part.item.name)))
    partFields.push({ itemId: part.item.id, fields: asked })
    for (const field of asked) {
      if (field.semantic && DELIVERY.test(field.semantic)) continue
      const source = { itemId: part.item.id, key: field.key }
      const at = field.semantic ? bySemantic.get(field.semantic) : undefined
      if (at !== undefined) {
        const merged = intersect(fields[at], field)
        if (merged) {
          fields[at] = { ...merged, sources: [...fields[at].sources, source] }
          own.set(field.key, fields[at].key)
          conditionsOf.get(fields[at].key)?.shownWhen.push(field.shownWhen)
          conditionsOf.get(fields[at].key)?.requiredWhen.push(field.requiredWhen)
          continue
        }
      }
      const semantic = field.semantic && at === undefined ? field.semantic : null
      const key = freeKey(semantic ? semanticKey(semantic) : field.key, partIndex)
      // A renamed part field says which part asks it (two 申请事由 side by side must be told apart).
      const label = semantic || key === field.key ? field.label : `${field.label}（${part.item.name}）`
      const { shownWhen: _s, requiredWhen: _r, ...rest } = field
      if (semantic) bySemantic.set(semantic, fields.length)
      fields.push({ ...rest, key, label, semantic, sources: [source] })
      own.set(field.key, key)
      conditionsOf.set(key, { shownWhen: [field.shownWhen], requiredWhen: [field.requiredWhen] })
    }
  })
  // Conditions refer to the part's own keys: rewritten to merged keys, kept only when every part
  // asking the field sets the same one (else the field is simply always asked).
  for (const field of fields) {
    const own = keyMaps.get(field.sources[0].itemId)
    const conds = conditionsOf.get(field.key)
    if (!own || !conds) continue
    const rewrite = (c: FormField['shownWhen'], itemId: string) => {
      const map = keyMaps.get(itemId)
      const target = c && map?.get(c.field)
      return c && target ? { field: target, values: [...c.values] } : undefined
    }
    const shown = conds.shownWhen.map((c, i) => rewrite(c, field.sources[i].itemId))
    const requiredWhen = conds.requiredWhen.map((c, i) => rewrite(c, field.sources[i].itemId))
    if (shown[0] && shown.every((c) => sameCondition(c, shown[0]))) field.shownWhen = shown[0]
    if (requiredWhen[0] && requiredWhen.every((c) => sameCondition(c, requiredWhen[0]))) field.requiredWhen = requiredWhen[0]
  }

  // Materials: each name once, for every chosen part that needs it.
  const materials: ResolvedBundleFormMaterial[] = []
  const registered = parts.some((p) => registers(p.item.name))
  for (const { part, schema } of schemas) {
    for (const m of schema.materials) {
      if (APPLICATION_FORM.test(m.name)) continue
      if (registered && PRODUCED_MATERIAL.test(m.name) && !registers(part.item.name)) continue
      const entry = materials.find((x) => x.name === m.name)
      if (!entry) {
        materials.push({ ...m, key: `m${materials.length + 1}`, partItemIds: [part.item.id], sources: [{ itemId: part.item.id, key: m.key }] })
      } else {
        entry.required ||= m.required
        entry.eLicenseType ??= m.eLicenseType
        entry.maxFiles = Math.max(entry.maxFiles, m.maxFiles)
        if (!entry.partItemIds.includes(part.item.id)) entry.partItemIds.push(part.item.id)
        entry.sources.push({ itemId: part.item.id, key: m.key })
      }
    }
  }

  const committed = parts.filter((p) => isUnderCommitment(p.item))
  return {
    bundleId: item.id,
    bundleName: item.name,
    parts: parts.map((p) => ({ itemId: p.item.id, name: p.item.name, required: p.required })),
    applicantKinds: applicantKindsOf(item),
    fields,
    materials,
    commitment: committed.length > 0 ? bundleCommitment(item, committed.map((p) => p.item)) : null,
    uploads: { maxBytes: UPLOAD_LIMITS.maxBytes, mimeTypes: [...UPLOAD_LIMITS.mimeTypes] },
    promisedLimitDays: Math.max(0, ...parts.map((p) => p.item.promisedLimitDays)),
    fees: parts.map((p) => ({ itemId: p.item.id, name: p.item.name, fee: { ...p.item.fee } })),
    halls: pickupHalls(item).map((h, i) => ({ id: `h${i + 1}`, name: h.name, address: h.address, hours: h.hours })),
    familyFirst: schemas.some((s) => s.schema.familyFirst === true),
    partFields,
  }
}

/** One 告知承诺书 naming every part under 告知承诺制 and the department of each. */
function bundleCommitment(bundle: CatalogueItem, parts: CatalogueItem[]): NonNullable<BundleForm['commitment']> {
  const who = bundle.audience === 'legal' ? '本单位' : bundle.audience === 'both' ? '本人（本单位）' : '本人'
  const named = parts.map((p) => `「${p.name}」（${p.department.name}）`).join('、')
  return {
    title: '告知承诺书',
    text: [
      `${who}通过「${bundle.name}」申请办理${named}，已经知晓各部门告知的全部内容，现作出如下承诺：`,
      '一、所填写的信息和上传的材料真实、准确、完整、有效，不存在隐瞒或虚假情况；',
      '二、已经知晓并符合上述事项的受理条件和审批要求；',
      '三、能够在约定期限内补交告知承诺书所列的相关证明材料，接受部门的事中事后核查；',
      '四、如有不实承诺，愿意承担相应法律责任，接受撤销许可（决定）等处理，并同意将失信情况记入信用记录。',
      `${who}在线勾选同意即视为签署本承诺书，与书面签字（盖章）具有同等效力。`,
    ].join('\n'),
    partItemIds: parts.map((p) => p.id),
  }
}

/** The form as `GET /bundles/{id}/form` sends it (the contract's BundleForm, no server-side extras). */
export function publicBundleForm(form: ResolvedBundleForm): BundleForm {
  const { partFields: _partFields, materials, ...rest } = form
  const plain: BundleFormMaterial[] = materials.map((m) => ({
    key: m.key,
    name: m.name,
    required: m.required,
    eLicenseType: m.eLicenseType,
    note: m.note,
    maxFiles: m.maxFiles,
    partItemIds: [...m.partItemIds],
  }))
  return { ...rest, materials: plain }
}

// ---- splitting a submission -----------------------------------------------------------------------

export interface BundlePartValues {
  itemId: string
  /** Normalised values under the part's own field keys (as a single application would store them). */
  fields: Record<string, FieldValue>
  /** Submissions under the part's own material keys. */
  materials: MaterialSubmission[]
}

/**
 * Splits a merged submission into each chosen part's values and materials. `errors` are keyed like
 * POST /applications' `fields.<key>` / `materials.<key>` with the merged form's keys (a part's own
 * rule that fails is reported on the merged field that feeds it; a delivery field on `delivery`).
 * Materials are checked for shape only (known key, once, required ones present): files and
 * e-licences are the caller's to check, as for a single application.
 */
export function splitBundleValues(
  form: ResolvedBundleForm,
  fields: Record<string, unknown>,
  materials: readonly MaterialSubmission[],
  options: { today?: Date; delivery?: BundleDelivery } = {},
): { parts: BundlePartValues[]; errors: Record<string, string> } {
  const today = options.today ?? new Date()
  const errors: Record<string, string> = {}
  const checked = checkFields(form.fields, fields, today)
  for (const [key, message] of Object.entries(checked.errors)) errors[`fields.${key}`] = message

  const out = new Map<string, BundlePartValues>(form.parts.map((p) => [p.itemId, { itemId: p.itemId, fields: {}, materials: [] }]))
  for (const field of form.fields) {
    if (!Object.prototype.hasOwnProperty.call(checked.values, field.key)) continue
    for (const source of field.sources) {
      const part = out.get(source.itemId)
      if (part) part.fields[source.key] = checked.values[field.key]
    }
  }

  // The one delivery choice answers each part's own 领取方式 / 邮寄地址.
  const delivery = options.delivery ?? null
  for (const { itemId, fields: own } of form.partFields) {
    const part = out.get(itemId)
    if (!part) continue
    for (const field of own) {
      if (field.semantic === 'delivery.method') part.fields[field.key] = delivery?.method === 'mail' ? 'mail' : 'window'
      else if (field.semantic === 'delivery.address' && delivery?.method === 'mail') part.fields[field.key] = delivery.address
    }
  }

  // Each part's own rules again, on its own values: the merged rules are their intersection, so this
  // only catches what the merge could not express; messages go back to the merged keys.
  if (Object.keys(errors).length === 0) {
    for (const { itemId, fields: own } of form.partFields) {
      const part = out.get(itemId)
      if (!part) continue
      const result = checkFields(own, part.fields, today)
      for (const [key, message] of Object.entries(result.errors)) {
        const ownField = own.find((f) => f.key === key)
        const merged = form.fields.find((f) => f.sources.some((s) => s.itemId === itemId && s.key === key))
        const where = merged ? `fields.${merged.key}` : ownField?.semantic && DELIVERY.test(ownField.semantic) ? 'delivery' : `fields.${key}`
        errors[where] ??= message
      }
      part.fields = result.values
    }
  }

  const sent = new Map<string, MaterialSubmission>()
  for (const m of materials) {
    if (sent.has(m.key)) errors[`materials.${m.key}`] = '同一项材料提交了两次'
    else if (!form.materials.some((x) => x.key === m.key)) errors[`materials.${m.key}`] = '材料清单中没有这一项'
    sent.set(m.key, m)
  }
  for (const material of form.materials) {
    const submission = sent.get(material.key)
    const given = submission && (submission.fileIds.length > 0 || submission.licenseId !== null)
    if (!given) {
      if (material.required) errors[`materials.${material.key}`] ??= material.eLicenseType ? `请上传「${material.name}」或选择电子证照` : `请上传「${material.name}」`
      continue
    }
    for (const source of material.sources) {
      out.get(source.itemId)?.materials.push({ key: source.key, fileIds: [...submission.fileIds], licenseId: submission.licenseId })
    }
  }
  return { parts: [...out.values()], errors }
}
