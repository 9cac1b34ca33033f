import fs from 'node:fs'
import path from 'node:path'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'

/**
 * Serves the built renderer (out/renderer) to the browser on this machine, for `npm start` where
 * the Electron binary is missing. 127.0.0.1 only; the Host header must name it (a DNS-rebinding
 * page's Host is its own name); GET/HEAD only; only files inside the build. The page's own CSP
 * (index.html) stays in force; the engine's WebSocket still asks for its token and this Origin.
 */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2'
}

export async function serveApp(dir: string, log: (m: string) => void = () => {}): Promise<{ url: string; close: () => Promise<void> }> {
  const root = fs.realpathSync(dir)
  if (!fs.existsSync(path.join(root, 'index.html'))) throw new Error(`${dir} holds no built app (index.html): run npm run build first`)
  let port = 0
  const server = createServer((req, res) => answer(req, res))
  const answer = (req: IncomingMessage, res: ServerResponse) => {
    const host = String(req.headers.host ?? '')
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
      log(`refused an app request for Host ${host.slice(0, 100)}`)
      return res.writeHead(421).end()
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return res.writeHead(405, { allow: 'GET, HEAD' }).end()
    const file = fileFor(root, req.url ?? '/')
    if (!file) return res.writeHead(404).end()
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-store'
    })
    if (req.method === 'HEAD') return res.end()
    fs.createReadStream(file).pipe(res)
  }
  const listening = await listenOnLoopback(server)
  port = listening.port
  return { url: listening.url, close: listening.close }
}

/** Listens on 127.0.0.1 (a free port); close() also ends open keep-alive connections. */
export async function listenOnLoopback(server: Server): Promise<{ url: string; port: number; close: () => Promise<void> }> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', resolve)
  })
  const port = (server.address() as { port: number }).port
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

/** The file a request path names, if it is a file inside root ('/' is index.html); else null. */
export function fileFor(root: string, url: string): string | null {
  let pathname: string
  try {
    pathname = decodeURIComponent(new URL(url, 'http://x').pathname)
  } catch {
    return null
  }
  if (pathname.includes('\0')) return null
  const file = path.resolve(root, '.' + (pathname === '/' ? '/index.html' : pathname))
  if (!file.startsWith(root + path.sep)) return null
  try {
    return fs.realpathSync(file).startsWith(root + path.sep) && fs.statSync(file).isFile() ? file : null
  } catch {
    return null
  }
}
