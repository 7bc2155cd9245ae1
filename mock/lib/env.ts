import type { CatalogueIndex } from '../search'
import type { CertificateTypeConfig } from '../seed/certificate-types'
import type { Seed } from '../seed/types'
import type { Auth } from './auth'
import type { SettableClock } from './clock'
import type { FileStore } from './files'
import type { SeedLookup } from './lookup'
import type { Store } from './store'
import type { DeepReadonly, UserRecord } from './store/records'

/**
 * What every route module gets, built once per app in app.ts. Routes reach the seed only through
 * it (`lookup`, `index`, `seed`, `certificateTypes`), never by importing mock/seed at run time, so a
 * test or a demo can give the app another catalogue.
 */
export interface AppContext {
  /** The mutable data (SQLite, lib/store): repositories, and one store.transaction per writing request. */
  store: Store
  seed: Seed
  /** Indexes over the seed's regions, departments, themes and items. */
  lookup: SeedLookup
  index: CatalogueIndex
  /** The app's clock: `PUT /admin/clock` pins it, `DELETE /admin/clock` lets it run again. */
  clock: SettableClock
  /** Bytes of uploaded files (metadata is in the store). */
  files: FileStore
  /** The village certificate types in force (default the seed's list). */
  certificateTypes: readonly CertificateTypeConfig[]
  /** The auth guards of this app's sessions; routes put `requireAuth` / `requireRole(...)` in front of handlers. */
  auth: Auth
}

/** Hono's per-request variables, set by the auth guard. */
export interface AppEnv {
  Variables: {
    user: DeepReadonly<UserRecord>
    /** SHA-256 of the bearer token of this request, so logout can revoke exactly it. */
    tokenHash: string
    /** The calling client's address (lib/rate-limit.ts clientAddress: X-Forwarded-For only from a trusted proxy). */
    client: string
  }
}
