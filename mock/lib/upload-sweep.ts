import type { Clock } from './clock'
import type { Db, DbData, DeepReadonly } from './db'
import type { FileStore } from './files'

/** An upload that nothing uses this long after it was made is removed (SPEC §8). */
export const ORPHAN_UPLOAD_MS = 24 * 60 * 60_000

/** How often `npm run mock` sweeps (mock/server.ts). */
export const SWEEP_INTERVAL_MS = 60 * 60_000

/** Every file id a stored record points at: case materials and supplements, certificate requests' materials. */
export function usedFileIds(data: DeepReadonly<DbData>): Set<string> {
  const used = new Set<string>()
  for (const c of Object.values(data.cases)) {
    for (const m of c.materials) for (const f of m.files) used.add(f.fileId)
    for (const s of c.supplements) for (const m of s.materials) for (const f of m.files) used.add(f.fileId)
  }
  for (const r of Object.values(data.certificateRequests)) for (const m of r.materials) for (const f of m.files) used.add(f.fileId)
  return used
}

/**
 * Removes uploads no case or request uses that are older than ORPHAN_UPLOAD_MS on the app's
 * clock (the clock their createdAt was written with, so `PUT /admin/clock` can show it). The records
 * go in one write, then their bytes; bytes without a record are never served, so a crash between
 * the two only leaves unreachable bytes. Returns how many were removed.
 */
export function sweepOrphanUploads(db: Db, files: FileStore, clock: Clock): number {
  const cutoff = clock.now().getTime() - ORPHAN_UPLOAD_MS
  const data = db.read()
  const used = usedFileIds(data)
  const stale = Object.values(data.uploads)
    .filter((u) => !used.has(u.id) && Date.parse(u.createdAt) <= cutoff)
    .map((u) => u.id)
  if (stale.length === 0) return 0
  const removed = db.mutate((draft) => {
    // Checked again inside the write: a case may have taken one of them since the read.
    const stillUsed = usedFileIds(draft)
    const gone: string[] = []
    for (const id of stale) {
      if (stillUsed.has(id) || !draft.uploads[id]) continue
      delete draft.uploads[id]
      gone.push(id)
    }
    return gone
  })
  for (const id of removed) files.delete(id)
  return removed.length
}

/** Bytes a user's stored uploads take (what the storage quota counts). */
export function storedBytesOf(data: DeepReadonly<DbData>, userId: string): number {
  let total = 0
  for (const u of Object.values(data.uploads)) if (u.ownerId === userId) total += u.size
  return total
}
