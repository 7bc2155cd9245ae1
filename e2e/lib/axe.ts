import { AxeBuilder } from '@axe-core/playwright'
import type { ImpactValue, Result } from 'axe-core'
import type { Page } from 'playwright-core'

/** Impacts that fail a test: a person using a screen reader or large text is blocked, not slowed. */
const FAILING: ReadonlySet<ImpactValue> = new Set<ImpactValue>(['serious', 'critical'])

/**
 * Violations we accept, each with the reason it cannot be fixed in our code. Matching is by rule id
 * and a substring of the offending element's selector. Keep this empty unless there is no way
 * around it.
 */
const ACCEPTED: readonly { rule: string; target: string; reason: string }[] = []

export interface AxeFinding {
  rule: string
  impact: ImpactValue
  help: string
  helpUrl: string
  targets: string[]
  /** axe's own "fix any of …" text for the first offending element. */
  summary: string
}

export interface AuditRecord {
  label: string
  failing: AxeFinding[]
  /** moderate and minor ones: reported, never failing. */
  advisory: AxeFinding[]
  ms: number
}

/**
 * E2E_AXE_REPORT_ONLY=1 prints violations without failing: a debugging aid for working on a test
 * while a known violation is being fixed elsewhere. CI never sets it; the runner warns when it is on.
 */
export const reportOnly = process.env.E2E_AXE_REPORT_ONLY === '1'

/** Every audit of the run, so the runner can summarise what axe saw. */
export const auditLog: AuditRecord[] = []

function toFinding(v: Result): AxeFinding {
  return {
    rule: v.id,
    impact: v.impact ?? 'minor',
    help: v.help,
    helpUrl: v.helpUrl,
    targets: v.nodes.map((n) => n.target.map(String).join(' >> ')),
    summary: v.nodes[0]?.failureSummary?.replace(/\s+/g, ' ').trim() ?? '',
  }
}

function accepted(rule: string, target: string): boolean {
  return ACCEPTED.some((a) => a.rule === rule && target.includes(a.target))
}

export class AxeViolationError extends Error {
  constructor(label: string, findings: AxeFinding[]) {
    const lines = findings.flatMap((f) => [
      `  [${f.impact}] ${f.rule}: ${f.help} (${f.helpUrl})`,
      ...f.targets.slice(0, 8).map((t) => `      at ${t}`),
      ...(f.targets.length > 8 ? [`      … and ${f.targets.length - 8} more`] : []),
      ...(f.summary ? [`      ${f.summary}`] : []),
    ])
    super(`accessibility audit of ${label} found ${findings.length} serious/critical violation(s):\n${lines.join('\n')}`)
    this.name = 'AxeViolationError'
  }
}

/**
 * Audits what is on screen now (the whole document: axe skips the hidden earlier pages Taro keeps
 * in the DOM, and this way the tab bar is checked too). Throws on any serious or critical violation.
 */
export async function auditPage(page: Page, label: string): Promise<AuditRecord> {
  const started = Date.now()
  const results = await new AxeBuilder({ page })
    // WCAG 2.2's minimum tap target (24 px) is off by default in axe; people with shaky hands are
    // exactly who this app is for, so it is on here (the tests also measure our stricter 44/60 px).
    .options({ rules: { 'target-size': { enabled: true } } })
    // The app has no iframes, so the cross-frame mode (which opens a helper page per audit) only
    // costs time; one in-page axe.run gives the same results about a third faster.
    .setLegacyMode(true)
    .analyze()
  const all = results.violations.map(toFinding)
  const failing = all
    .filter((f) => FAILING.has(f.impact))
    .map((f) => ({ ...f, targets: f.targets.filter((t) => !accepted(f.rule, t)) }))
    .filter((f) => f.targets.length > 0)
  const record: AuditRecord = { label, failing, advisory: all.filter((f) => !FAILING.has(f.impact)), ms: Date.now() - started }
  auditLog.push(record)
  if (failing.length > 0) {
    const error = new AxeViolationError(label, failing)
    if (!reportOnly) throw error
    console.log(`      (report only) ${error.message.replace(/\n/g, '\n      ')}`)
  }
  return record
}
