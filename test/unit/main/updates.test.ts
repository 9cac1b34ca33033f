import { beforeEach, describe, expect, it, vi } from 'vitest'

/** A stand-in for electron-updater's autoUpdater: records what the wiring asks of it. */
const fakes = await vi.hoisted(async () => {
  const { EventEmitter } = await import('node:events')
  class FakeUpdater extends EventEmitter {
    autoDownload = false
    autoInstallOnAppQuit = false
    logger: unknown = undefined
    checks = 0
    installs = 0
    /** What checkForUpdates does: resolve with a result, or reject. */
    answer: () => Promise<unknown> = async () => null
    checkForUpdates() {
      this.checks++
      return this.answer()
    }
    quitAndInstall() {
      this.installs++
    }
  }
  return { FakeUpdater, updater: new FakeUpdater(), showMessageBox: vi.fn(async () => ({ response: 1 })) }
})
vi.mock('electron', () => ({ dialog: { showMessageBox: fakes.showMessageBox } }))
vi.mock('electron-updater', () => ({ default: { autoUpdater: fakes.updater } }))

import { AUTO_UPDATE, loadElectronUpdater, restartPrompt, startUpdates, type UpdateDeps } from '../../../src/main/updates.ts'
import { translator } from '../../../src/main/i18n/catalog.ts'

let updater: InstanceType<typeof fakes.FakeUpdater>
let logs: string[]
const asked: string[] = []

function deps(over: Partial<UpdateDeps> = {}): UpdateDeps {
  return {
    enabled: true,
    isPackaged: true,
    load: async () => updater as never,
    confirmRestart: async ({ version }) => {
      asked.push(version)
      return true
    },
    log: (m) => logs.push(m),
    ...over
  }
}

/** Waits (bounded) for a condition, then reports what it saw. */
const until = (what: () => boolean) =>
  vi.waitFor(() => expect(what(), JSON.stringify({ logs, asked, installs: updater.installs })).toBe(true), { timeout: 2000 })

beforeEach(() => {
  updater = new fakes.FakeUpdater()
  logs = []
  asked.length = 0
  fakes.showMessageBox.mockClear()
})

describe('auto-update wiring', () => {
  it('is off by default, says why, and never loads the updater or checks', async () => {
    expect(AUTO_UPDATE.enabled).toBe(false)
    const load = vi.fn(async () => updater as never)
    expect(await startUpdates(deps({ enabled: AUTO_UPDATE.enabled, load }))).toBe('off')
    expect(load).not.toHaveBeenCalled()
    expect(updater.checks).toBe(0)
    expect(logs.join('\n')).toContain('not signed')
  })

  it('does not check in an unpackaged (development) build', async () => {
    expect(await startUpdates(deps({ isPackaged: false }))).toBe('not-packaged')
    expect(updater.checks).toBe(0)
  })

  it('when on: checks once, downloads in the background, then offers a restart that installs', async () => {
    expect(await startUpdates(deps())).toBe('checking')
    expect(updater.checks).toBe(1)
    expect(updater.autoDownload).toBe(true)
    expect(updater.autoInstallOnAppQuit).toBe(true)
    updater.emit('update-downloaded', { version: '0.2.0' })
    updater.emit('update-downloaded', { version: '0.2.0' }) // asked once, not twice
    await until(() => updater.installs === 1)
    expect(asked).toEqual(['0.2.0'])
  })

  it('"Later" leaves the update for the next quit', async () => {
    await startUpdates(deps({ confirmRestart: async ({ version }) => (asked.push(version), false) }))
    updater.emit('update-downloaded', { version: '0.2.0' })
    await until(() => asked.length === 1)
    await new Promise((r) => setImmediate(r)) // let the answer's handler run
    expect(updater.installs).toBe(0)
  })

  it('logs failures instead of throwing: a failed check, a failed download, an error event, a failed load', async () => {
    updater.answer = async () => Promise.reject(new Error('feed unreachable'))
    expect(await startUpdates(deps())).toBe('failed')
    expect(logs.at(-1)).toBe('updates: could not check: feed unreachable')

    updater = new fakes.FakeUpdater()
    const download = Promise.reject(new Error('disk full'))
    updater.answer = async () => ({ downloadPromise: download })
    const unhandled = vi.fn()
    process.on('unhandledRejection', unhandled)
    try {
      expect(await startUpdates(deps())).toBe('checking')
      updater.emit('error', new Error('disk full'))
      await new Promise((r) => setImmediate(r))
      expect(unhandled).not.toHaveBeenCalled()
    } finally {
      process.off('unhandledRejection', unhandled)
    }
    expect(logs).toContain('updates: failed: disk full')

    expect(await startUpdates(deps({ load: async () => Promise.reject(new Error('no module')) }))).toBe('failed')
    expect(logs.at(-1)).toBe('updates: could not check: no module')
  })

  it('a restart question that fails is logged, and nothing installs', async () => {
    await startUpdates(deps({ confirmRestart: async () => Promise.reject(new Error('no display')) }))
    updater.emit('update-downloaded', { version: '0.2.0' })
    await until(() => logs.includes('updates: could not ask to restart: no display'))
    expect(updater.installs).toBe(0)
  })

  it('loads electron-updater’s autoUpdater through its CommonJS default export', async () => {
    expect(await loadElectronUpdater()).toBe(fakes.updater)
  })
})

describe('the restart question', () => {
  it('is asked in the app’s language and restarts only on "Restart now"', async () => {
    const ask = restartPrompt(translator('es'), () => null)
    expect(await ask({ version: '0.2.0' })).toBe(true)
    const options = (fakes.showMessageBox.mock.calls[0] as unknown[])[0] as { buttons: string[]; message: string; cancelId: number }
    expect(options.buttons).toEqual(['Más tarde', 'Reiniciar ahora'])
    expect(options.message).toBe('Hearth 0.2.0 está listo para instalarse.')
    expect(options.cancelId).toBe(0)
    fakes.showMessageBox.mockResolvedValueOnce({ response: 0 })
    expect(await ask({ version: '0.2.0' })).toBe(false)
  })
})
