import { Hono } from 'hono'
import { z } from 'zod'
import type { RegionDetail } from '@contract/region'
import { catalogueCache } from '../lib/cache'
import type { AppContext, AppEnv } from '../lib/env'
import { ApiError } from '../lib/errors'
import { REGION_CODE } from '../lib/lookup'
import { wholeList } from '../lib/paging'
import { parseQuery } from '../lib/validate'

const CODE_MESSAGE = '地区编码须为 12 位数字'
const query = z.strictObject({ parent: z.string().regex(REGION_CODE, CODE_MESSAGE).optional() })

export function regionRoutes(ctx: AppContext) {
  const { lookup } = ctx
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
