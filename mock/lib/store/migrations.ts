import type { Database } from 'better-sqlite3'

/**
 * The schema, in code: migration i (0-based) takes the file from `PRAGMA user_version` i to i + 1.
 * Append only; never edit one that has shipped (a file somewhere is already at its version).
 * Every table keeps the record as JSON in `record` (checked with its zod schema when read) and, as
 * columns, only the key and what a lookup or a list filters or orders by. Times used for ordering
 * are epoch milliseconds, so "+08:00" and "Z" instants order correctly; ties go by rowid, which is
 * the order of arrival (rows are updated in place by UPSERT, never deleted and re-inserted).
 */
export const migrations: readonly ((db: Database) => void)[] = [
  (db) => {
    db.exec(`
      CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;

      CREATE TABLE users (id TEXT PRIMARY KEY, record TEXT NOT NULL) STRICT;

      CREATE TABLE sessions (
        token_hash TEXT PRIMARY KEY, user_id TEXT NOT NULL, created_ms INTEGER, record TEXT NOT NULL
      ) STRICT;
      CREATE INDEX sessions_by_user ON sessions (user_id, created_ms);

      CREATE TABLE uploads (
        id TEXT PRIMARY KEY, owner_id TEXT NOT NULL, size INTEGER NOT NULL, created_ms INTEGER, record TEXT NOT NULL
      ) STRICT;
      CREATE INDEX uploads_by_owner ON uploads (owner_id, created_ms);
      CREATE INDEX uploads_by_time ON uploads (created_ms);

      CREATE TABLE cases (
        case_no TEXT PRIMARY KEY, owner_id TEXT NOT NULL, status TEXT NOT NULL, submitted_ms INTEGER,
        concluded_ms INTEGER, rated INTEGER NOT NULL, record TEXT NOT NULL
      ) STRICT;
      CREATE INDEX cases_by_owner ON cases (owner_id, submitted_ms);
      CREATE INDEX cases_by_status ON cases (status, submitted_ms);
      CREATE INDEX cases_by_time ON cases (submitted_ms);
      CREATE INDEX cases_rating_due ON cases (concluded_ms) WHERE status = 'concluded' AND rated = 0;

      CREATE TABLE idempotency (
        key TEXT PRIMARY KEY, user_id TEXT NOT NULL, case_no TEXT NOT NULL, record TEXT NOT NULL
      ) STRICT;

      CREATE TABLE assist_requests (
        id TEXT PRIMARY KEY, owner_id TEXT NOT NULL, status TEXT NOT NULL, created_ms INTEGER, record TEXT NOT NULL
      ) STRICT;
      CREATE INDEX assist_requests_by_owner ON assist_requests (owner_id, created_ms);
      CREATE INDEX assist_requests_by_status ON assist_requests (status, created_ms);
      CREATE INDEX assist_requests_by_time ON assist_requests (created_ms);

      CREATE TABLE notices (
        id TEXT PRIMARY KEY, case_no TEXT NOT NULL, created_ms INTEGER, record TEXT NOT NULL
      ) STRICT;
      CREATE INDEX notices_by_case ON notices (case_no, created_ms);
      CREATE INDEX notices_by_time ON notices (created_ms);

      CREATE TABLE certificate_requests (
        id TEXT PRIMARY KEY, owner_id TEXT NOT NULL, village_code TEXT NOT NULL, status TEXT NOT NULL,
        created_ms INTEGER, updated_ms INTEGER, idempotency_key TEXT, record TEXT NOT NULL
      ) STRICT;
      CREATE INDEX certificate_requests_by_owner ON certificate_requests (owner_id, created_ms);
      CREATE INDEX certificate_requests_by_village ON certificate_requests (village_code, status, updated_ms);
      CREATE INDEX certificate_requests_by_key ON certificate_requests (owner_id, idempotency_key) WHERE idempotency_key IS NOT NULL;

      CREATE TABLE certificates (
        no TEXT PRIMARY KEY, owner_id TEXT NOT NULL, village_code TEXT NOT NULL, request_id TEXT NOT NULL,
        status TEXT NOT NULL, issued_ms INTEGER, record TEXT NOT NULL
      ) STRICT;
      CREATE INDEX certificates_by_village ON certificates (village_code, issued_ms);
      CREATE INDEX certificates_by_request ON certificates (request_id);

      CREATE TABLE ratings (
        case_no TEXT PRIMARY KEY, id TEXT NOT NULL UNIQUE, owner_id TEXT NOT NULL, level INTEGER NOT NULL,
        rated_ms INTEGER, rated_on TEXT, record TEXT NOT NULL
      ) STRICT;
      CREATE INDEX ratings_by_owner ON ratings (owner_id, rated_ms);
      CREATE INDEX ratings_by_time ON ratings (rated_ms);
      CREATE INDEX ratings_by_day ON ratings (rated_on);

      CREATE TABLE complaints (
        id TEXT PRIMARY KEY, owner_id TEXT NOT NULL, status TEXT NOT NULL, created_ms INTEGER, record TEXT NOT NULL
      ) STRICT;
      CREATE INDEX complaints_by_owner ON complaints (owner_id, created_ms);
      CREATE INDEX complaints_by_status ON complaints (status, created_ms);
      CREATE INDEX complaints_by_time ON complaints (created_ms);
    `)
  },
  // 2: what the abuse rules (SPEC §8) look up. Sessions expire after 7 idle days, so the idle time is a
  // column; complaints and assist requests take an Idempotency-Key, found per owner like certificate
  // requests. Existing rows are backfilled from their record.
  (db) => {
    db.exec(`
      ALTER TABLE sessions ADD COLUMN last_seen_ms INTEGER;
      UPDATE sessions SET last_seen_ms = COALESCE(
        CAST(ROUND((julianday(json_extract(record, '$.lastSeenAt')) - 2440587.5) * 86400000) AS INTEGER), created_ms);
      CREATE INDEX sessions_by_last_seen ON sessions (last_seen_ms);

      ALTER TABLE complaints ADD COLUMN idempotency_key TEXT;
      UPDATE complaints SET idempotency_key = json_extract(record, '$.idempotencyKey');
      CREATE INDEX complaints_by_key ON complaints (owner_id, idempotency_key) WHERE idempotency_key IS NOT NULL;

      ALTER TABLE assist_requests ADD COLUMN idempotency_key TEXT;
      UPDATE assist_requests SET idempotency_key = json_extract(record, '$.idempotencyKey');
      CREATE INDEX assist_requests_by_key ON assist_requests (owner_id, idempotency_key) WHERE idempotency_key IS NOT NULL;
    `)
  },
  // 3: village certificate validity (issue 15). A certificate expires after valid_until (a China date)
  // by the settable clock, so the cadre's valid / expired lists and the 7-day expiry notice look it up;
  // expiry_noticed says the notice went out once. Existing rows are backfilled from their record.
  (db) => {
    db.exec(`
      ALTER TABLE certificates ADD COLUMN valid_until TEXT;
      ALTER TABLE certificates ADD COLUMN expiry_noticed INTEGER NOT NULL DEFAULT 0;
      UPDATE certificates SET valid_until = json_extract(record, '$.validUntil'),
        expiry_noticed = CASE WHEN json_extract(record, '$.expiryNoticeAt') IS NULL THEN 0 ELSE 1 END;
      CREATE INDEX certificates_expiring ON certificates (valid_until) WHERE status = 'valid' AND expiry_noticed = 0 AND valid_until IS NOT NULL;
    `)
  },
  // 4: 为家人办 (issue 18). Family members are listed per resident and found by the member's ID number
  // (the member's own account sees who asked); a case filed for a member names the link, so the
  // member's 办件 list finds it. Existing cases are one's own (no link).
  (db) => {
    db.exec(`
      CREATE TABLE family_members (
        id TEXT PRIMARY KEY, owner_id TEXT NOT NULL, member_id_number TEXT NOT NULL, status TEXT NOT NULL,
        created_ms INTEGER, idempotency_key TEXT, record TEXT NOT NULL
      ) STRICT;
      CREATE INDEX family_members_by_owner ON family_members (owner_id, created_ms);
      CREATE INDEX family_members_by_member ON family_members (member_id_number, created_ms);
      CREATE INDEX family_members_by_key ON family_members (owner_id, idempotency_key) WHERE idempotency_key IS NOT NULL;

      ALTER TABLE cases ADD COLUMN family_member_id TEXT;
      UPDATE cases SET family_member_id = json_extract(record, '$.familyMemberId');
      CREATE INDEX cases_by_family_member ON cases (family_member_id, submitted_ms) WHERE family_member_id IS NOT NULL;
    `)
  },
  // 5: 消息 (issue 17). A person's messages are listed newest first and counted unread on every tab
  // show, so (owner, read, created) answers both from the index.
  (db) => {
    db.exec(`
      CREATE TABLE messages (
        id TEXT PRIMARY KEY, owner_id TEXT NOT NULL, read INTEGER NOT NULL, created_ms INTEGER, record TEXT NOT NULL
      ) STRICT;
      CREATE INDEX messages_by_owner ON messages (owner_id, read, created_ms);
    `)
  },
  // 6: 为家人办 for village certificates (issue 18). A request asked for a family member names the
  // link, so the member's 我的证明 finds it (as cases in migration 4). Existing requests are one's own.
  (db) => {
    db.exec(`
      ALTER TABLE certificate_requests ADD COLUMN family_member_id TEXT;
      UPDATE certificate_requests SET family_member_id = json_extract(record, '$.familyMemberId');
      CREATE INDEX certificate_requests_by_family_member ON certificate_requests (family_member_id, created_ms) WHERE family_member_id IS NOT NULL;
    `)
  },
  // 7: 一件事 bundle cases (issue 14). A bundle case is a case row of its own (its record carries
  // `bundle`: parts, delivery, the 一业一证 license), so lists, lookup, ratings, dump and import keep
  // working without a new collection; each part case names its bundle in bundle_case_no, so the bundle
  // finds its parts and 办件 lists leave parts out; license_no finds a 行业综合许可证 by number for
  // GET /certificates/verify. Existing cases are single cases (both NULL).
  (db) => {
    db.exec(`
      ALTER TABLE cases ADD COLUMN bundle_case_no TEXT;
      ALTER TABLE cases ADD COLUMN license_no TEXT;
      UPDATE cases SET bundle_case_no = json_extract(record, '$.bundleCaseNo'),
        license_no = json_extract(record, '$.bundle.industryLicense.number');
      CREATE INDEX cases_by_bundle ON cases (bundle_case_no) WHERE bundle_case_no IS NOT NULL;
      CREATE UNIQUE INDEX cases_by_license ON cases (license_no) WHERE license_no IS NOT NULL;
    `)
  },
]

export const SCHEMA_VERSION = migrations.length

/** Brings `db` from its user_version to SCHEMA_VERSION, each step in its own transaction. */
export function migrate(db: Database): void {
  const current = db.pragma('user_version', { simple: true }) as number
  for (let version = current; version < migrations.length; version += 1) {
    db.transaction(() => {
      migrations[version](db)
      // PRAGMA takes no bound parameters; the value is our own integer.
      db.pragma(`user_version = ${version + 1}`)
    }).immediate()
  }
}
