import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import type { Server } from 'node:http'
import { extname, join, normalize, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'vite'
import { listenOnLoopback } from '../../../src/p2p/transports/app-http.ts'

const ROOT = fileURLToPath(new URL('../../..', import.meta.url))
export const RENDERER_OUT = join(ROOT, 'out/e2e-renderer')
const AXE = join(ROOT, 'node_modules/axe-core/axe.min.js')

/** Build the renderer alone with vite (the same source electron-vite bundles for the app). */
export async function buildRenderer(): Promise<void> {
  await build({ configFile: join(ROOT, 'test/e2e/vite.renderer.config.ts'), logLevel: 'warn' })
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2'
}

/**
 * Serve the built renderer on 127.0.0.1 (random port), with a path-traversal check. axe-core is
 * served from the same origin (/__axe/axe.min.js) so the page's CSP (script-src 'self') stays on.
 */
export async function serveRenderer(dir = RENDERER_OUT): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    let file = path === '/__axe/axe.min.js' ? AXE : normalize(join(dir, path === '/' ? 'index.html' : path))
    if (file !== AXE && !file.startsWith(dir + sep)) {
      res.writeHead(403).end()
      return
    }
    if (!existsSync(file) || statSync(file).isDirectory()) file = join(dir, 'index.html')
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' })
    createReadStream(file).pipe(res)
  })
  const { url, close } = await listenOnLoopback(server)
  return { url, close }
}
