import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { STORE_FILE, StoreOpenError } from './lib/store'
import { backupStore, restoreStore } from './lib/store/backup'
import { runningMockPid } from './lib/store/lock'

/**
 * `npm run data -- backup <file>` / `npm run data -- restore <file>`: the mock's database
 * (${MOCK_DATA_DIR:-mock/.data}/store.sqlite) to and from one file, through SQLite's online backup
 * API. Backup is safe while the mock runs (a consistent snapshot); restore refuses while a mock is
 * running on that data directory (its pid in mock.pid is alive). Uploaded files' bytes (uploads/)
 * are not part of it: copy that folder alongside if you need them.
 */
const USAGE = [
  '用法 / usage:',
  '  npm run data -- backup <file>    备份数据库到文件 / back the database up to a file',
  '  npm run data -- restore <file>   用备份替换数据库（须先停止模拟后端）/ replace the database with a backup (stop the mock first)',
].join('\n')

async function main(): Promise<number> {
  const [command, target, ...rest] = process.argv.slice(2)
  if ((command !== 'backup' && command !== 'restore') || !target || rest.length > 0) {
    process.stderr.write(`${USAGE}\n`)
    return 2
  }
  const dataDir = resolve(process.env.MOCK_DATA_DIR ?? join('mock', '.data'))
  const file = join(dataDir, STORE_FILE)
  try {
    if (command === 'backup') {
      if (!existsSync(file)) {
        process.stderr.write(`[data] 没有可备份的数据库 / no database to back up at ${file}\n`)
        return 1
      }
      await backupStore(file, target)
      process.stdout.write(`[data] 已备份 / backed up ${file} -> ${resolve(target)}\n`)
      return 0
    }
    const pid = runningMockPid(dataDir)
    if (pid !== null) {
      process.stderr.write(`[data] 模拟后端正在运行（pid ${pid}），请先停止再恢复 / the mock is running (pid ${pid}) on ${dataDir}; stop it, then restore\n`)
      return 1
    }
    if (!existsSync(target)) {
      process.stderr.write(`[data] 备份文件不存在 / no such backup file: ${resolve(target)}\n`)
      return 1
    }
    const { keptAs } = await restoreStore(target, file)
    process.stdout.write(`[data] 已恢复 / restored ${resolve(target)} -> ${file}\n`)
    if (keptAs) process.stdout.write(`[data] 原数据库保留为 / the previous database is kept as ${keptAs}\n`)
    return 0
  } catch (e) {
    if (e instanceof StoreOpenError) {
      const which = e.file === file ? '数据库无法使用 / the database cannot be used' : '文件不是可用的备份 / not a usable backup'
      process.stderr.write(`[data] ${which}: ${e.file} (${e.reason}); nothing was changed\n`)
      return 1
    }
    process.stderr.write(`[data] ${command} failed: ${e instanceof Error ? e.message : String(e)}\n`)
    return 1
  }
}

void main().then((code) => process.exit(code))
