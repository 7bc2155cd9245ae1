/** The mock's storage (SQLite through better-sqlite3). Routes use this module only; see README.md. */
export { openStore, importData, verifyStoreFile, STORE_FILE, type OpenStoreOptions, type Store } from './store'
export { StoreOpenError, StoreRecordError, storeOpenMessage, type StoreProblem } from './errors'
export { mapPage, type PageRequest } from './table'
export type { CaseListFilter, CertificateRequestStatus, Repositories } from './repositories'
export { SCHEMA_VERSION } from './migrations'
