import { describe, expect, it, vi } from 'vitest'

const electron = await vi.hoisted(async () => {
  const { EventEmitter } = await import('node:events')
  let nextId = 100
  class FakeWindow extends EventEmitter {
    static all: FakeWindow[] = []
    webContents = Object.assign(new EventEmitter(), { id: nextId++, setWindowOpenHandler: vi.fn() })
    destroyed = false
    url = ''
    constructor(public options: Record<string, unknown>) {
      super()
      FakeWindow.all.push(this)
    }
    setMenuBarVisibility() {}
    isDestroyed() {
      return this.destroyed
    }
    destroy() {
      this.destroyed = true
      this.emit('closed')
    }
    show() {}
    async loadURL(url: string) {
      this.url = url
    }
  }
  return { BrowserWindow: FakeWindow }
})
vi.mock('electron', () => electron)

import { PassphraseWindow, passphrasePages, PASSPHRASE_PATH } from '../../../src/main/passphrase-prompt.ts'

const last = () => electron.BrowserWindow.all[electron.BrowserWindow.all.length - 1]

function make() {
  const created: unknown[] = []
  const pw = new PassphraseWindow({ preload: '/p.cjs', parent: () => null, onCreated: (w) => created.push(w), openExternal: vi.fn() })
  return { pw, created }
}

describe('passphrase window', () => {
  it('opens a sandboxed shell page and accepts submissions only from itself', async () => {
    const { pw, created } = make()
    const submit = vi.fn(async (p: string) => (p === 'correct horse battery' ? null : 'That passphrase is not right.'))
    const result = pw.prompt({ mode: 'unlock', reason: 'Enter your passphrase' }, submit)
    const win = last()
    expect(created).toEqual([win])
    expect(win.url.startsWith(`app://hearth${PASSPHRASE_PATH}?`)).toBe(true)
    expect(new URL(win.url).searchParams.get('mode')).toBe('unlock')
    expect(win.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, preload: '/p.cjs' })

    expect(await pw.handleSubmit(1, 'correct horse battery')).toMatchObject({ ok: false })
    expect(submit).not.toHaveBeenCalled()
    expect(await pw.handleSubmit(win.webContents.id, 'nope')).toEqual({ ok: false, error: 'That passphrase is not right.' })
    expect(win.destroyed).toBe(false)
    expect(await pw.handleSubmit(win.webContents.id, 'correct horse battery')).toEqual({ ok: true })
    await expect(result).resolves.toBe(true)
    expect(win.destroyed).toBe(true)
    expect(await pw.handleSubmit(win.webContents.id, 'again')).toMatchObject({ ok: false })
  })

  it('resolves false when the person quits or closes the window', async () => {
    const { pw } = make()
    const quit = pw.prompt({ mode: 'create', reason: 'r' }, async () => null)
    await pw.handleSubmit(last().webContents.id, null)
    await expect(quit).resolves.toBe(false)
    const closed = pw.prompt({ mode: 'create', reason: 'r' }, async () => null)
    last().emit('closed')
    await expect(closed).resolves.toBe(false)
  })

  it('its page writes text with textContent only and loads no remote code', () => {
    const js = passphrasePages.get('/__shell/passphrase.js')!.body
    const html = passphrasePages.get(PASSPHRASE_PATH)!.body
    expect(js).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|eval\(|new Function/)
    expect(html).not.toMatch(/https?:|<script>[^<]/)
  })
})
