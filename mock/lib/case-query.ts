import { z } from 'zod'
import type { CaseStatus } from '@contract/case'
import { FINAL_STATUSES } from '@/domain/case-lifecycle'
import { listQuery } from './paging'

/** The filters of a case list, shared by the applicant's `GET /cases` and the back office's `GET /admin/cases`. */

export const CASE_STATUSES: readonly CaseStatus[] = ['submitted', 'accepted', 'not-accepted', 'needs-supplement', 'in-review', 'approved', 'denied', 'concluded', 'withdrawn']

/** The 办件 tab's filters: still going, waiting for the applicant's supplement, or ended. */
export const CASE_GROUPS = {
  active: CASE_STATUSES.filter((s) => !FINAL_STATUSES.includes(s)),
  'needs-supplement': ['needs-supplement'],
  ended: [...FINAL_STATUSES],
} as const satisfies Record<string, readonly CaseStatus[]>
type CaseGroup = keyof typeof CASE_GROUPS
const GROUP_NAMES = Object.keys(CASE_GROUPS) as CaseGroup[]

const STATUS_MESSAGE = `状态须为 ${CASE_STATUSES.join('、')} 之一（多个用逗号分隔）`

/** `status=a,b` (one status or a comma list) and `group=`; both given → cases matching both. */
export const caseListQuery = listQuery.extend({
  status: z
    .string()
    .transform((text) => text.split(',').map((s) => s.trim()))
    .pipe(z.array(z.enum(CASE_STATUSES as [CaseStatus, ...CaseStatus[]], { error: STATUS_MESSAGE })).max(CASE_STATUSES.length, STATUS_MESSAGE))
    .optional(),
  group: z.enum(GROUP_NAMES as [CaseGroup, ...CaseGroup[]], { error: `分组须为 ${GROUP_NAMES.join('、')} 之一` }).optional(),
})

/** Whether a case passes a parsed `caseListQuery`. */
export function matchesFilter(status: CaseStatus, query: { status?: CaseStatus[]; group?: CaseGroup }): boolean {
  if (query.status && !query.status.includes(status)) return false
  if (query.group && !(CASE_GROUPS[query.group] as readonly CaseStatus[]).includes(status)) return false
  return true
}
