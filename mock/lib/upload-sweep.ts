import type { Clock } from './clock'
import type { FileStore } from './files'
import type { Store } from './store'

/** An upload that nothing uses this long after it was made is removed (SPEC §8). */
export const ORPHAN_UPLOAD_MS = 24 * 60 * 60_000

/** How often `npm run mock` sweeps (mock/server.ts). */
export const SWEEP_INTERVAL_MS = 60 * 60_000

/** Uploads looked at per pass, so one sweep never holds a huge list or one huge parameter. */
const SWEEP_BATCH = 500

/** Which of `fileIds` a stored record points at: case materials and supplements, certificate requests' materials. */
export function usedFileIds(store: Store, fileIds: readonly string[]): Set<string> {
  const used = store.cases.usedFileIds(fileIds)
  for (const id of store.certificateRequests.usedFileIds(fileIds)) used.add(id)
  return used
}

/**
 * Removes uploads no case or request uses that are older than ORPHAN_UPLOAD_MS on the app's
 * clock (the clock their createdAt was written with, so `PUT /admin/clock` can show it). Each batch's
 * records go in one transaction (checked for use inside it, so a case that took a file meanwhile
 * keeps it), then their bytes; bytes without a record are never served, so a crash between the two
 * only leaves unreachable bytes. Returns how many were removed.
 */
export function sweepOrphanUploads(store: Store, files: FileStore, clock: Clock): number {
  // listCreatedBefore is strict; one ms more keeps "exactly 24 h old" among the removed.
  const cutoff = new Date(clock.now().getTime() - ORPHAN_UPLOAD_MS + 1).toISOString()
  let removed = 0
  let page = 1
  for (;;) {
    const batch = store.uploads.listCreatedBefore(cutoff, { page, pageSize: SWEEP_BATCH }).items
    if (batch.length === 0) return removed
    const gone = store.transaction(() => {
      const used = usedFileIds(store, batch.map((u) => u.id))
      return batch.filter((u) => !used.has(u.id) && store.uploads.delete(u.id)).map((u) => u.id)
    })
    for (const id of gone) files.delete(id)
    removed += gone.length
    // Removed rows shift the pages: stay on this page while it lost rows, else move on.
    if (gone.length === 0) page += 1
  }
}
