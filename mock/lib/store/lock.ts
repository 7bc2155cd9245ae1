import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * A running mock writes its pid to `<data dir>/mock.pid`; `npm run data -- restore` refuses while
 * that process is alive. A pid file left by kill -9 names a dead process and is ignored, so no
 * stale lock ever needs removing by hand. (Not a mutual exclusion between two mocks: only the CLI
 * consults it.)
 */
export const PID_FILE = 'mock.pid'

export function writePidFile(dataDir: string): () => void {
  const file = join(dataDir, PID_FILE)
  writeFileSync(file, `${process.pid}\n`)
  return () => {
    // Only our own: a second mock on the same directory may have written its pid since.
    if (readPid(file) === process.pid) rmSync(file, { force: true })
  }
}

function readPid(file: string): number | null {
  try {
    const pid = Number(readFileSync(file, 'utf8').trim())
    return Number.isInteger(pid) && pid > 0 ? pid : null
  } catch {
    return null
  }
}

/** The pid of a live mock using `dataDir`, or null. */
export function runningMockPid(dataDir: string): number | null {
  const pid = readPid(join(dataDir, PID_FILE))
  if (pid === null || pid === process.pid) return null
  try {
    process.kill(pid, 0)
    return pid
  } catch (e) {
    // EPERM: alive but someone else's; ESRCH: gone.
    return e instanceof Error && 'code' in e && e.code === 'EPERM' ? pid : null
  }
}
