import type { ELicense } from '@contract/application'
import type { Page } from '@contract/common'
import type { User } from '@contract/user'
import { http } from '../http'

/** Real-name verification (实名认证): answers the masked profile, or a 422 with per-field reasons. */
export async function verifyRealName(input: { name: string; idNumber: string }): Promise<User> {
  const { data } = await http.put<User>('/me/real-name', input)
  return data
}

/** Enterprise verification (企业认证) of a 法人 applicant by 统一社会信用代码. */
export async function verifyEnterprise(input: { name: string; creditCode: string }): Promise<User> {
  const { data } = await http.put<User>('/me/enterprise', input)
  return data
}

/** The signed-in person's e-licenses (电子证照), numbers masked. */
export async function listLicenses(): Promise<ELicense[]> {
  const { data } = await http.get<Page<ELicense>>('/me/licenses')
  return data.items
}
