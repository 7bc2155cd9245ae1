/** Who someone is to the app. `business` is a 法人 applicant; `admin` is the simulated back office. */
export type Role = 'resident' | 'business' | 'cadre' | 'admin'

/** The demo accounts of `POST /auth/demo` (mock only). */
export type DemoAccount = 'resident' | 'resident-new' | 'business' | 'cadre' | 'cadre-other' | 'admin'

/** The signed-in person as the app sees them. ID numbers and phones arrive masked. */
export interface User {
  id: string
  nickname: string
  role: Role
  /** Real-name verification result, masked; null until verified. */
  realName: { name: string; idNumber: string } | null
  phone: string | null
  /** For 法人 applicants: the verified enterprise, null until verified. */
  enterprise: { name: string; creditCode: string } | null
  /** For cadres: the one village they serve. */
  village: { code: string; name: string; path: string } | null
}

export interface AuthResult {
  token: string
  user: User
}
