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

import { PassphraseWindow, pageWords, passphrasePages, PASSPHRASE_PATH } from '../../../src/main/passphrase-prompt.ts'
import { translator } from '../../../src/main/i18n/catalog.ts'

const last = () => electron.BrowserWindow.all[electron.BrowserWindow.all.length - 1]

function make() {
  const created: unknown[] = []
  const pw = new PassphraseWindow({
    preload: '/p.cjs',
    parent: () => null,
    onCreated: (w) => created.push(w),
    openExternal: vi.fn(),
    t: translator('es'),
    locale: 'es'
  })
  return { pw, created }
}

/** The little of jsdom this file uses (jsdom ships no types, and this project has none for it). */
interface PageElement {
  textContent: string | null
  children: { length: number }
  hidden?: boolean
}
interface PageDom {
  window: { eval(code: string): unknown; document: { title: string; documentElement: { lang: string }; getElementById(id: string): PageElement | null } }
}
const JSDOM_MODULE = 'jsdom' // by name, so the compiler does not look for the types it lacks
const { JSDOM } = (await import(JSDOM_MODULE)) as { JSDOM: new (html: string, options: object) => PageDom }

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

  it('speaks the app’s language: the page gets its words and lang from main’s catalog', async () => {
    const { pw } = make()
    void pw.prompt({ mode: 'create', reason: 'r' }, async () => null)
    const win = last()
    const q = new URL(win.url).searchParams
    expect(q.get('lang')).toBe('es')
    expect(JSON.parse(q.get('words')!)).toMatchObject({
      createTitle: 'Elige una frase de contraseña',
      save: 'Guardar',
      mismatch: 'Las dos frases no coinciden.'
    })
    expect(Object.values(JSON.parse(q.get('words')!)).every((w) => typeof w === 'string' && w.length > 0)).toBe(true)
    expect(win.options).toMatchObject({ title: 'Elige una frase de contraseña' })
    expect(await pw.handleSubmit(win.webContents.id + 1000, 'x')).toEqual({ ok: false, error: 'No se pidió ninguna frase de contraseña.' })
    await pw.handleSubmit(win.webContents.id, null)
  })

  it('its page shows the words it was given, in their language, as text', () => {
    const words = { ...pageWords(translator('es')), note: '<b>not markup</b>' }
    const q = new URLSearchParams({ mode: 'create', reason: 'Sin llavero.', lang: 'es', words: JSON.stringify(words) })
    const dom = new JSDOM(passphrasePages.get(PASSPHRASE_PATH)!.body, { url: `https://page.test/p.html?${q}`, runScripts: 'outside-only' })
    Object.assign(dom.window, { hearth: { submitPassphrase: async () => ({ ok: false }) } })
    dom.window.eval(passphrasePages.get('/__shell/passphrase.js')!.body)
    const d = dom.window.document
    const text = (id: string) => d.getElementById(id)!.textContent
    expect([d.documentElement.lang, d.title, text('reason'), text('pass-label'), text('again-label'), text('ok'), text('quit')]).toEqual([
      'es',
      'Elige una frase de contraseña',
      'Sin llavero.',
      'Frase de contraseña',
      'Escríbela otra vez',
      'Guardar',
      'Salir'
    ])
    expect(d.getElementById('note')!.children).toHaveLength(0) // words are text, never markup
    expect(d.getElementById('again-row')!.hidden).toBe(false)
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
