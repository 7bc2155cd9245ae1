/** An implementing department (实施部门), at city level or in one of the 13 service regions. */
export interface Department {
  id: string
  name: string
  /** Code of the region the department belongs to (the city or a county-level region). */
  region: string
  /** Same-kind departments across levels share it (e.g. every 公安局 is `public-security`). */
  kind: string
}
