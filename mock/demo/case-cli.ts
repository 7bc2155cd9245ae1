import type { Case, CaseAction, CaseStatus, CaseSummary, TransitionInput } from '@contract/case'
import type { ApiErrorBody, Page } from '@contract/common'
import { ACTION_LABELS, NOTE_REQUIRED, STATUS_LABELS } from '@/domain/case-lifecycle'

/**
 * `npm run case -- <command>`: moves demo cases from a terminal, as the back office would, against
 * the mock that `npm start` / `npm run mock` runs on 127.0.0.1:PORT (default 3100). Signs in as the
 * demo admin account. Exit code 0 on success, 1 on any error (the API's Chinese message is printed).
 */

export const USAGE = `用法 / usage: npm run case -- <command>
  list [status]                     列出办件及可执行的操作 / list cases (optionally of one status) with their possible actions
  advance <caseNo> [note]           执行自然的下一步 / apply the natural next action:
                                    submitted→accept, accepted→start-review, in-review→approve, approved/denied→conclude
  do <caseNo> <action> [note] [补正材料…]
                                    执行指定操作 / apply an action: ${Object.keys(ACTION_LABELS).join(', ')}
                                    (request-supplement: the words after the note are the items to supply)
  一件事: the bundle case's status follows its part cases; list shows each part with 一件事 <bundle caseNo>,
  and advance/do work on the part cases (a bundle case number lists its parts instead)
  clock                             查看模拟时钟 / show the mock's clock
  clock <ISO time>|reset            设置或恢复时钟 / pin the clock (e.g. 2026-02-13T09:30:00+08:00) or go back to real time`

/** The action that moves a case forward in the ordinary way (the demo's "next"). */
export const NATURAL_NEXT: Partial<Record<CaseStatus, CaseAction>> = {
  submitted: 'accept',
  accepted: 'start-review',
  'in-review': 'approve',
  approved: 'conclude',
  denied: 'conclude',
}

export interface CliIo {
  fetch: (url: string, init: RequestInit) => Promise<Response>
  /** e.g. http://127.0.0.1:3100/api/v1 */
  base: string
  out: (line: string) => void
  err: (line: string) => void
}

class CliError extends Error {}

function deadlineText(c: Pick<CaseSummary, 'dueBy' | 'remainingWorkingDays' | 'overdue' | 'paused' | 'dueByProvisional'>): string {
  if (c.remainingWorkingDays === null) return c.dueBy ? `期限 ${c.dueBy}` : '—'
  const left = c.overdue ? `已超期 ${-c.remainingWorkingDays} 个工作日` : `剩余 ${c.remainingWorkingDays} 个工作日`
  return `${c.dueBy} ${left}${c.paused ? '（补正中，计时暂停）' : ''}${c.dueByProvisional ? '（日历暂定）' : ''}`
}

const statusText = (s: CaseStatus) => `${STATUS_LABELS[s]}(${s})`

export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  let token = ''
  async function api<T>(method: string, path: string, json?: unknown): Promise<T> {
    let res: Response
    try {
      res = await io.fetch(`${io.base}${path}`, {
        method,
        headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...(json === undefined ? {} : { 'Content-Type': 'application/json' }) },
        body: json === undefined ? undefined : JSON.stringify(json),
      })
    } catch {
      throw new CliError(`连不上模拟后端 ${io.base}：请先运行 npm start 或 npm run mock / cannot reach the mock at ${io.base}; is \`npm start\` or \`npm run mock\` running?`)
    }
    const text = await res.text()
    let body: unknown = null
    try {
      body = text ? JSON.parse(text) : null
    } catch {
      throw new CliError(`意外的回应 / unexpected answer (${res.status}) from ${path}`)
    }
    if (!res.ok) {
      const error = (body as ApiErrorBody | null)?.error
      const fields = error?.fields ? ` ${Object.entries(error.fields).map(([k, v]) => `${k}: ${v}`).join('; ')}` : ''
      throw new CliError(`${res.status} ${error?.message ?? '请求失败'}${fields}`)
    }
    return body as T
  }

  async function transition(caseNo: string, action: CaseAction, note: string | undefined, items: string[]): Promise<void> {
    const before = await api<Case>('GET', `/admin/cases/${encodeURIComponent(caseNo)}`)
    const body: TransitionInput = { action, note: note ?? (NOTE_REQUIRED.includes(action) ? `演示：${ACTION_LABELS[action]}` : '') }
    if (action === 'request-supplement') body.supplementItems = items.length > 0 ? items : ['相关证明材料']
    const after = await api<Case>('POST', `/admin/cases/${encodeURIComponent(caseNo)}/transition`, body)
    io.out(`${caseNo} ${statusText(before.status)} → ${statusText(after.status)}  ${ACTION_LABELS[action]}  ${deadlineText(after)}`)
  }

  const [command, ...rest] = args
  try {
    if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
      io.out(USAGE)
      return command === undefined ? 1 : 0
    }
    token = (await api<{ token: string }>('POST', '/auth/demo', { account: 'admin' })).token
    switch (command) {
      case 'list': {
        const status = rest[0]
        type Row = CaseSummary & { actions: CaseAction[]; bundleCaseNo?: string }
        const rows: Row[] = []
        for (let page = 1; page <= 1000; page += 1) {
          const query = `?page=${page}&pageSize=50${status ? `&status=${encodeURIComponent(status)}` : ''}`
          const res = await api<Page<Row>>('GET', `/admin/cases${query}`)
          rows.push(...res.items)
          if (page * res.pageSize >= res.total) break
        }
        if (rows.length === 0) io.out('没有办件 / no cases')
        for (const c of rows) {
          const next = NATURAL_NEXT[c.status]
          const actions = c.actions.length > 0 ? c.actions.join(', ') : '—'
          if (c.bundle) {
            io.out(`${c.caseNo}  ${statusText(c.status)}  ${c.item.name}  一件事 bundle: 已办结 ${c.bundle.concludedParts}/${c.bundle.partCount}，请操作其部分办件 / move its part cases`)
            continue
          }
          const part = c.bundleCaseNo ? `  一件事 ${c.bundleCaseNo}` : ''
          io.out(`${c.caseNo}  ${statusText(c.status)}  ${c.item.name}${part}  ${deadlineText(c)}  可执行 actions: ${actions}${next ? `  (advance → ${next})` : ''}`)
        }
        return 0
      }
      case 'advance': {
        const [caseNo, note] = rest
        if (!caseNo) throw new CliError('缺少办件编号 / missing caseNo\n' + USAGE)
        const current = await api<Case>('GET', `/admin/cases/${encodeURIComponent(caseNo)}`)
        if (current.parts) {
          const parts = current.parts.map((p) => `  ${p.caseNo}  ${statusText(p.status)}  ${p.name}`).join('\n')
          throw new CliError(`${caseNo} 是一件事办件，请对其部分办件操作 / a bundle case: advance its part cases\n${parts}`)
        }
        const next = NATURAL_NEXT[current.status]
        if (!next) {
          const why = current.status === 'needs-supplement' ? '等待申请人补正材料（在应用中上传）/ waiting for the applicant to supply (upload in the app)' : '办件已结束 / the case has ended'
          throw new CliError(`${caseNo} ${statusText(current.status)}：没有下一步 / no next action — ${why}`)
        }
        await transition(caseNo, next, note, [])
        return 0
      }
      case 'do': {
        const [caseNo, action, note, ...items] = rest
        if (!caseNo || !action) throw new CliError('缺少办件编号或操作 / missing caseNo or action\n' + USAGE)
        if (!(action in ACTION_LABELS)) throw new CliError(`未知操作 / unknown action "${action}"; one of ${Object.keys(ACTION_LABELS).join(', ')}`)
        await transition(caseNo, action as CaseAction, note, items)
        return 0
      }
      case 'clock': {
        const [at] = rest
        const res =
          at === undefined
            ? await api<{ now: string; fixed: boolean }>('GET', '/admin/clock')
            : at === 'reset'
              ? await api<{ now: string; fixed: boolean }>('DELETE', '/admin/clock')
              : await api<{ now: string; fixed: boolean }>('PUT', '/admin/clock', { now: at })
        io.out(`模拟时钟 / clock: ${res.now}${res.fixed ? '（已固定 / pinned; reset: npm run case -- clock reset）' : '（实时 / real time）'}`)
        return 0
      }
      default:
        throw new CliError(`未知命令 / unknown command "${command}"\n${USAGE}`)
    }
  } catch (e) {
    if (e instanceof CliError) {
      io.err(e.message)
      return 1
    }
    throw e
  }
}

if (process.argv[1] && /case-cli\.ts$/.test(process.argv[1])) {
  const port = process.env.PORT ?? '3100'
  runCli(process.argv.slice(2), {
    fetch: (url, init) => fetch(url, init),
    base: `http://127.0.0.1:${port}/api/v1`,
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  }).then(
    (code) => process.exit(code),
    (e: unknown) => {
      process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`)
      process.exit(1)
    },
  )
}
