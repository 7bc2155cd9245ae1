import { existsSync, mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import Database from 'better-sqlite3'
import { installFile, setAside, tempPathFor, verifyStoreFile } from './store'

/**
 * Copies the store at `file` to `target` with SQLite's online backup API (a consistent snapshot
 * even while the mock writes), checks the copy like a start would, then renames it into place.
 */
export async function backupStore(file: string, target: string): Promise<void> {
  const source = resolve(file)
  const destination = resolve(target)
  verifyStoreFile(source)
  mkdirSync(dirname(destination), { recursive: true })
  const temp = tempPathFor(destination)
  const db = new Database(source, { readonly: true, fileMustExist: true })
  try {
    await db.backup(temp)
  } finally {
    db.close()
  }
  verifyStoreFile(temp, { full: true })
  installFile(temp, destination)
}

/**
 * Replaces the store at `file` with the backup at `backup` (checked in full first). The current
 * file, damaged or not, is kept as `<file>.before-restore-<time>` with its WAL.
 */
export async function restoreStore(backup: string, file: string): Promise<{ keptAs: string | null }> {
  const source = resolve(backup)
  const destination = resolve(file)
  verifyStoreFile(source, { full: true })
  mkdirSync(dirname(destination), { recursive: true })
  const temp = tempPathFor(destination)
  const db = new Database(source, { readonly: true, fileMustExist: true })
  try {
    await db.backup(temp)
  } finally {
    db.close()
  }
  verifyStoreFile(temp)
  let keptAs: string | null = null
  if (existsSync(destination)) {
    keptAs = `${destination}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`
    setAside(destination, keptAs)
  }
  installFile(temp, destination)
  return { keptAs }
}
