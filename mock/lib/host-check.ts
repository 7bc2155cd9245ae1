import type { MiddlewareHandler } from 'hono'
import { ApiError } from './errors'

/** The hosts that always reach the demo sign-in and the back office: this machine, by any port. */
export const LOCAL_HOSTS: readonly string[] = ['127.0.0.1', 'localhost', '[::1]']

export const HOST_NOT_ALLOWED = '演示登录和后台接口只能从本机访问（127.0.0.1 或 localhost）；其他地址请在 MOCK_ALLOWED_HOSTS 中配置'

/** The host name of a Host header without its port, lower case (`[::1]:3100` → `[::1]`). */
export function hostNameOf(host: string): string {
  const h = host.trim().toLowerCase()
  if (h.startsWith('[')) {
    const end = h.indexOf(']')
    return end === -1 ? h : h.slice(0, end + 1)
  }
  const colon = h.indexOf(':')
  return colon === -1 ? h : h.slice(0, colon)
}

/** `MOCK_ALLOWED_HOSTS`: comma-separated host names (a port given with one is ignored). */
export function parseHostList(text: string | undefined): string[] {
  return (text ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map(hostNameOf)
}

/**
 * Against DNS rebinding: a web page on evil.example whose name is made to resolve to 127.0.0.1 can
 * reach the mock, but its requests still say `Host: evil.example`. The demo sign-in (which hands out
 * an admin token) and the back office answer only to the local names and the configured ones; the
 * Host header is what a browser cannot forge. Requests made in-process have no Host header and are
 * judged by their URL's host.
 */
export function hostCheck(extraHosts: readonly string[]): MiddlewareHandler {
  const allowed = new Set([...LOCAL_HOSTS, ...extraHosts.map(hostNameOf)])
  return async (c, next) => {
    const host = c.req.header('host') ?? new URL(c.req.url).host
    if (!allowed.has(hostNameOf(host))) throw new ApiError('FORBIDDEN', HOST_NOT_ALLOWED)
    await next()
  }
}
