import Taro from '@tarojs/taro'
import { createJSONStorage } from 'zustand/middleware'

/**
 * zustand `persist` storage over Taro's *synchronous* storage API: hydration then finishes while
 * the store is created, so the first render already sees the signed-in session and elder mode
 * (an async wrapper would flash the logged-out, small-text state first).
 */
export const taroStorage = createJSONStorage(() => ({
  getItem: (name: string): string | null => {
    const value: unknown = Taro.getStorageSync(name)
    return typeof value === 'string' && value !== '' ? value : null
  },
  setItem: (name: string, value: string): void => {
    Taro.setStorageSync(name, value)
  },
  removeItem: (name: string): void => {
    Taro.removeStorageSync(name)
  },
}))
