import type { Page } from '@contract/common'
import type { FollowUpInput, PendingRating, Rating, RatingInput, RatingStats } from '@contract/rating'
import { http } from '../http'

/** Rates one of the person's concluded cases (好差评, once per case); the recorded rating. */
export async function rateCase(caseNo: string, input: RatingInput): Promise<Rating> {
  const { data } = await http.post<Rating>(`/cases/${encodeURIComponent(caseNo)}/rating`, input)
  return data
}

/** The person's concluded cases still waiting for a rating (待评价), with the day the default 满意 applies. */
export async function listPendingRatings(): Promise<Page<PendingRating>> {
  const { data } = await http.get<Page<PendingRating>>('/ratings/pending', { params: { page: 1, pageSize: 50 } })
  return data
}

/** The person's own ratings (我的评价), newest first, with the department's reply and the follow-up. */
export async function listMyRatings(): Promise<Page<Rating>> {
  const { data } = await http.get<Page<Rating>>('/ratings/mine', { params: { page: 1, pageSize: 50 } })
  return data
}

/** The one follow-up rating (回访评价) of the department's reply to a bad rating. */
export async function followUpRating(id: string, input: FollowUpInput): Promise<Rating> {
  const { data } = await http.post<Rating>(`/ratings/${encodeURIComponent(id)}/follow-up`, input)
  return data
}

/** Public figures (好差评公示, no login) per department or region; without dates, the server's default period. */
export async function getRatingStats(query: { from?: string; to?: string; by: 'department' | 'region' }): Promise<RatingStats> {
  const { data } = await http.get<RatingStats>('/ratings/stats', { params: query })
  return data
}
