import type { FieldValue } from './application'

/**
 * 办件: a submitted application and its lifecycle (SPEC §4):
 * submitted → accepted | not-accepted | needs-supplement → (supplied) → accepted → in-review
 * (may again need a supplement) → approved | denied → concluded; withdrawn before acceptance.
 */
export type CaseStatus =
  | 'submitted'
  | 'accepted'
  | 'not-accepted'
  | 'needs-supplement'
  | 'in-review'
  | 'approved'
  | 'denied'
  | 'concluded'
  | 'withdrawn'

/** The four steps a resident sees: 提交 / 受理 / 办理 / 办结. */
export type CaseStep = 'submitted' | 'accepted' | 'processing' | 'concluded'

/** Progress notices a person can subscribe to (one WeChat subscribe message each). */
export type NoticeEvent = 'accepted' | 'needs-supplement' | 'concluded'

/** One line of a case's timeline. */
export interface TimelineEntry {
  at: string
  status: CaseStatus
  /** Who did it: the applicant, or the department's name. */
  actor: string
  /** What happened, in words (已提交申请, 已受理 …). */
  title: string
  note: string | null
}

/** A submitted field as the applicant sees it again: label and display text (ID numbers and phones masked). */
export interface SubmittedField {
  key: string
  label: string
  value: FieldValue
  display: string
}

export interface SubmittedMaterial {
  key: string
  name: string
  files: { fileId: string; name: string; size: number; mime: string }[]
  /** The e-license used instead of an upload (免提交), or null. */
  license: { id: string; type: string; number: string } | null
}

/** `POST /applications` → and `GET /cases/{caseNo}` (owner). */
export interface Case {
  /** 办件编号: ≤ 32 characters, not guessable in sequence. */
  caseNo: string
  /** 6-digit 查询码 printed on the receipt, for lookup without login. */
  queryCode: string
  item: {
    id: string
    name: string
    department: { id: string; name: string }
    region: { code: string; name: string }
    kind: 'instant' | 'promised'
    promisedLimitDays: number
  }
  applicantKind: 'personal' | 'legal'
  /** Masked: 张*, 3505**********1234, 138****5678. */
  applicant: { name: string; idNumber: string; phone: string | null; enterprise: { name: string; creditCode: string } | null }
  status: CaseStatus
  step: CaseStep
  submittedAt: string
  /**
   * When the case is due to conclude: for a submitted case an estimate that assumes acceptance on
   * the next working day; from acceptance the deadline in working days. Null when not applicable.
   */
  dueBy: string | null
  /** Whether `dueBy` rests on a provisional calendar (a year whose official schedule is not out yet). */
  dueByProvisional: boolean
  fields: SubmittedField[]
  materials: SubmittedMaterial[]
  commitmentAccepted: boolean
  /** Progress notices the person chose to receive. */
  notices: NoticeEvent[]
  timeline: TimelineEntry[]
}
