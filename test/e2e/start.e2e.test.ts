import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import type { Browser } from 'playwright-core'
import { hasChromium, launch } from './helpers/browser.ts'
import { startBootstrap, type Bootstrap } from './helpers/engines.ts'
import { createRoom, finishFirstRun, msg } from './helpers/app.ts'
import { tmpDir, until } from '../helpers/peers.ts'
import { WS_PROTOCOL, WS_TOKEN_PREFIX } from '../../src/shared/ws-auth.ts'

/**
 * `npm start` (bin/start.js) on a machine without Electron's binary: it says so in one line and
 * opens Hearth in the browser, served by the engine on loopback. Electron is made missing on
 * purpose (an empty ELECTRON_OVERRIDE_DIST_PATH), so this holds where Electron is installed too.
 * HEARTH_BROWSER is a recorder instead of the desktop's opener; the test opens what it was given
 * in real Chromium. Needs `npx electron-vite build` first (or the launcher builds).
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const runnable = hasChromium() || process.env.CI
if (!runnable) console.warn('npm start e2e skipped: /usr/bin/chromium is missing (apt-get install -y chromium)')

describe.runIf(runnable)('npm start without the Electron binary', () => {
  const dir = tmpDir()
  let boot: Bootstrap | null = null
  let browser: Browser | null = null
  afterAll(async () => {
    await browser?.close()
    await boot?.stop()
    fs.rmSync(dir, { recursive: true, force: true })
  }, 60_000)

  it('says so in one line and opens Hearth in Chromium, reachable only from its own page', async () => {
    boot = await startBootstrap()
    const opened = path.join(dir, 'opened')
    const opener = path.join(dir, 'opener.sh')
    fs.writeFileSync(opener, `#!/bin/sh\nprintf '%s' "$1" > '${opened}'\n`, { mode: 0o700 })
    fs.mkdirSync(path.join(dir, 'no-electron'))
    const start = spawn(process.execPath, [path.join(ROOT, 'bin/start.js')], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        ELECTRON_OVERRIDE_DIST_PATH: path.join(dir, 'no-electron'),
        HEARTH_STORAGE: path.join(dir, 'profile'),
        HEARTH_BROWSER: opener,
        HEARTH_BOOTSTRAP: boot.address
      }
    })
    let out = ''
    let err = ''
    start.stdout.on('data', (d) => (out += d))
    start.stderr.on('data', (d) => (err += d))
    const exited = new Promise<number | null>((resolve) => start.on('exit', resolve))
    try {
      await until(
        "the launcher's line",
        () => {
          if (!out.includes('\n')) throw new Error(`stdout so far ${JSON.stringify(out)}, stderr ${err.slice(-1000)}`)
          return true
        },
        90_000
      )
      await until('the browser to be asked to open the app', () => fs.existsSync(opened), 10_000)
      const lines = out.trim().split('\n')
      expect(lines).toHaveLength(1)
      expect(lines[0]).toMatch(/^Hearth is open in your browser at http:\/\/127\.0\.0\.1:\d+ \(Electron's binary .+\)\. Ctrl\+C stops it\.$/)
      const appUrl = /at (http:\/\/127\.0\.0\.1:\d+)/.exec(lines[0])![1]
      expect(lines[0]).not.toMatch(/token/)

      // what the browser was given: a private file that forwards to the app with the engine's token
      const launchFile = fs.readFileSync(opened, 'utf8')
      expect(fs.statSync(launchFile).mode & 0o777).toBe(0o600)
      const target = new URL(/url=([^"]+)"/.exec(fs.readFileSync(launchFile, 'utf8'))![1].replace(/&amp;/g, '&'))
      const engineUrl = target.searchParams.get('engine')!
      const token = target.searchParams.get('token')!
      expect(target.origin).toBe(appUrl)

      browser = await launch()
      const page = await browser.newPage()
      await page.goto(`file://${launchFile}`)
      await page.getByRole('heading', { name: msg('firstRun.title') }).waitFor({ timeout: 30_000 })
      expect(page.url()).toBe(`${appUrl}/`) // the token left the address bar
      await finishFirstRun(page)
      const { roomId } = await createRoom(page, 'Started from npm start', 'Ann')
      expect(roomId).toMatch(/^[a-z0-9]{52}$/)

      // the engine's socket takes the token only from the app's own origin
      const refused = (origin: string) =>
        new Promise<number>((resolve) => {
          const ws = new WebSocket(engineUrl, [WS_PROTOCOL, `${WS_TOKEN_PREFIX}${token}`], { origin })
          ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0))
          ws.on('open', () => {
            ws.close()
            resolve(101)
          })
        })
      expect(await refused('http://evil.example')).toBe(401)
      expect(await refused(appUrl)).toBe(101)
    } finally {
      start.kill('SIGINT')
    }
    expect(await exited, err.slice(-2000)).toBe(0)
  }, 180_000)
})
