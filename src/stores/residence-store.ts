import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import type { RegionRef } from '@contract/service-item'
import { taroStorage } from './taro-storage'

/** A point the phone reported, kept only after the person chose 使用当前位置 (they allowed it). */
export interface Coordinates {
  latitude: number
  longitude: number
}

interface ResidenceState {
  /** 所在地: the service region whose implementations search and guides show first; null until chosen. */
  region: RegionRef | null
  /** Where the phone was when the person last shared it; halls are then sorted nearest first. */
  coordinates: Coordinates | null
  /** Sets 所在地 (from the region list). */
  setRegion: (region: RegionRef) => void
  /** Sets 所在地 from the phone's location and remembers the point for distances. */
  setFromLocation: (region: RegionRef, coordinates: Coordinates) => void
  /** Forgets 所在地 and the point. */
  clear: () => void
}

/** 所在地, chosen once and remembered on the phone (SPEC §7): not an account setting, no login needed. */
export const useResidenceStore = create<ResidenceState>()(
  persist(
    (set) => ({
      region: null,
      coordinates: null,
      setRegion: (region) => set({ region: { code: region.code, name: region.name } }),
      setFromLocation: (region, coordinates) => set({ region: { code: region.code, name: region.name }, coordinates: { ...coordinates } }),
      clear: () => set({ region: null, coordinates: null }),
    }),
    {
      name: 'qz-residence',
      version: 1,
      storage: taroStorage,
      partialize: ({ region, coordinates }) => ({ region, coordinates }),
    },
  ),
)
