/**
 * Where the mock gets "now" from. Everything time-dependent (sessions today; deadlines and the
 * 7-day default rating later) reads a Clock, so a later `PUT /admin/clock` can move time for demos
 * and tests can pin it.
 */
export interface Clock {
  now(): Date
}

export const systemClock: Clock = { now: () => new Date() }

/** A clock that stands still at `at` until `set` moves it; for tests and the later admin clock. */
export function createFixedClock(at: Date | string): Clock & { set(at: Date | string): void } {
  let current = new Date(at)
  return {
    now: () => new Date(current.getTime()),
    set(next) {
      current = new Date(next)
    },
  }
}

/**
 * The app's clock (`PUT /admin/clock`): the base clock (the system's, or a test's fixed one) until
 * `set` pins "now" to an instant, which then stands still (demos and tests want repeatable
 * deadlines); `reset` goes back to the base.
 */
export interface SettableClock extends Clock {
  set(at: Date): void
  reset(): void
  /** Whether `set` has pinned the time. */
  isFixed(): boolean
}

export function createSettableClock(base: Clock): SettableClock {
  let pinned: number | null = null
  return {
    now: () => (pinned === null ? base.now() : new Date(pinned)),
    set(at) {
      pinned = at.getTime()
    },
    reset() {
      pinned = null
    },
    isFixed: () => pinned !== null,
  }
}

// ISO 8601 in China Standard Time (2022-01-05T09:30:00.000+08:00): the domain's, re-exported for the routes.
export { toIsoChina } from '@/domain/china-date'
