import type { FieldValue } from './application'
import type { Fee } from './service-item'
import type { CertificateNoticeEvent } from './certificate'
import type { RatingLevel } from './rating'
import type { BundleCaseInfo, BundleCaseSummaryInfo, BundlePartCase } from './bundle'

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

/** How a case ended short of what was asked for: withdrawn, 不予受理, 不予许可 (also once delivered). */
export type CaseEnding = 'withdrawn' | 'not-accepted' | 'denied'

/** What a person can still do about an ending: the remedy in words and who reviews it. */
export interface CaseRemedy {
  title: string
  text: string
  /** 行政复议机关, e.g. 晋江市人民政府; null when no review applies (withdrawn). */
  reviewBody: string | null
}

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
export interface Case extends CaseDeadline {
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
    /** The guide's fee at submission (免费 when not charged); null on cases from before fees were kept. */
    fee?: Fee | null
  }
  applicantKind: 'personal' | 'legal'
  /** Masked: 张*, 3505**********1234, 138****5678. */
  applicant: { name: string; idNumber: string; phone: string | null; enterprise: { name: string; creditCode: string } | null }
  status: CaseStatus
  step: CaseStep
  /** How it ended short (src/domain/case-lifecycle.ts endingOf), or null. */
  ending: CaseEnding | null
  /** The remedy of that ending (复议 / 诉讼 with the reviewing body, or applying again), or null. */
  remedy: CaseRemedy | null
  submittedAt: string
  fields: SubmittedField[]
  materials: SubmittedMaterial[]
  commitmentAccepted: boolean
  /** Progress notices the person chose to receive. */
  notices: NoticeEvent[]
  timeline: TimelineEntry[]
  acceptedAt: string | null
  concludedAt: string | null
  /** The outstanding 补正 request, or null. */
  supplement: SupplementRequest | null
  /** The result once approved, denied or concluded, and how it is delivered. */
  result: { text: string; delivery: string[] } | null
  /** Whether the applicant may still withdraw (only before acceptance). */
  canWithdraw: boolean
  /** Its 好差评 once rated (source 'default': 满意 recorded after 7 days without a rating), else null. */
  rating: CaseRating | null
  /** Concluded and not yet rated: the instant after which 满意 is recorded by default; else null. */
  rateBy: string | null
  /**
   * 为家人办: the resident who filed it for the applicant (经办人), masked; null or absent when the
   * applicant filed it themself.
   */
  agent?: { name: string; idNumber: string; phone: string | null } | null
  /**
   * True when the signed-in viewer is the 申请人 of a case a family member filed for them: they may
   * follow it, while 撤回, 补正 and 评价 stay with the 经办人.
   */
  viewerIsApplicant?: boolean
  /** 一件事: the part cases of a bundle case (one per chosen item); absent on single cases. */
  parts?: BundlePartCase[]
  /** 一件事: delivery, progress and the 一业一证 license of a bundle case; absent on single cases. */
  bundle?: BundleCaseInfo
  /** On a part case: the bundle case it belongs to (supplements and rating go there). */
  bundleCaseNo?: string | null
}

/** What a case shows of its rating; the full rating is in `GET /ratings/mine`. */
export interface CaseRating {
  id: string
  level: RatingLevel
  source: 'person' | 'default'
}

/** What the back office can do to a case (`POST /admin/cases/{caseNo}/transition`). */
export type CaseAction = 'accept' | 'refuse' | 'request-supplement' | 'start-review' | 'approve' | 'deny' | 'conclude'

/** Body of `POST /admin/cases/{caseNo}/transition`. */
export interface TransitionInput {
  action: CaseAction
  /** Shown to the applicant in the timeline; required when refusing, denying or asking for a supplement. */
  note: string
  /** request-supplement only: what the applicant must provide (e.g. 「房屋租赁合同」); at least one. */
  supplementItems?: string[]
  /** approve / deny / conclude: the result in words (e.g. 社会保障卡已制作完成，请到所选网点领取). */
  result?: string
}

/** An outstanding 补正 request: what is missing and why. */
export interface SupplementRequest {
  requestedAt: string
  note: string
  items: string[]
}

/** Body of `POST /cases/{caseNo}/supplements`: one or more files for each requested item. */
export interface SupplementInput {
  materials: { name: string; fileIds: string[] }[]
  note: string
  /**
   * 一件事: on a bundle case, the part case whose 补正 this answers (the server's route already takes
   * it; required when more than one part asks). Absent on a single case.
   */
  partCaseNo?: string
}

/**
 * Deadline facts computed by the server on the official working-day calendar and the settable
 * clock. Before acceptance `dueBy` is an estimate that assumes acceptance on the next working day;
 * from acceptance it is the deadline (instant items: the acceptance day), moved by supplement pauses.
 */
export interface CaseDeadline {
  /** China date YYYY-MM-DD, or null when no deadline applies (ended without conclusion). */
  dueBy: string | null
  /** Whether `dueBy` rests on a year whose official holiday schedule is not published yet. */
  dueByProvisional: boolean
  /** Working days left until `dueBy` (negative when overdue); null when the case has ended. */
  remainingWorkingDays: number | null
  overdue: boolean
  /** The clock stands still while a supplement is outstanding. */
  paused: boolean
}

/** One case in `GET /cases` (the 办件 list). */
export interface CaseSummary extends CaseDeadline {
  caseNo: string
  item: { id: string; name: string; department: { id: string; name: string } }
  status: CaseStatus
  step: CaseStep
  submittedAt: string
  /** 为家人办: the 申请人 and the 经办人 who filed it, masked; absent on one's own cases. */
  proxy?: { applicantName: string; agentName: string }
  /** 一件事: per-part progress of a bundle case; absent on single cases. */
  bundle?: BundleCaseSummaryInfo
}

/** `POST /cases/lookup {caseNo, queryCode}` without login: progress only, nothing personal beyond the masked name. */
export interface CaseLookupResult extends CaseSummary {
  applicantName: string
  timeline: TimelineEntry[]
}

/**
 * A progress notice the mock would have sent as a WeChat subscribe message (`GET /admin/notices`).
 * Village certificate events use the same record: `caseNo` is then the certificate request's id.
 */
export interface CaseNotice {
  id: string
  caseNo: string
  event: NoticeEvent | CertificateNoticeEvent
  /** The template's data, each value within WeChat's limits (thing ≤ 20, character_string ≤ 32, phrase ≤ 5). */
  data: {
    thing1: string
    character_string2: string
    phrase3: string
    time4: string
    thing5: string
  }
  createdAt: string
}
