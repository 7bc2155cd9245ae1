/**
 * Why the store refuses to open a file. A damaged store is never replaced by an empty one: the
 * caller (mock/server.ts, mock/data-cli.ts) reports it and stops, and the file stays as it is.
 */
export type StoreProblem =
  /** Not an SQLite file, truncated, failed `PRAGMA quick_check`/`integrity_check`, or unreadable. */
  | 'damaged'
  /** An SQLite file, but a record in it fails its schema. */
  | 'bad-record'
  /** Written by a newer version of the mock (its schema version is above every migration here). */
  | 'too-new'
  /** The old db.json to import is not valid. */
  | 'bad-import'

export class StoreOpenError extends Error {
  readonly name = 'StoreOpenError'
  constructor(
    readonly problem: StoreProblem,
    /** The file at fault (absolute). */
    readonly file: string,
    /** English, one line: what was found. */
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`)
  }
}

/** A record read at run time fails its schema (the file changed under the mock): a 500, never a silent default. */
export class StoreRecordError extends Error {
  readonly name = 'StoreRecordError'
  constructor(
    readonly collection: string,
    readonly key: string,
    readonly reason: string,
  ) {
    super(`store: ${collection}/${key} does not match its schema (${reason})`)
  }
}

/**
 * The message mock/server.ts and mock/data-cli.ts print for a StoreOpenError: Chinese and English,
 * the file, and the two ways out (restore a backup, or start over on purpose).
 */
export function storeOpenMessage(error: StoreOpenError): string {
  const what: Record<StoreProblem, [string, string]> = {
    damaged: ['数据文件已损坏或不是本系统的数据库', 'the data file is damaged or is not a mock database'],
    'bad-record': ['数据文件中有记录不符合格式', 'a record in the data file does not match its schema'],
    'too-new': ['数据文件由更新版本的模拟后端写入', 'the data file was written by a newer version of the mock'],
    'bad-import': ['待导入的旧数据文件（db.json）无效', 'the old data file to import (db.json) is not valid'],
  }
  const [zh, en] = what[error.problem]
  return [
    `[mock] 无法启动：${zh}。文件未做任何改动：${error.file}`,
    `[mock] cannot start: ${en} (${error.reason}). The file was left untouched: ${error.file}`,
    '[mock] 恢复备份 / restore a backup:      npm run data -- restore <backup-file>',
    '[mock] 从种子数据重新开始 / start over:  npm run mock -- --fresh   (旧文件改名保留为 .bak / the old file is kept as .bak)',
  ].join('\n')
}
