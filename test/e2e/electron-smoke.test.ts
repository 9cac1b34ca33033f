/**
 * Launches the built desktop app with Playwright's Electron driver, creates a room, posts, quits
 * (ordered shutdown), relaunches and finds the post again. It needs the Electron binary, which
 * these build machines cannot download: there the suite skips and says so. It never imports the
 * `electron` package (whose first require tries to download the binary).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ElectronApplication, Page } from 'playwright-core'
import type { HearthBridge } from '../../src/preload/api.d.ts'

/** The page's global, typed here because this test compiles without the DOM library. */
type PageGlobal = { hearth: HearthBridge; require?: unknown; process?: unknown }

const root = path.resolve(import.meta.dirname, '../..')
const PASSPHRASE = 'a smoke test passphrase'

function electronBinary(): string | null {
  const dir = path.join(root, 'node_modules', 'electron')
  const pathFile = path.join(dir, 'path.txt')
  if (!existsSync(pathFile)) return null
  const rel = readFileSync(pathFile, 'utf8').trim()
  const exe = process.env.ELECTRON_OVERRIDE_DIST_PATH ? path.join(process.env.ELECTRON_OVERRIDE_DIST_PATH, rel) : path.join(dir, 'dist', rel)
  return existsSync(exe) ? exe : null
}

const binary = electronBinary()
const built = existsSync(path.join(root, 'out', 'main', 'index.js')) && existsSync(path.join(root, 'out', 'preload', 'index.cjs'))
const skipReason = !binary
  ? 'the Electron binary is not installed (node_modules/electron/path.txt or dist/ missing); run `npx install-electron` on a machine with internet access'
  : !built
    ? 'the app is not built; run `npm run build` first'
    : ''
if (skipReason) console.warn(`[electron-smoke] skipped: ${skipReason}`)

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** Wait for the main window with a running engine, answering the passphrase window if it shows. */
async function ready(app: ElectronApplication): Promise<Page> {
  const deadline = Date.now() + 90_000
  for (;;) {
    const pass = app.windows().find((w) => w.url().includes('/__shell/passphrase.html'))
    if (pass && !pass.isClosed()) {
      await pass.fill('#pass', PASSPHRASE).catch(() => {})
      if (await pass.isVisible('#again').catch(() => false)) await pass.fill('#again', PASSPHRASE)
      await pass.click('#ok').catch(() => {})
    }
    const main = app.windows().find((w) => w.url().startsWith('app://hearth/index.html'))
    if (main) {
      const up = await main
        .evaluate(async () => {
          try {
            await (globalThis as unknown as PageGlobal).hearth.call('listRooms', {})
            return true
          } catch {
            return false
          }
        })
        .catch(() => false)
      if (up) return main
    }
    if (Date.now() > deadline)
      throw new Error(
        `the app did not become ready; windows: ${app
          .windows()
          .map((w) => w.url())
          .join(', ')}`
      )
    await sleep(250)
  }
}

describe.skipIf(!!skipReason)('desktop app smoke test (real Electron)', () => {
  let userData: string
  let testnet: { bootstrap: Array<{ host: string; port: number }>; destroy(): Promise<void> }
  let launch: () => Promise<ElectronApplication>

  beforeAll(async () => {
    userData = mkdtempSync(path.join(tmpdir(), 'hearth-e2e-'))
    // A private loopback DHT, so the smoke test never touches the public network.
    const createTestnet = (await import('hyperdht/testnet')).default
    testnet = await createTestnet(3)
    const { _electron } = await import('playwright-core')
    launch = () =>
      _electron.launch({
        executablePath: binary!,
        // basic password store: on Linux this exercises the passphrase path deterministically.
        args: [root, '--password-store=basic', ...(process.platform === 'linux' ? ['--no-sandbox'] : [])],
        env: { ...process.env, HEARTH_USER_DATA: userData, HEARTH_BOOTSTRAP: testnet.bootstrap.map((b) => `${b.host}:${b.port}`).join(',') } as Record<
          string,
          string
        >,
        timeout: 60_000
      })
  })

  afterAll(async () => {
    await testnet?.destroy()
    if (userData) rmSync(userData, { recursive: true, force: true })
  })

  it('creates a room, posts, and finds the post after a restart', async () => {
    let app = await launch()
    let page = await ready(app)

    const sandboxed = await page.evaluate(() => {
      const g = globalThis as unknown as PageGlobal
      return { require: typeof g.require, process: typeof g.process, bridge: Object.keys(g.hearth ?? {}).sort() }
    })
    expect(sandboxed.require).toBe('undefined')
    expect(sandboxed.process).toBe('undefined')
    expect(sandboxed.bridge).not.toContain('ipcRenderer')

    const text = `smoke test post ${Date.now()}`
    const roomId = await page.evaluate(async (text) => {
      const { hearth } = globalThis as unknown as PageGlobal
      const { roomId } = await hearth.call('createRoom', { name: 'Smoke test room', displayName: 'Tester' })
      await hearth.call('postMessage', { roomId, text })
      return roomId
    }, text)
    const bad = await page.evaluate(() =>
      (globalThis as unknown as PageGlobal).hearth.call('getRoom', { roomId: 'nope' }).then(
        () => null,
        (e: { code: number }) => e.code
      )
    )
    expect(bad).toBe(-32602)

    await app.close() // ordered shutdown: the engine closes its stores before the app exits
    app = await launch()
    page = await ready(app)
    const texts = await page.evaluate(async (roomId) => {
      const { messages } = await (globalThis as unknown as PageGlobal).hearth.call('getMessages', { roomId })
      return messages.map((m) => m.text)
    }, roomId)
    expect(texts).toContain(text)
    await app.close()
  }, 240_000)
})
