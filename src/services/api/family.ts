import type { Page } from '@contract/common'
import type { FamilyAuthorization, FamilyMember, FamilyMemberInput, OwnContact } from '@contract/family'
import { http } from '../http'

/** 我的家人: the family members the person added, every state, names and ID numbers masked. */
export async function listFamilyMembers(): Promise<FamilyMember[]> {
  const { data } = await http.get<Page<FamilyMember>>('/me/family')
  return data.items
}

/**
 * Adds a family member, waiting for their confirmation. The same `idempotencyKey` on a retry (after a
 * lost answer or a double tap) returns the member the first attempt added instead of a second one.
 */
export async function addFamilyMember(input: FamilyMemberInput, idempotencyKey: string): Promise<FamilyMember> {
  const { data } = await http.post<FamilyMember>('/me/family', input, { headers: { 'Idempotency-Key': idempotencyKey } })
  return data
}

/** Confirms a member with the 6-digit code the member gave (a 422 on `code` when wrong). */
export async function confirmFamilyMember(id: string, code: string): Promise<FamilyMember> {
  const { data } = await http.post<FamilyMember>(`/me/family/${encodeURIComponent(id)}/confirm`, { code })
  return data
}

/** Stops acting for a member (解除); cases already filed stay. */
export async function removeFamilyMember(id: string): Promise<FamilyMember> {
  const { data } = await http.post<FamilyMember>(`/me/family/${encodeURIComponent(id)}/revoke`)
  return data
}

/** Who asked to act for the signed-in person, with the confirmation code while it waits. */
export async function listFamilyRequests(): Promise<FamilyAuthorization[]> {
  const { data } = await http.get<Page<FamilyAuthorization>>('/me/family/requests')
  return data.items
}

/** The member withdraws (or declines) an authorization: no new application for them from then on. */
export async function revokeAuthorization(id: string): Promise<FamilyAuthorization> {
  const { data } = await http.post<FamilyAuthorization>(`/me/family/requests/${encodeURIComponent(id)}/revoke`)
  return data
}

/** The person's own phone, unmasked, only to prefill their own form fields; never shown elsewhere. */
export async function getOwnContact(): Promise<OwnContact> {
  const { data } = await http.get<OwnContact>('/me/contact')
  return data
}
