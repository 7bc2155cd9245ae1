import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import type { AuthResult, User } from '@contract/user'
import { taroStorage } from './taro-storage'

interface SessionState {
  token: string | null
  user: User | null
  /** Keeps the token and the signed-in person after a login. */
  signIn: (result: AuthResult) => void
  /** Replaces the profile (after `GET /me` or a real-name verification). */
  setUser: (user: User) => void
  /** Forgets the session (logout, or the server said the token is no longer valid). */
  signOut: () => void
}

export const useSessionStore = create<SessionState>()(
  persist(
    (set) => ({
      token: null,
      user: null,
      signIn: ({ token, user }) => set({ token, user }),
      setUser: (user) => set({ user }),
      signOut: () => set({ token: null, user: null }),
    }),
    {
      name: 'qz-session',
      version: 1,
      storage: taroStorage,
      partialize: ({ token, user }) => ({ token, user }),
    },
  ),
)
