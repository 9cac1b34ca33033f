import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createAppHandler, resolveAppPath } from '../../../src/main/app-protocol.ts'

const root = mkdtempSync(path.join(tmpdir(), 'hearth-app-'))
mkdirSync(path.join(root, 'assets'))
writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Hearth</title>')
writeFileSync(path.join(root, 'assets', 'index-abc.js'), 'console.log(1)')
afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('resolveAppPath', () => {
  it('maps app://hearth paths into the renderer directory', () => {
    expect(resolveAppPath(root, 'app://hearth/index.html')).toBe(path.join(root, 'index.html'))
    expect(resolveAppPath(root, 'app://hearth/')).toBe(path.join(root, 'index.html'))
    expect(resolveAppPath(root, 'app://hearth/assets/index-abc.js')).toBe(path.join(root, 'assets', 'index-abc.js'))
    expect(resolveAppPath(root, 'app://hearth/rooms/abc')).toBe(path.join(root, 'index.html'))
  })

  // Either refused, or (when the URL parser itself normalises the dots) kept inside the root.
  it.each([
    ['encoded dot-dot (the URL parser normalises it)', 'app://hearth/%2e%2e/%2e%2e/secret.txt', 'inside'],
    ['encoded slash', 'app://hearth/..%2f..%2fsecret.txt', null],
    ['double encoded', 'app://hearth/%252e%252e%252fsecret.txt', 'inside'],
    ['backslash', 'app://hearth/..%5c..%5csecret.txt', null],
    ['NUL byte', 'app://hearth/index.html%00.png', null],
    ['bad escape', 'app://hearth/%E0%A4%A.js', null],
    ['other host', 'app://evil/index.html', null],
    ['other scheme', 'file:///etc/passwd', null],
    ['garbage', 'not a url', null]
  ])('refuses %s', (_name, url, expected) => {
    const resolved = resolveAppPath(root, url)
    if (expected === null) expect(resolved).toBeNull()
    else {
      expect(resolved).not.toBeNull()
      const rel = path.relative(root, resolved!)
      expect(rel.startsWith('..') || path.isAbsolute(rel)).toBe(false)
    }
  })

  it('URL-level dot segments are normalised inside the root', () => {
    expect(resolveAppPath(root, 'app://hearth/../../etc/passwd.txt')).toBe(path.join(root, 'etc', 'passwd.txt'))
  })
})

describe('createAppHandler', () => {
  const csp = "default-src 'none'; script-src 'self'"
  const handler = createAppHandler({ root, csp, builtins: new Map([['/__shell/x.html', { type: 'text/html', body: '<p>x</p>' }]]) })

  it('serves files with the CSP and nosniff headers', async () => {
    const res = await handler(new Request('app://hearth/assets/index-abc.js'))
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(res.headers.get('content-security-policy')).toBe(csp)
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await res.text()).toBe('console.log(1)')
  })

  it('answers 404 for missing files and escapes, 405 for writes', async () => {
    expect((await handler(new Request('app://hearth/missing.js'))).status).toBe(404)
    expect((await handler(new Request('app://hearth/%2e%2e/secret.txt'))).status).toBe(404)
    expect((await handler(new Request('app://hearth/assets'))).status).toBe(200) // no extension: the SPA page
    expect((await handler(new Request('app://hearth/index.html', { method: 'POST', body: 'x' }))).status).toBe(405)
  })

  it('serves built-in shell pages', async () => {
    const res = await handler(new Request('app://hearth/__shell/x.html'))
    expect(await res.text()).toBe('<p>x</p>')
    expect(res.headers.get('content-security-policy')).toBe(csp)
  })
})
