import { z } from 'zod'
import type { Page } from '@contract/common'
import { intParam } from './validate'

/** `?page=&pageSize=` of every paged list; lists with filters `.extend()` it. */
export const listQuery = z.strictObject({
  page: intParam('页码须为 1 到 1000 之间的整数', 1, 1000),
  pageSize: intParam('每页条数须为 1 到 50 之间的整数', 1, 50),
})

/** One page of `all`; a page past the end is empty with the real total, so an infinite list simply stops. */
export function pageOf<T>(all: readonly T[], page: number, pageSize: number): Page<T> {
  return { items: all.slice((page - 1) * pageSize, page * pageSize), total: all.length, page, pageSize }
}

/** A whole list as one page: regions are few per parent, the largest township has under 60 villages. */
export function wholeList<T>(items: T[]): Page<T> {
  return { items, total: items.length, page: 1, pageSize: items.length }
}

/** Newest first by the instant `at` gives; records of the same instant in reverse order of arrival. */
export function newestFirst<T>(records: readonly T[], at: (record: T) => string): T[] {
  return records
    .map((record, order) => ({ record, order, time: new Date(at(record)).getTime() }))
    .sort((a, b) => b.time - a.time || b.order - a.order)
    .map(({ record }) => record)
}
