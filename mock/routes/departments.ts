import { Hono } from 'hono'
import { z } from 'zod'
import { catalogueCache } from '../lib/cache'
import type { AppContext, AppEnv } from '../lib/env'
import { ApiError } from '../lib/errors'
import { REGION_CODE } from '../lib/lookup'
import { wholeList } from '../lib/paging'
import { parseQuery } from '../lib/validate'

const query = z.strictObject({ region: z.string().regex(REGION_CODE, '地区编码须为 12 位数字').optional() })

export function departmentRoutes(ctx: AppContext) {
  const { lookup } = ctx
  const app = new Hono<AppEnv>()
  app.use(catalogueCache)

  /** Departments of one region (default: the city level); only the city and the 13 service regions have them. */
  app.get('/', (c) => {
    const { region: code = lookup.city.code } = parseQuery(c, query)
    const region = lookup.region(code)
    if (!region) throw new ApiError('NOT_FOUND', '地区不存在')
    if (region.level !== 'city' && region.level !== 'county') {
      const message = '部门只按市级或县级（区）地区查询'
      throw new ApiError('BAD_REQUEST', message, { fields: { region: message } })
    }
    return c.json(wholeList(lookup.departmentsOf(code)))
  })

  return app
}
