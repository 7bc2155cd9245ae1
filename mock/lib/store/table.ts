import type { Database, Statement } from 'better-sqlite3'
import type { Page } from '@contract/common'
import { chinaDateOf } from '@/domain/china-date'
import { StoreRecordError } from './errors'

/** What a list asks for: one page (1-based), or everything when absent. */
export interface PageRequest {
  page: number
  pageSize: number
}

export type ColumnValue = string | number | null

/** Anything with zod's safeParse: the record schemas of lib/db.ts and friends. */
export interface RecordSchema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { message: string } }
}

export interface TableDef<T> {
  /** The collection's name in DbData (for messages and the import). */
  collection: string
  table: string
  keyColumn: string
  schema: RecordSchema<T>
  /** The indexed columns besides the key, computed from the record on every write. */
  columns: Record<string, (record: T) => ColumnValue>
}

/** Epoch milliseconds of an ISO instant, for ordering; null for a string that is not one. */
export function msOf(iso: string | null | undefined): number | null {
  if (!iso) return null
  const ms = Date.parse(iso)
  return Number.isNaN(ms) ? null : ms
}

/** The China calendar date (YYYY-MM-DD) of an ISO instant, or null for a string that is not one. */
export function chinaDayOf(iso: string): string | null {
  const ms = msOf(iso)
  return ms === null ? null : chinaDateOf(new Date(ms))
}

/**
 * One collection in one table: key, indexed columns, the record as JSON. Every record is checked
 * with its schema on the way in (a write that would not read back is refused) and on the way out
 * (a file changed under the mock is an error, never a silent default). Records come back as fresh
 * plain objects: change one and put() it back inside store.transaction().
 */
export class Table<T> {
  private readonly statements = new Map<string, Statement>()
  private readonly upsertSql: string
  private readonly columnNames: string[]

  constructor(
    protected readonly db: Database,
    protected readonly def: TableDef<T>,
  ) {
    this.columnNames = Object.keys(def.columns)
    const all = [def.keyColumn, ...this.columnNames, 'record']
    const updates = [...this.columnNames, 'record'].map((c) => `${c} = excluded.${c}`).join(', ')
    // UPSERT updates the row in place, so its rowid (the order of arrival) stays.
    this.upsertSql = `INSERT INTO ${def.table} (${all.join(', ')}) VALUES (${all.map(() => '?').join(', ')}) ON CONFLICT(${def.keyColumn}) DO UPDATE SET ${updates}`
  }

  protected statement(sql: string): Statement {
    let found = this.statements.get(sql)
    if (!found) {
      found = this.db.prepare(sql)
      this.statements.set(sql, found)
    }
    return found
  }

  /** Parses and checks one stored record. */
  protected parse(key: string, text: string): T {
    let json: unknown
    try {
      json = JSON.parse(text)
    } catch {
      throw new StoreRecordError(this.def.collection, key, 'not valid JSON')
    }
    const checked = this.def.schema.safeParse(json)
    if (!checked.success) throw new StoreRecordError(this.def.collection, key, checked.error.message.slice(0, 300))
    return checked.data
  }

  get(key: string): T | undefined {
    const row = this.statement(`SELECT record FROM ${this.def.table} WHERE ${this.def.keyColumn} = ?`).get(key) as { record: string } | undefined
    return row ? this.parse(key, row.record) : undefined
  }

  has(key: string): boolean {
    return this.statement(`SELECT 1 FROM ${this.def.table} WHERE ${this.def.keyColumn} = ?`).get(key) !== undefined
  }

  /**
   * Inserts or replaces the record under `key`, and returns it as a later get() will read it (the
   * schema's defaults filled in), as a fresh object. That copy is parsed from the very text just
   * written and is not checked a second time: it passed the schema an instant ago, in this process,
   * and the schemas only strip and fill defaults, so checking their own output again changes nothing.
   * (A write path that reads its record back with get() paid a JSON parse and a schema check for
   * nothing; every record read from the file is still checked.)
   */
  protected putAt(key: string, record: T): T {
    const checked = this.def.schema.safeParse(record)
    if (!checked.success) throw new StoreRecordError(this.def.collection, key, `refused to write: ${checked.error.message.slice(0, 300)}`)
    const value = checked.data
    const columns = this.columnNames.map((name) => this.def.columns[name](value))
    const text = JSON.stringify(value)
    this.statement(this.upsertSql).run(key, ...columns, text)
    return JSON.parse(text) as T
  }

  /** Removes the record; whether there was one. */
  delete(key: string): boolean {
    return this.statement(`DELETE FROM ${this.def.table} WHERE ${this.def.keyColumn} = ?`).run(key).changes > 0
  }

  count(): number {
    return (this.statement(`SELECT COUNT(*) AS n FROM ${this.def.table}`).get() as { n: number }).n
  }

  /** Every record in order of arrival, with its key (export, tests, backups). */
  *entries(): IterableIterator<[string, T]> {
    const rows = this.db.prepare(`SELECT ${this.def.keyColumn} AS k, record FROM ${this.def.table} ORDER BY rowid`).iterate() as IterableIterator<{ k: string; record: string }>
    for (const row of rows) yield [row.k, this.parse(row.k, row.record)]
  }

  /**
   * The records matching `where` (SQL over this table's columns, `?` placeholders) in `order`,
   * one page or all of them, with the total. Internal to the repositories: routes never see SQL.
   */
  protected select(where: string, params: ColumnValue[], order: string, page?: PageRequest): Page<T> {
    const from = `FROM ${this.def.table}${where ? ` WHERE ${where}` : ''}`
    const key = this.def.keyColumn
    if (!page) {
      const rows = this.statement(`SELECT ${key} AS k, record ${from} ORDER BY ${order}`).all(...params) as { k: string; record: string }[]
      return { items: rows.map((r) => this.parse(r.k, r.record)), total: rows.length, page: 1, pageSize: rows.length }
    }
    const total = (this.statement(`SELECT COUNT(*) AS n ${from}`).get(...params) as { n: number }).n
    const rows = this.statement(`SELECT ${key} AS k, record ${from} ORDER BY ${order} LIMIT ? OFFSET ?`).all(...params, page.pageSize, (page.page - 1) * page.pageSize) as {
      k: string
      record: string
    }[]
    return { items: rows.map((r) => this.parse(r.k, r.record)), total, page: page.page, pageSize: page.pageSize }
  }

  /** Whether any row matches `where`. */
  protected exists(where: string, params: ColumnValue[]): boolean {
    return this.statement(`SELECT 1 FROM ${this.def.table} WHERE ${where} LIMIT 1`).get(...params) !== undefined
  }
}

/** `IN (?, ?, …)` for a list of values (never empty: the caller handles that). */
export function placeholders(values: readonly unknown[]): string {
  return values.map(() => '?').join(', ')
}

/** A page with its items mapped (a record to its wire shape), as routes send them. */
export function mapPage<T, U>(page: Page<T>, map: (item: T) => U): Page<U> {
  return { ...page, items: page.items.map(map) }
}
