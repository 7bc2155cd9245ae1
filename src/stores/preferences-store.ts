import Taro from '@tarojs/taro'
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { taroStorage } from './taro-storage'

interface PreferencesState {
  /** The person's own elder-mode choice; null means "follow WeChat's font size". */
  elderMode: boolean | null
  /** Turns elder mode (长辈模式) on or off explicitly. */
  setElderMode: (on: boolean) => void
  /** Goes back to following WeChat's own font-size setting. */
  followSystemFont: () => void
}

export const usePreferencesStore = create<PreferencesState>()(
  persist(
    (set) => ({
      elderMode: null,
      setElderMode: (on) => set({ elderMode: on }),
      followSystemFont: () => set({ elderMode: null }),
    }),
    { name: 'qz-preferences', version: 1, storage: taroStorage, partialize: ({ elderMode }) => ({ elderMode }) },
  ),
)

// WeChat reports its 「字体大小」 setting in px; 17 is the standard size, anything from 20 up is one
// of the large settings older people pick, which is when elder mode should come on by itself.
const LARGE_SYSTEM_FONT_PX = 20

/** Whether WeChat's own font size is set large. H5 has no such setting. */
export function systemPrefersLargeFont(): boolean {
  // The call sits inside a branch the build can see is dead on H5 (not after an early return):
  // there, taro-h5's getSystemInfoSync would bring platform.js, whose user-agent parsing costs
  // ~50 ms of a slow phone's first screen (issue 16).
  if (process.env.TARO_ENV === 'weapp') {
    try {
      const info = Taro.getSystemInfoSync() as { fontSizeSetting?: number }
      return typeof info.fontSizeSetting === 'number' && info.fontSizeSetting >= LARGE_SYSTEM_FONT_PX
    } catch {
      return false
    }
  }
  return false
}

/** Effective elder mode: the person's choice if they made one, else WeChat's font size. */
export function useElderMode(): boolean {
  const choice = usePreferencesStore((s) => s.elderMode)
  return choice ?? systemPrefersLargeFont()
}
