/**
 * The packaged UI is served from app://hearth/ rather than file://: a file:// page may read any
 * local file it can name, and every file:// page shares one origin. The handler only serves files
 * inside the renderer build directory (after decoding, so %2e%2e%2f cannot climb out) and adds the
 * CSP and nosniff headers to every response.
 */
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'

export const APP_SCHEME = 'app'
export const APP_HOST = 'hearth'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`

/** Registered before app 'ready': standard + secure gives the scheme a real origin and fetch. */
export const appSchemePrivileges = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: false, stream: false }
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm'
}

/**
 * Map an app:// URL to a file under root, or null when it is not ours or would leave root.
 * Paths without an extension fall back to index.html so client-side routes survive a reload.
 */
export function resolveAppPath(root: string, requestUrl: string): string | null {
  let url: URL
  try {
    url = new URL(requestUrl)
  } catch {
    return null
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null
  let pathname: string
  try {
    pathname = decodeURIComponent(url.pathname)
  } catch {
    return null
  }
  if (pathname.includes('\0')) return null
  if (pathname === '/' || path.posix.extname(pathname) === '') pathname = '/index.html'
  const base = path.resolve(root)
  const full = path.resolve(base, '.' + pathname)
  const rel = path.relative(base, full)
  if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return null
  return full
}

export interface BuiltinPage {
  type: string
  body: string
}

export function createAppHandler(opts: { root: string; csp: string; builtins?: Map<string, BuiltinPage> }) {
  const headers = (type: string) => ({
    'Content-Type': type,
    'Content-Security-Policy': opts.csp,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store'
  })
  const notFound = () => new Response('Not found', { status: 404, headers: headers('text/plain; charset=utf-8') })

  return async (request: Request): Promise<Response> => {
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return new Response('Method not allowed', { status: 405, headers: headers('text/plain; charset=utf-8') })
    let pathname: string
    try {
      pathname = new URL(request.url).pathname
    } catch {
      return notFound()
    }
    const builtin = opts.builtins?.get(pathname)
    if (builtin && new URL(request.url).host === APP_HOST) return new Response(builtin.body, { status: 200, headers: headers(builtin.type) })
    const file = resolveAppPath(opts.root, request.url)
    if (!file) return notFound()
    try {
      if (!(await stat(file)).isFile()) return notFound()
      const body = await readFile(file)
      const type = TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream'
      return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers: headers(type) })
    } catch {
      return notFound()
    }
  }
}
