import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { taroStorage } from './taro-storage'

/**
 * Version of the privacy notice's content. Raise it whenever what is collected, why, for how long
 * or who sees it changes: everyone who agreed to an older text is asked again.
 */
export const PRIVACY_NOTICE_VERSION = 1

interface PrivacyState {
  /** The notice version the person agreed to on this phone, or null. */
  agreedVersion: number | null
  /** When they agreed, ISO 8601. */
  agreedAt: string | null
  /** Records consent to the current notice (同意并继续). */
  agree: (at?: string) => void
  /** Forgets the consent, so the notice is shown again before anything personal is collected. */
  withdraw: () => void
}

export const usePrivacyStore = create<PrivacyState>()(
  persist(
    (set) => ({
      agreedVersion: null,
      agreedAt: null,
      agree: (at = new Date().toISOString()) => set({ agreedVersion: PRIVACY_NOTICE_VERSION, agreedAt: at }),
      withdraw: () => set({ agreedVersion: null, agreedAt: null }),
    }),
    {
      name: 'qz-privacy',
      version: 1,
      storage: taroStorage,
      partialize: ({ agreedVersion, agreedAt }) => ({ agreedVersion, agreedAt }),
    },
  ),
)

/** Whether the person agreed to the notice as it reads now. */
export function useHasAgreedPrivacy(): boolean {
  return usePrivacyStore((s) => s.agreedVersion === PRIVACY_NOTICE_VERSION)
}
