import type { CatalogueIndex } from '../search'
import type { Seed } from '../seed/types'
import type { Clock } from './clock'
import type { Db, DeepReadonly, UserRecord } from './db'
import type { FileStore } from './files'

/** What every route module gets. */
export interface AppContext {
  db: Db
  seed: Seed
  index: CatalogueIndex
  clock: Clock
  /** Bytes of uploaded files (metadata is in the db). */
  files: FileStore
}

/** Hono's per-request variables, set by the auth guard. */
export interface AppEnv {
  Variables: {
    user: DeepReadonly<UserRecord>
    /** SHA-256 of the bearer token of this request, so logout can revoke exactly it. */
    tokenHash: string
  }
}
