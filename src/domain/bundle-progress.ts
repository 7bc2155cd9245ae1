import type { CaseEnding, CaseStatus, CaseStep, TimelineEntry } from '@contract/case'
import { stepOf } from './case-lifecycle'

/**
 * 一件事 (SPEC §7): a bundle case has no lifecycle of its own; what it shows (status, step, deadline,
 * timeline, 已办结 n/m) is derived from its part cases, each moving through the ordinary lifecycle at
 * its own department. Pure, so the server (mock/lib/bundle-cases.ts) and the app derive it alike.
 */

/** What the rule needs of one part case. */
export interface BundlePartProgress {
  name: string
  status: CaseStatus
  /** How the part ended short (withdrawn, 不予受理, 不予许可), or null. */
  ending: CaseEnding | null
  /** Whether its department ever accepted it. */
  accepted: boolean
  dueBy: string | null
  dueByProvisional?: boolean
  remainingWorkingDays: number | null
  overdue: boolean
  paused: boolean
  concludedAt: string | null
  timeline: readonly TimelineEntry[]
}

export interface BundleProgress {
  status: CaseStatus
  step: CaseStep
  /** Null while any part is still under way or when at least one part ended with what was asked. */
  ending: CaseEnding | null
  /** Parts concluded with what was asked (办结, not 不予许可): 「已办结 2/4」. */
  concludedParts: number
  partCount: number
  dueBy: string | null
  dueByProvisional: boolean
  remainingWorkingDays: number | null
  overdue: boolean
  paused: boolean
  /** When the last part ended, once every part has; else null. */
  concludedAt: string | null
}

/** A part that will not move any more: delivered, refused, withdrawn, or decided 不予许可. */
export function partIsFinished(part: Pick<BundlePartProgress, 'status'>): boolean {
  return part.status === 'concluded' || part.status === 'not-accepted' || part.status === 'withdrawn' || part.status === 'denied'
}

/** A part concluded with what was asked (a 不予许可 delivered is concluded too, but not a success). */
export function partSucceeded(part: Pick<BundlePartProgress, 'status' | 'ending'>): boolean {
  return part.status === 'concluded' && part.ending === null
}

const ENDING_WEIGHT: Record<CaseEnding, number> = { denied: 3, 'not-accepted': 2, withdrawn: 1 }

/** The ending a part has or will have (a denied part not yet delivered is already 不予许可). */
function endingOfPart(part: BundlePartProgress): CaseEnding | null {
  if (part.status === 'denied') return 'denied'
  return part.ending
}

/**
 * The bundle's progress from its parts:
 * - any part waiting for a 补正 → needs-supplement (the person answers it in the bundle);
 * - every part finished: concluded when at least one part concluded with what was asked (the others'
 *   endings stay visible on the parts); otherwise the weightiest ending of the parts, honestly
 *   (不予许可 over 不予受理 over withdrawn), never "concluded";
 * - else submitted while nothing has moved yet, accepted while the parts under way are at most
 *   accepted (parts that ended short do not count as progress), otherwise in review (办理中).
 * Deadline: the latest deadline of the parts still under way (of all parts once none is); overdue or
 * paused when any part under way is.
 */
export function bundleProgress(parts: readonly BundlePartProgress[]): BundleProgress {
  const concludedParts = parts.filter(partSucceeded).length
  const finished = parts.filter(partIsFinished)
  const running = parts.filter((p) => !partIsFinished(p))
  const accepted = parts.some((p) => p.accepted)

  let status: CaseStatus
  let ending: CaseEnding | null = null
  if (parts.length > 0 && running.length === 0) {
    if (concludedParts > 0) status = 'concluded'
    else {
      ending = finished.map(endingOfPart).reduce<CaseEnding | null>((worst, e) => (e && (!worst || ENDING_WEIGHT[e] > ENDING_WEIGHT[worst]) ? e : worst), null)
      // A denied part that is only decided and one that was also delivered read the same to the person.
      status = ending === 'withdrawn' ? 'withdrawn' : ending === 'not-accepted' ? 'not-accepted' : ending === 'denied' ? 'denied' : 'concluded'
    }
  } else if (running.some((p) => p.status === 'needs-supplement')) {
    status = 'needs-supplement'
  } else if (concludedParts === 0 && running.every((p) => p.status === 'submitted')) {
    // Parts that ended short (withdrawn, refused) do not move the others on.
    status = 'submitted'
  } else if (concludedParts === 0 && running.every((p) => p.status === 'submitted' || p.status === 'accepted')) {
    status = 'accepted'
  } else {
    status = 'in-review'
  }

  const counting = running.length > 0 ? running : parts
  let latest: BundlePartProgress | null = null
  for (const p of counting) if (p.dueBy !== null && (latest === null || p.dueBy > (latest.dueBy ?? ''))) latest = p
  const ended = running.length === 0
  const concludedAt = ended ? parts.map((p) => p.concludedAt ?? '').reduce((a, b) => (b > a ? b : a), '') || null : null
  return {
    status,
    step: stepOf(status, { accepted }),
    ending,
    concludedParts,
    partCount: parts.length,
    dueBy: latest?.dueBy ?? null,
    dueByProvisional: latest?.dueByProvisional ?? false,
    remainingWorkingDays: ended ? null : (latest?.remainingWorkingDays ?? null),
    overdue: !ended && running.some((p) => p.overdue),
    paused: !ended && running.some((p) => p.paused),
    concludedAt,
  }
}

/**
 * The bundle's timeline: its own entries (the submission) and every part's, each part's entry titled
 * with the part's name (「出生登记：已受理」), oldest first; entries of the same instant keep their order.
 */
export function bundleTimeline(own: readonly TimelineEntry[], parts: readonly Pick<BundlePartProgress, 'name' | 'timeline'>[]): TimelineEntry[] {
  const all = [
    ...own.map((e) => ({ ...e })),
    ...parts.flatMap((p) => p.timeline.filter((e, i) => !(i === 0 && e.status === 'submitted')).map((e) => ({ ...e, title: `${p.name}：${e.title}` }))),
  ]
  return all
    .map((entry, order) => ({ entry, order, ms: Date.parse(entry.at) }))
    .sort((a, b) => a.ms - b.ms || a.order - b.order)
    .map(({ entry }) => entry)
}
