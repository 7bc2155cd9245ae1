import type { AuthResult, DemoAccount, User } from '@contract/user'
import { http } from '../http'

/** Signs in with a wx.login code. */
export async function signInWithWechat(code: string): Promise<AuthResult> {
  const { data } = await http.post<AuthResult>('/auth/wechat', { code })
  return data
}

/** Signs in as one of the mock's demo accounts. */
export async function signInAsDemo(account: DemoAccount): Promise<AuthResult> {
  const { data } = await http.post<AuthResult>('/auth/demo', { account })
  return data
}

/** The signed-in person's profile. */
export async function getMe(): Promise<User> {
  const { data } = await http.get<User>('/me')
  return data
}
