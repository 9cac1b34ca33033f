import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { fileFor, serveApp } from '../../src/p2p/transports/app-http.ts'
import { tmpDir } from '../helpers/peers.ts'

const base = tmpDir('hearth-app-http-')
const root = fs.realpathSync(base)
const app = path.join(root, 'app')
fs.mkdirSync(path.join(app, 'assets'), { recursive: true })
fs.writeFileSync(path.join(app, 'index.html'), '<!doctype html><title>Hearth</title>')
fs.writeFileSync(path.join(app, 'assets', 'index.js'), 'export {}')
fs.writeFileSync(path.join(root, 'secret.txt'), 'not for the page')
fs.symlinkSync(path.join(root, 'secret.txt'), path.join(app, 'assets', 'link.txt'))
afterAll(() => fs.rmSync(base, { recursive: true, force: true }))

/** A raw request, so the test controls Host and the path exactly as sent. */
function get(url: string, pathname: string, headers: Record<string, string> = {}, method = 'GET') {
  const { port } = new URL(url)
  return new Promise<{ status: number; type: string; nosniff: boolean; body: string }>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: pathname, method, headers }, (res) => {
      let body = ''
      res.on('data', (d) => (body += d))
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          type: String(res.headers['content-type'] ?? ''),
          nosniff: res.headers['x-content-type-options'] === 'nosniff',
          body
        })
      )
    })
    req.on('error', reject)
    req.end()
  })
}

describe('serving the built app to the local browser', () => {
  it('finds only files inside the build', () => {
    expect(fileFor(app, '/')).toBe(path.join(app, 'index.html'))
    expect(fileFor(app, '/assets/index.js?v=1')).toBe(path.join(app, 'assets', 'index.js'))
    for (const bad of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/assets/link.txt',
      '/assets',
      '/x%00.js',
      '/%E0%A4%A',
      '/missing.js'
    ])
      expect(fileFor(app, bad), bad).toBeNull()
  })

  it('answers GET for its own Host only, with nosniff; refuses other hosts, methods and paths', async () => {
    const server = await serveApp(app)
    try {
      const host = new URL(server.url).host
      const page = await get(server.url, '/', { host })
      expect(page).toMatchObject({ status: 200, type: 'text/html; charset=utf-8', nosniff: true, body: '<!doctype html><title>Hearth</title>' })
      expect((await get(server.url, '/assets/index.js', { host })).type).toBe('text/javascript; charset=utf-8')
      expect((await get(server.url, '/', { host: 'evil.example' })).status).toBe(421)
      expect((await get(server.url, '/', { host }, 'POST')).status).toBe(405)
      expect((await get(server.url, '/../secret.txt', { host })).status).toBe(404)
    } finally {
      await server.close()
    }
  })

  it('refuses to start without a built app, naming the fix', async () => {
    await expect(serveApp(root)).rejects.toThrow(/holds no built app.*npm run build/)
  })
})
