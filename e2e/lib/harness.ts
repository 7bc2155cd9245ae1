import type { Page } from 'playwright-core'
import type { AppDriver } from './app-driver'
import type { E2EServer } from './server'

export interface TestContext {
  /** The app, driven like a person would, with an axe audit on every page it arrives at. */
  app: AppDriver
  /** The browser tab (for what the driver does not cover: page.route, evaluate …). */
  page: Page
  /** The local server; `server.api` is this test's own fresh mock backend. */
  server: E2EServer
}

export type TestBody = (t: TestContext) => Promise<void>

export interface RegisteredTest {
  name: string
  file: string
  body: TestBody
}

const registry: RegisteredTest[] = []
let currentFile = ''

/** Set by the runner while it imports a test file, so each test knows where it came from. */
export function setCurrentFile(file: string): void {
  currentFile = file
}

/** Declares a browser test. Names are behaviour sentences; they are what the run prints. */
export function test(name: string, body: TestBody): void {
  registry.push({ name, file: currentFile, body })
}

export function registeredTests(): readonly RegisteredTest[] {
  return registry
}

/** A failed expectation with a message that says what a person would have seen instead. */
export class ExpectationError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ExpectationError'
  }
}

export function expect(condition: unknown, message: string): asserts condition {
  if (!condition) throw new ExpectationError(message)
}

/**
 * Polls `probe` until it returns a truthy value (which it returns) or `timeoutMs` passes; then
 * fails with `message` and the last value seen, so a failure says what was on screen instead.
 */
export async function eventually<T>(
  probe: () => Promise<T>,
  message: string,
  timeoutMs = 10_000,
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs
  let last: T | undefined
  let lastError: unknown
  for (;;) {
    try {
      last = await probe()
      if (last) return last as NonNullable<T>
    } catch (e) {
      lastError = e
    }
    if (Date.now() > deadline) {
      const seen = lastError instanceof Error ? `error: ${lastError.message.split('\n')[0]}` : `last value: ${JSON.stringify(last)}`
      throw new ExpectationError(`${message} (waited ${timeoutMs / 1000} s; ${seen})`)
    }
    await new Promise((r) => setTimeout(r, 100))
  }
}
