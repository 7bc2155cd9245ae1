import { Hono } from 'hono'
import { z } from 'zod'
import type { BundleSummary } from '@contract/bundle'
import type { Page } from '@contract/common'
import { bundleForm, bundleGuide, bundleSummary, publicBundleForm } from '../lib/bundle-forms'
import { catalogueCache } from '../lib/cache'
import type { AppContext, AppEnv } from '../lib/env'
import { ApiError } from '../lib/errors'
import { REGION_CODE } from '../lib/lookup'
import { listQuery, pageOf } from '../lib/paging'
import { parseQuery } from '../lib/validate'
import { chinaDateOf } from '../lib/working-days'
import type { CatalogueItem } from '../seed/types'

/**
 * 一件事 bundles (SPEC §7): `GET /bundles` (a region's bundles, most used first), `GET /bundles/{id}`
 * (the one guide over the parts) and `GET /bundles/{id}/form?parts=a,b` (the merged form of the
 * required parts and the chosen optional ones). Applying is POST /bundle-applications.
 */
export function bundleRoutes(ctx: AppContext) {
  const { lookup, seed } = ctx
  const app = new Hono<AppEnv>()
  app.use(catalogueCache)

  // The catalogue never changes while the mock runs: the bundle items and their summaries are built once.
  let all: { item: CatalogueItem; summary: BundleSummary }[] | null = null
  const bundles = () =>
    (all ??= seed.items
      .filter((i) => i.bundle)
      .sort((a, b) => b.popularity - a.popularity || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((item) => ({ item, summary: bundleSummary(lookup, item) })))

  const query = listQuery.extend({ region: z.string().regex(REGION_CODE, '地区编码须为 12 位数字').optional() })

  /** Bundles of one region (the city or a service region), or citywide without `region`. */
  app.get('/', (c) => {
    const { region, page = 1, pageSize = 20 } = parseQuery(c, query)
    if (region !== undefined) {
      const found = lookup.region(region)
      if (!found) throw new ApiError('NOT_FOUND', '地区不存在')
      if (found.level !== 'city' && found.level !== 'county') {
        const message = '“一件事”只按市级或县级（区）地区查询'
        throw new ApiError('BAD_REQUEST', message, { fields: { region: message } })
      }
    }
    const list = bundles()
      .filter((b) => region === undefined || b.item.region.code === region)
      .map((b) => b.summary)
    return c.json(pageOf(list, page, pageSize) satisfies Page<BundleSummary>)
  })

  const formQuery = z.strictObject({
    parts: z
      .string()
      .max(2000, '所选事项过多')
      .transform((raw) => [...new Set(raw.split(',').map((p) => p.trim()).filter((p) => p !== ''))])
      .optional(),
  })

  /** The merged form: required parts always, plus the optional parts named in `parts` (400 for one that is not a part). */
  app.get('/:id/form', (c) => {
    const { parts = [] } = parseQuery(c, formQuery)
    const form = bundleForm(lookup, c.req.param('id'), parts, chinaDateOf(ctx.clock.now()))
    return c.json(publicBundleForm(form))
  })

  app.get('/:id', (c) => {
    parseQuery(c, z.strictObject({}))
    return c.json(bundleGuide(lookup, c.req.param('id')))
  })

  return app
}
