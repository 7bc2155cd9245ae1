import type { Database } from 'better-sqlite3'
import type { Page } from '@contract/common'
import type { CaseNotice, CaseStatus } from '@contract/case'
import {
  idempotencyKeyOf,
  recordSchemas,
  type AssistRequestRecord,
  type CaseRecord,
  type FamilyMemberRecord,
  type IdempotencyRecord,
  type MessageRecord,
  type SessionRecord,
  type UploadRecord,
  type UserRecord,
} from './records'
import type { CertificateRecord, CertificateRequestRecord } from '../certificate-records'
import type { ComplaintRecord, RatingRecord } from '../rating-records'
import { chinaDayOf, msOf, placeholders, Table, type ColumnValue, type PageRequest, type RecordSchema } from './table'

/** zod's inferred output types equal the record interfaces; this only states it for the generic Table. */
function schemaOf<T>(schema: unknown): RecordSchema<T> {
  return schema as RecordSchema<T>
}

/** A collection whose key is a field of the record. */
class KeyedTable<T> extends Table<T> {
  constructor(
    db: Database,
    def: ConstructorParameters<typeof Table<T>>[1],
    private readonly keyOf: (record: T) => string,
  ) {
    super(db, def)
  }

  /** Inserts or replaces the record (its key comes from the record); returns it as stored (see putAt). */
  put(record: T): T {
    return this.putAt(this.keyOf(record), record)
  }
}

export class UserRepository extends KeyedTable<UserRecord> {
  constructor(db: Database) {
    super(db, { collection: 'users', table: 'users', keyColumn: 'id', schema: schemaOf(recordSchemas.users), columns: {} }, (r) => r.id)
  }

  /**
   * The accounts verified with this ID number (normally one). Read from the record's JSON: it is
   * asked only when someone adds a family member, so a scan of the accounts costs less than a
   * migration for an indexed column.
   */
  listByRealNameIdNumber(idNumber: string): UserRecord[] {
    const rows = this.statement("SELECT id AS k, record FROM users WHERE json_extract(record, '$.realName.idNumber') = ?").all(idNumber) as { k: string; record: string }[]
    return rows.map((r) => this.parse(r.k, r.record))
  }
}

/** Keyed by the SHA-256 of the bearer token (the record does not hold it). */
export class SessionRepository extends Table<SessionRecord> {
  constructor(db: Database) {
    super(db, {
      collection: 'sessions',
      table: 'sessions',
      keyColumn: 'token_hash',
      schema: schemaOf(recordSchemas.sessions),
      // A session stored before lastSeenAt existed counts as seen when it was created.
      columns: { user_id: (r) => r.userId, created_ms: (r) => msOf(r.createdAt), last_seen_ms: (r) => msOf(r.lastSeenAt ?? r.createdAt) },
    })
  }

  put(tokenHash: string, record: SessionRecord): SessionRecord {
    return this.putAt(tokenHash, record)
  }

  /** A user's sessions with their token hashes, oldest first (to revoke the oldest beyond the cap). */
  listByUser(userId: string): { tokenHash: string; session: SessionRecord }[] {
    const rows = this.statement('SELECT token_hash AS k, record FROM sessions WHERE user_id = ? ORDER BY created_ms, rowid').all(userId) as { k: string; record: string }[]
    return rows.map((r) => ({ tokenHash: r.k, session: this.parse(r.k, r.record) }))
  }

  /** Removes the sessions created before `iso` (expiry); how many. */
  deleteCreatedBefore(iso: string): number {
    return this.statement('DELETE FROM sessions WHERE created_ms < ?').run(msOf(iso)).changes
  }

  /** Removes the sessions last used before `iso` (idle expiry); how many. */
  deleteIdleBefore(iso: string): number {
    return this.statement('DELETE FROM sessions WHERE last_seen_ms < ?').run(msOf(iso)).changes
  }
}

export class UploadRepository extends KeyedTable<UploadRecord> {
  constructor(db: Database) {
    super(
      db,
      {
        collection: 'uploads',
        table: 'uploads',
        keyColumn: 'id',
        schema: schemaOf(recordSchemas.uploads),
        columns: { owner_id: (r) => r.ownerId, size: (r) => r.size, created_ms: (r) => msOf(r.createdAt) },
      },
      (r) => r.id,
    )
  }

  /** How many files and bytes a user has stored (quota). */
  usageOf(ownerId: string): { count: number; bytes: number } {
    const row = this.statement('SELECT COUNT(*) AS count, COALESCE(SUM(size), 0) AS bytes FROM uploads WHERE owner_id = ?').get(ownerId) as { count: number; bytes: number }
    return row
  }

  /** Uploads stored before `iso`, oldest first (orphan clean-up decides which no case uses). */
  listCreatedBefore(iso: string, page?: PageRequest): Page<UploadRecord> {
    return this.select('created_ms < ?', [msOf(iso)], 'created_ms, rowid', page)
  }
}

export interface CaseListFilter {
  /** Only these statuses; absent = all. An empty list matches nothing. */
  statuses?: readonly CaseStatus[]
  /** 一件事: leave out part cases (the 办件 list shows their bundle case instead). */
  withoutParts?: boolean
}

export class CaseRepository extends KeyedTable<CaseRecord> {
  constructor(db: Database) {
    super(
      db,
      {
        collection: 'cases',
        table: 'cases',
        keyColumn: 'case_no',
        schema: schemaOf(recordSchemas.cases),
        columns: {
          owner_id: (r) => r.ownerId,
          status: (r) => r.status,
          submitted_ms: (r) => msOf(r.submittedAt),
          concluded_ms: (r) => msOf(r.concludedAt),
          rated: (r) => (r.rating ? 1 : 0),
          family_member_id: (r) => r.familyMemberId ?? null,
          // 一件事 (migration 7): parts name their bundle; a bundle case's 行业综合许可证 is found by number.
          bundle_case_no: (r) => r.bundleCaseNo ?? null,
          license_no: (r) => r.bundle?.industryLicense?.number ?? null,
        },
      },
      (r) => r.caseNo,
    )
  }

  /** 一件事: the part cases of a bundle case, in order of arrival (the order they were created in). */
  listParts(bundleCaseNo: string): CaseRecord[] {
    return this.select('bundle_case_no = ?', [bundleCaseNo], 'rowid', undefined).items
  }

  /** 一件事: the bundle case whose 行业综合许可证 has this number. */
  findByLicenseNo(no: string): CaseRecord | undefined {
    return this.select('license_no = ?', [no], 'rowid', { page: 1, pageSize: 1 }).items[0]
  }

  private listWhere(base: string[], params: ColumnValue[], filter: CaseListFilter, page?: PageRequest): Page<CaseRecord> {
    const where = [...base]
    const values = [...params]
    // A bundle's part cases are shown inside their bundle case, not as cases of their own.
    if (filter.withoutParts) where.push('bundle_case_no IS NULL')
    if (filter.statuses) {
      if (filter.statuses.length === 0) return { items: [], total: 0, page: page?.page ?? 1, pageSize: page?.pageSize ?? 0 }
      where.push(`status IN (${placeholders(filter.statuses)})`)
      values.push(...filter.statuses)
    }
    // Newest first; cases of the same instant in reverse order of arrival (as newestCasesFirst).
    return this.select(where.join(' AND '), values, 'submitted_ms DESC, rowid DESC', page)
  }

  /** The applicant's cases (`GET /cases`), newest first. */
  listByOwner(ownerId: string, filter: CaseListFilter = {}, page?: PageRequest): Page<CaseRecord> {
    return this.listWhere(['owner_id = ?'], [ownerId], filter, page)
  }

  /**
   * The cases a person sees in 办件 (`GET /cases`), newest first: their own, and those a family
   * member filed for them under one of `familyMemberIds` (为家人办; revoked links included).
   */
  listVisibleTo(ownerId: string, familyMemberIds: readonly string[], filter: CaseListFilter = {}, page?: PageRequest): Page<CaseRecord> {
    if (familyMemberIds.length === 0) return this.listByOwner(ownerId, filter, page)
    return this.listWhere([`(owner_id = ? OR family_member_id IN (${placeholders(familyMemberIds)}))`], [ownerId, ...familyMemberIds], filter, page)
  }

  /** Every case (`GET /admin/cases`), newest first. */
  list(filter: CaseListFilter = {}, page?: PageRequest): Page<CaseRecord> {
    return this.listWhere([], [], filter, page)
  }

  /** Concluded, not rated, concluded before `iso`: the 7-day default rating is due (oldest first). */
  listRatingDue(concludedBefore: string): CaseRecord[] {
    // A bundle's parts are rated once, through their bundle case (一事一评).
    return this.select("status = 'concluded' AND rated = 0 AND concluded_ms <= ? AND bundle_case_no IS NULL", [msOf(concludedBefore)], 'concluded_ms, rowid').items
  }

  hasRatingDue(concludedBefore: string): boolean {
    return this.exists("status = 'concluded' AND rated = 0 AND concluded_ms <= ? AND bundle_case_no IS NULL", [msOf(concludedBefore)])
  }

  /**
   * Which of `fileIds` a case's materials or supplements name (the orphan-upload sweep). One pass
   * over every case's JSON: the hourly sweep's cost, never a request's.
   */
  usedFileIds(fileIds: readonly string[]): Set<string> {
    if (fileIds.length === 0) return new Set()
    const sql = `SELECT json_extract(f.value, '$.fileId') AS id FROM cases c, json_each(c.record, '$.materials') m, json_each(m.value, '$.files') f
        WHERE json_extract(f.value, '$.fileId') IN (SELECT value FROM json_each(@ids))
      UNION
      SELECT json_extract(f.value, '$.fileId') AS id FROM cases c, json_each(c.record, '$.supplements') s, json_each(s.value, '$.materials') m, json_each(m.value, '$.files') f
        WHERE json_extract(f.value, '$.fileId') IN (SELECT value FROM json_each(@ids))`
    const rows = this.statement(sql).all({ ids: JSON.stringify(fileIds) }) as { id: string }[]
    return new Set(rows.map((r) => r.id))
  }
}

/** Keyed by idempotencyKeyOf(userId, key): get(idempotencyKeyOf(user.id, key)). */
export class IdempotencyRepository extends KeyedTable<IdempotencyRecord> {
  constructor(db: Database) {
    super(
      db,
      {
        collection: 'idempotency',
        table: 'idempotency',
        keyColumn: 'key',
        schema: schemaOf(recordSchemas.idempotency),
        columns: { user_id: (r) => r.userId, case_no: (r) => r.caseNo },
      },
      (r) => idempotencyKeyOf(r.userId, r.key),
    )
  }
}

/** Newest first by creation; same instant in reverse order of arrival (as newestFirst in lib/paging.ts). */
const NEWEST = 'created_ms DESC, rowid DESC'

export class AssistRequestRepository extends KeyedTable<AssistRequestRecord> {
  constructor(db: Database) {
    super(
      db,
      {
        collection: 'assistRequests',
        table: 'assist_requests',
        keyColumn: 'id',
        schema: schemaOf(recordSchemas.assistRequests),
        columns: { owner_id: (r) => r.ownerId, status: (r) => r.status, created_ms: (r) => msOf(r.createdAt), idempotency_key: (r) => r.idempotencyKey ?? null },
      },
      (r) => r.id,
    )
  }

  /** The request a user already made with this Idempotency-Key. */
  findByIdempotencyKey(ownerId: string, key: string): AssistRequestRecord | undefined {
    return this.select('owner_id = ? AND idempotency_key = ?', [ownerId, key], 'rowid', { page: 1, pageSize: 1 }).items[0]
  }

  listByOwner(ownerId: string, page?: PageRequest): Page<AssistRequestRecord> {
    return this.select('owner_id = ?', [ownerId], NEWEST, page)
  }

  list(filter: { status?: AssistRequestRecord['status'] } = {}, page?: PageRequest): Page<AssistRequestRecord> {
    return filter.status === undefined ? this.select('', [], NEWEST, page) : this.select('status = ?', [filter.status], NEWEST, page)
  }
}

export class NoticeRepository extends KeyedTable<CaseNotice> {
  constructor(db: Database) {
    super(
      db,
      {
        collection: 'notices',
        table: 'notices',
        keyColumn: 'id',
        schema: schemaOf(recordSchemas.notices),
        columns: { case_no: (r) => r.caseNo, created_ms: (r) => msOf(r.createdAt) },
      },
      (r) => r.id,
    )
  }

  list(filter: { caseNo?: string } = {}, page?: PageRequest): Page<CaseNotice> {
    return filter.caseNo === undefined ? this.select('', [], NEWEST, page) : this.select('case_no = ?', [filter.caseNo], NEWEST, page)
  }
}

export type CertificateRequestStatus = CertificateRequestRecord['status']

export class CertificateRequestRepository extends KeyedTable<CertificateRequestRecord> {
  constructor(db: Database) {
    super(
      db,
      {
        collection: 'certificateRequests',
        table: 'certificate_requests',
        keyColumn: 'id',
        schema: schemaOf(recordSchemas.certificateRequests),
        columns: {
          owner_id: (r) => r.ownerId,
          village_code: (r) => r.village.code,
          status: (r) => r.status,
          created_ms: (r) => msOf(r.createdAt),
          updated_ms: (r) => msOf(r.updatedAt),
          idempotency_key: (r) => r.idempotencyKey,
          family_member_id: (r) => r.familyMemberId ?? null,
        },
      },
      (r) => r.id,
    )
  }

  /** 我的证明, newest first (ties: the larger id first). */
  listByOwner(ownerId: string, page?: PageRequest): Page<CertificateRequestRecord> {
    return this.select('owner_id = ?', [ownerId], 'created_ms DESC, id DESC', page)
  }

  /**
   * 我的证明 as a person sees it, newest first: their own requests, and those a family member asked
   * for them under one of `familyMemberIds` (为家人办; revoked links included).
   */
  listVisibleTo(ownerId: string, familyMemberIds: readonly string[], page?: PageRequest): Page<CertificateRequestRecord> {
    if (familyMemberIds.length === 0) return this.listByOwner(ownerId, page)
    return this.select(`(owner_id = ? OR family_member_id IN (${placeholders(familyMemberIds)}))`, [ownerId, ...familyMemberIds], 'created_ms DESC, id DESC', page)
  }

  /** The request a user already made with this Idempotency-Key. */
  findByIdempotencyKey(ownerId: string, key: string): CertificateRequestRecord | undefined {
    return this.select('owner_id = ? AND idempotency_key = ?', [ownerId, key], 'rowid', { page: 1, pageSize: 1 }).items[0]
  }

  /**
   * The cadre's queue: one village, one status. Pending is a queue (oldest change first, then id);
   * the others newest change first.
   */
  listByVillage(villageCode: string, status: CertificateRequestStatus, page?: PageRequest): Page<CertificateRequestRecord> {
    const order = status === 'pending' ? 'updated_ms, id' : 'updated_ms DESC, id DESC'
    return this.select('village_code = ? AND status = ?', [villageCode, status], order, page)
  }

  /** The queue's counts per status for one village (a withdrawn request left the queue and is not counted). */
  countByStatus(villageCode: string): Record<Exclude<CertificateRequestStatus, 'withdrawn'>, number> {
    const counts: Record<Exclude<CertificateRequestStatus, 'withdrawn'>, number> = { pending: 0, returned: 0, rejected: 0, issued: 0 }
    const rows = this.statement('SELECT status, COUNT(*) AS n FROM certificate_requests WHERE village_code = ? GROUP BY status').all(villageCode) as { status: CertificateRequestStatus; n: number }[]
    for (const row of rows) if (row.status !== 'withdrawn') counts[row.status] = row.n
    return counts
  }

  /** Which of `fileIds` a request's materials name (the orphan-upload sweep). */
  usedFileIds(fileIds: readonly string[]): Set<string> {
    if (fileIds.length === 0) return new Set()
    const sql = `SELECT DISTINCT json_extract(f.value, '$.fileId') AS id FROM certificate_requests r, json_each(r.record, '$.materials') m, json_each(m.value, '$.files') f
      WHERE json_extract(f.value, '$.fileId') IN (SELECT value FROM json_each(?))`
    const rows = this.statement(sql).all(JSON.stringify(fileIds)) as { id: string }[]
    return new Set(rows.map((r) => r.id))
  }

  /** Whether a request to this village carries the upload (the cadre may then download it). */
  villageHasFile(villageCode: string, fileId: string): boolean {
    const sql = `SELECT 1 FROM certificate_requests r, json_each(r.record, '$.materials') m, json_each(m.value, '$.files') f
      WHERE r.village_code = ? AND json_extract(f.value, '$.fileId') = ? LIMIT 1`
    return this.statement(sql).get(villageCode, fileId) !== undefined
  }
}

export class CertificateRepository extends KeyedTable<CertificateRecord> {
  constructor(db: Database) {
    super(
      db,
      {
        collection: 'certificates',
        table: 'certificates',
        keyColumn: 'no',
        schema: schemaOf(recordSchemas.certificates),
        columns: {
          owner_id: (r) => r.ownerId,
          village_code: (r) => r.villageCode,
          request_id: (r) => r.requestId,
          status: (r) => r.status,
          issued_ms: (r) => msOf(r.issuedAt),
          valid_until: (r) => r.validUntil,
          expiry_noticed: (r) => (r.expiryNoticeAt ? 1 : 0),
        },
      },
      (r) => r.no,
    )
  }

  /**
   * The village's certificates, newest first, optionally of one state on China date `today`:
   * valid (not revoked, 有效期至 not passed), expired (not revoked, passed) or revoked.
   */
  listByVillage(villageCode: string, filter: { status?: 'valid' | 'expired' | 'revoked'; today?: string } = {}, page?: PageRequest): Page<CertificateRecord> {
    const order = 'issued_ms DESC, no DESC'
    const today = filter.today ?? '9999-12-31'
    switch (filter.status) {
      case undefined:
        return this.select('village_code = ?', [villageCode], order, page)
      case 'revoked':
        return this.select("village_code = ? AND status = 'revoked'", [villageCode], order, page)
      case 'valid':
        return this.select("village_code = ? AND status = 'valid' AND (valid_until IS NULL OR valid_until >= ?)", [villageCode, today], order, page)
      case 'expired':
        return this.select("village_code = ? AND status = 'valid' AND valid_until < ?", [villageCode, today], order, page)
    }
  }

  /** Valid certificates whose 有效期至 is on or before `lastDay` and whose holder was not yet told (at most `limit`). */
  listExpiringBy(lastDay: string, limit: number): CertificateRecord[] {
    return this.select("status = 'valid' AND expiry_noticed = 0 AND valid_until IS NOT NULL AND valid_until <= ?", [lastDay], 'valid_until, no', { page: 1, pageSize: limit }).items
  }

  /** The greatest number starting with `prefix` (numbers of one prefix have one width), or null. */
  highestNoWithPrefix(prefix: string): string | null {
    // A range on the primary key: `prefix` ≤ no < `prefix` + U+FFFF, no LIKE escaping needed.
    const row = this.statement('SELECT no FROM certificates WHERE no >= ? AND no < ? ORDER BY no DESC LIMIT 1').get(prefix, `${prefix}\uffff`) as { no: string } | undefined
    return row?.no ?? null
  }
}

export class RatingRepository extends KeyedTable<RatingRecord> {
  constructor(db: Database) {
    super(
      db,
      {
        collection: 'ratings',
        table: 'ratings',
        keyColumn: 'case_no',
        schema: schemaOf(recordSchemas.ratings),
        columns: {
          id: (r) => r.id,
          owner_id: (r) => r.ownerId,
          level: (r) => r.level,
          rated_ms: (r) => msOf(r.ratedAt),
          rated_on: (r) => chinaDayOf(r.ratedAt),
        },
      },
      (r) => r.caseNo,
    )
  }

  /** By the rating's own id (`PJ…`); get() is by case number (one rating per case). */
  getById(id: string): RatingRecord | undefined {
    return this.select('id = ?', [id], 'rowid', { page: 1, pageSize: 1 }).items[0]
  }

  hasId(id: string): boolean {
    return this.exists('id = ?', [id])
  }

  /** 我的评价, newest first. */
  listByOwner(ownerId: string, page?: PageRequest): Page<RatingRecord> {
    return this.select('owner_id = ?', [ownerId], 'rated_ms DESC, rowid DESC', page)
  }

  /** The back office's list, newest first, optionally of some levels only (e.g. the bad ones). */
  list(filter: { levels?: readonly number[] } = {}, page?: PageRequest): Page<RatingRecord> {
    if (filter.levels === undefined) return this.select('', [], 'rated_ms DESC, rowid DESC', page)
    if (filter.levels.length === 0) return { items: [], total: 0, page: page?.page ?? 1, pageSize: page?.pageSize ?? 0 }
    return this.select(`level IN (${placeholders(filter.levels)})`, [...filter.levels], 'rated_ms DESC, rowid DESC', page)
  }

  /** Ratings made on the China dates from..to (inclusive, YYYY-MM-DD), for the public figures. */
  listRatedBetween(fromDay: string, toDay: string): RatingRecord[] {
    return this.select('rated_on >= ? AND rated_on <= ?', [fromDay, toDay], 'rated_ms, rowid').items
  }
}

export class ComplaintRepository extends KeyedTable<ComplaintRecord> {
  constructor(db: Database) {
    super(
      db,
      {
        collection: 'complaints',
        table: 'complaints',
        keyColumn: 'id',
        schema: schemaOf(recordSchemas.complaints),
        columns: { owner_id: (r) => r.ownerId, status: (r) => r.status, created_ms: (r) => msOf(r.createdAt), idempotency_key: (r) => r.idempotencyKey ?? null },
      },
      (r) => r.id,
    )
  }

  /** The complaint a user already made with this Idempotency-Key. */
  findByIdempotencyKey(ownerId: string, key: string): ComplaintRecord | undefined {
    return this.select('owner_id = ? AND idempotency_key = ?', [ownerId, key], 'rowid', { page: 1, pageSize: 1 }).items[0]
  }

  listByOwner(ownerId: string, page?: PageRequest): Page<ComplaintRecord> {
    return this.select('owner_id = ?', [ownerId], NEWEST, page)
  }

  list(filter: { status?: ComplaintRecord['status'] } = {}, page?: PageRequest): Page<ComplaintRecord> {
    return filter.status === undefined ? this.select('', [], NEWEST, page) : this.select('status = ?', [filter.status], NEWEST, page)
  }
}

/** 为家人办: family members by id; per resident, and per member ID number (the member's own view). */
export class FamilyMemberRepository extends KeyedTable<FamilyMemberRecord> {
  constructor(db: Database) {
    super(
      db,
      {
        collection: 'familyMembers',
        table: 'family_members',
        keyColumn: 'id',
        schema: schemaOf(recordSchemas.familyMembers),
        columns: {
          owner_id: (r) => r.ownerId,
          member_id_number: (r) => r.idNumber,
          status: (r) => r.status,
          created_ms: (r) => msOf(r.createdAt),
          idempotency_key: (r) => r.idempotencyKey,
        },
      },
      (r) => r.id,
    )
  }

  /** The resident's family members, oldest first (the order they were added). */
  listByOwner(ownerId: string): FamilyMemberRecord[] {
    return this.select('owner_id = ?', [ownerId], 'created_ms, rowid').items
  }

  /** Everyone who added the person with this ID number as a family member, newest first. */
  listByMemberIdNumber(idNumber: string): FamilyMemberRecord[] {
    return this.select('member_id_number = ?', [idNumber], NEWEST).items
  }

  /** The member a resident already added with this Idempotency-Key. */
  findByIdempotencyKey(ownerId: string, key: string): FamilyMemberRecord | undefined {
    return this.select('owner_id = ? AND idempotency_key = ?', [ownerId, key], 'rowid', { page: 1, pageSize: 1 }).items[0]
  }

  /** Pending links (the back office gives the code when the member has no account), newest first. */
  listPending(page?: PageRequest): Page<FamilyMemberRecord> {
    return this.select("status = 'pending'", [], NEWEST, page)
  }
}

/** 消息: each person's messages; `read` is a column so the unread count is an index look-up. */
export class MessageRepository extends KeyedTable<MessageRecord> {
  constructor(db: Database) {
    super(
      db,
      {
        collection: 'messages',
        table: 'messages',
        keyColumn: 'id',
        schema: schemaOf(recordSchemas.messages),
        columns: { owner_id: (r) => r.ownerId, read: (r) => (r.readAt === null ? 0 : 1), created_ms: (r) => msOf(r.createdAt) },
      },
      (r) => r.id,
    )
  }

  /** A person's messages, newest first. */
  listByOwner(ownerId: string, page?: PageRequest): Page<MessageRecord> {
    return this.select('owner_id = ?', [ownerId], NEWEST, page)
  }

  /** A person's unread messages, newest first (to mark them all read). */
  listUnread(ownerId: string): MessageRecord[] {
    return this.select('owner_id = ? AND read = 0', [ownerId], NEWEST).items
  }

  countUnread(ownerId: string): number {
    const row = this.statement('SELECT COUNT(*) AS n FROM messages WHERE owner_id = ? AND read = 0').get(ownerId) as { n: number }
    return row.n
  }
}

export interface Repositories {
  users: UserRepository
  sessions: SessionRepository
  uploads: UploadRepository
  cases: CaseRepository
  idempotency: IdempotencyRepository
  assistRequests: AssistRequestRepository
  notices: NoticeRepository
  certificateRequests: CertificateRequestRepository
  certificates: CertificateRepository
  ratings: RatingRepository
  complaints: ComplaintRepository
  familyMembers: FamilyMemberRepository
  messages: MessageRepository
}

export function createRepositories(db: Database): Repositories {
  return {
    users: new UserRepository(db),
    sessions: new SessionRepository(db),
    uploads: new UploadRepository(db),
    cases: new CaseRepository(db),
    idempotency: new IdempotencyRepository(db),
    assistRequests: new AssistRequestRepository(db),
    notices: new NoticeRepository(db),
    certificateRequests: new CertificateRequestRepository(db),
    certificates: new CertificateRepository(db),
    ratings: new RatingRepository(db),
    complaints: new ComplaintRepository(db),
    familyMembers: new FamilyMemberRepository(db),
    messages: new MessageRepository(db),
  }
}
