import { Hono } from 'hono'
import { z } from 'zod'
import type { Guide, ItemQuery, ItemSummary, ItemSuggestion, ItemTag } from '@contract/service-item'
import { ITEM_TAGS } from '@contract/service-item'
import type { Page } from '@contract/common'
import { SEARCH_QUERY_CHARS, countChars } from '@/domain/text'
import type { CatalogueItem } from '../seed/types'
import { catalogueCache } from '../lib/cache'
import type { AppContext, AppEnv } from '../lib/env'
import { ApiError } from '../lib/errors'
import { itemForm, palmItem } from '../lib/item-forms'
import { ITEM_ID, REGION_CODE, type SeedLookup } from '../lib/lookup'
import { ITEM_NOT_FOUND } from '../lib/not-found'
import { intParam, parseQuery } from '../lib/validate'
import { chinaDateOf } from '../lib/working-days'

const MAX_QUERY_CHARS = SEARCH_QUERY_CHARS.max

/** The full guide: a catalogue entry without what only search and ranking use (aliases, popularity). */
export function toGuide(item: CatalogueItem): Guide {
  const { aliases: _aliases, popularity: _popularity, ...guide } = item
  return guide
}

function searchText() {
  return z
    .string()
    .refine((q) => countChars(q) <= MAX_QUERY_CHARS, `搜索词不能超过 ${MAX_QUERY_CHARS} 个字`)
    .optional()
}

/** Filters shared by search and hot items; each must name something that exists in the seed. */
function regionFilter(lookup: SeedLookup) {
  return z
    .string()
    .superRefine((code, ctx) => {
      if (!REGION_CODE.test(code)) return void ctx.addIssue({ code: 'custom', message: '地区编码须为 12 位数字' })
      const region = lookup.region(code)
      if (!region) return void ctx.addIssue({ code: 'custom', message: '地区不存在' })
      if (region.level !== 'city' && region.level !== 'county') {
        ctx.addIssue({ code: 'custom', message: '事项只能按市级或县级（区）地区筛选' })
      }
    })
    .optional()
}

const tagList = z
  .string()
  .transform((raw, ctx) => {
    const tags = [...new Set(raw.split(',').map((t) => t.trim()).filter((t) => t !== ''))]
    const unknown = tags.filter((t) => !(ITEM_TAGS as readonly string[]).includes(t))
    if (unknown.length > 0) {
      ctx.addIssue({ code: 'custom', message: `未知的标签：${unknown.slice(0, 5).join('、')}（可选：${ITEM_TAGS.join('、')}）` })
      return z.NEVER
    }
    return tags as ItemTag[]
  })
  .optional()

export function itemRoutes(ctx: AppContext) {
  const { index, lookup } = ctx
  const app = new Hono<AppEnv>()
  app.use(catalogueCache)

  const searchQuery = z.strictObject({
    q: searchText(),
    region: regionFilter(lookup),
    home: regionFilter(lookup),
    department: z
      .string()
      .refine((id) => id.length <= 64 && lookup.department(id) !== undefined, '部门不存在')
      .optional(),
    audience: z.enum(['personal', 'legal'], { error: '服务对象须为 personal（个人）或 legal（法人）' }).optional(),
    theme: z
      .string()
      .refine((id) => id.length <= 64 && lookup.theme(id) !== undefined, '主题不存在')
      .optional(),
    tags: tagList,
    page: intParam('页码须为 1 到 1000 之间的整数', 1, 1000),
    pageSize: intParam('每页条数须为 1 到 50 之间的整数', 1, 50),
  })

  /**
   * Search and browse: one result per service, best match first, filters combined with AND; each
   * result is the implementation of `region` (a filter), else of `home` (所在地, not a filter),
   * else the city's, and says where the service can be handled. A page past the last one is an
   * empty page with the real total (not clamped), so an infinite list simply stops.
   */
  app.get('/', (c) => {
    const { page = 1, pageSize = 20, ...filters } = parseQuery(c, searchQuery)
    const query: ItemQuery = { page, pageSize }
    if (filters.q !== undefined) query.q = filters.q
    if (filters.region !== undefined) query.region = filters.region
    if (filters.home !== undefined) query.home = filters.home
    if (filters.department !== undefined) query.department = filters.department
    if (filters.audience !== undefined) query.audience = filters.audience
    if (filters.theme !== undefined) query.theme = filters.theme
    if (filters.tags !== undefined && filters.tags.length > 0) query.tags = filters.tags
    const result: Page<ItemSummary> = index.searchServices(query)
    return c.json(result)
  })

  const suggestQuery = z.strictObject({
    q: searchText(),
    limit: intParam('条数须为 1 到 20 之间的整数', 1, 20),
  })

  /** Completions while typing; an empty q has none. */
  app.get('/suggest', (c) => {
    const { q, limit = 10 } = parseQuery(c, suggestQuery)
    const items: ItemSuggestion[] = q ? index.suggest(q, limit) : []
    return c.json({ items, total: items.length, page: 1, pageSize: limit } satisfies Page<ItemSuggestion>)
  })

  const hotQuery = z.strictObject({
    region: regionFilter(lookup),
    home: regionFilter(lookup),
    limit: intParam('条数须为 1 到 50 之间的整数', 1, 50),
  })

  /** Most used services, citywide or of one region; `home` (所在地) picks implementations, hides nothing. */
  app.get('/hot', (c) => {
    const { region, home, limit = 10 } = parseQuery(c, hotQuery)
    const items = index.hot(limit, region, home)
    return c.json({ items, total: items.length, page: 1, pageSize: limit } satisfies Page<ItemSummary>)
  })

  const coordinate = (max: number, what: string) =>
    z
      .string()
      .transform((raw, zctx) => {
        const value = Number(raw)
        if (raw.trim() === '' || !Number.isFinite(value) || Math.abs(value) > max) {
          zctx.addIssue({ code: 'custom', message: `${what}须为 -${max} 到 ${max} 之间的数` })
          return z.NEVER
        }
        return value
      })
  const nearestQuery = z.strictObject({ latitude: coordinate(90, '纬度'), longitude: coordinate(180, '经度') })

  /**
   * 所在地 from the phone's location (sent only after the person allowed it): the service region
   * whose 行政服务中心 is nearest. Outside 泉州 this is still the nearest one; the app lets them change it.
   */
  app.get('/nearest-region', (c) => {
    const { latitude, longitude } = parseQuery(c, nearestQuery)
    const region = index.nearestRegion(latitude, longitude)
    if (!region) throw new ApiError('NOT_FOUND', '没有可选的办理地区')
    return c.json(region)
  })

  /** The stepped form of a palm-capable item (掌上办); other items are applied for at a window. */
  app.get('/:id/form', (c) => {
    parseQuery(c, z.strictObject({}))
    const item = palmItem(lookup, c.req.param('id'))
    return c.json(itemForm(item, chinaDateOf(ctx.clock.now())))
  })

  app.get('/:id', (c) => {
    const id = c.req.param('id')
    const item = ITEM_ID.test(id) ? index.get(id) : undefined
    if (!item) throw new ApiError('NOT_FOUND', ITEM_NOT_FOUND)
    return c.json(toGuide(item))
  })

  return app
}
