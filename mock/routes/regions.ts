import { Hono } from 'hono'
import { z } from 'zod'
import type { Page } from '@contract/common'
import type { RegionDetail } from '@contract/region'
import { catalogueCache } from '../lib/cache'
import type { AppEnv } from '../lib/env'
import { ApiError } from '../lib/errors'
import { REGION_CODE, type SeedLookup } from '../lib/lookup'
import { parseQuery } from '../lib/validate'


const CODE_MESSAGE = '地区编码须为 12 位数字'
const query = z.strictObject({ parent: z.string().regex(REGION_CODE, CODE_MESSAGE).optional() })

/** A whole list as one page: regions are few per parent, the largest township has under 60 villages. */
export function wholeList<T>(items: T[]): Page<T> {
  return { items, total: items.length, page: 1, pageSize: items.length }
}

export function regionRoutes(lookup: SeedLookup) {
  const app = new Hono<AppEnv>()
  app.use(catalogueCache)

  /** Children of `parent`; without it (or with the city's code) the 13 service regions in SPEC §2's order. */
  app.get('/', (c) => {
    const { parent = lookup.city.code } = parseQuery(c, query)
    if (!lookup.region(parent)) throw new ApiError('NOT_FOUND', '地区不存在')
    return c.json(wholeList(lookup.children(parent)))
  })

  app.get('/:code', (c) => {
    const code = c.req.param('code')
    if (!REGION_CODE.test(code)) throw new ApiError('BAD_REQUEST', CODE_MESSAGE, { fields: { code: CODE_MESSAGE } })
    const region = lookup.region(code)
    if (!region) throw new ApiError('NOT_FOUND', '地区不存在')
    const detail: RegionDetail = { ...region, ancestors: lookup.ancestors(code) }
    return c.json(detail)
  })

  return app
}
