/**
 * The passphrase window used when there is no usable OS keychain. It is the shell's own tiny page
 * (served from app://hearth/__shell/, no renderer code), so it works before the engine and the
 * main UI exist. It talks to main only through window.hearth.submitPassphrase, which main accepts
 * from this window's webContents alone.
 */
import { BrowserWindow } from 'electron'
import type { BuiltinPage } from './app-protocol.ts'
import { APP_ORIGIN } from './app-protocol.ts'
import { hardenContents, secureWebPreferences } from './window.ts'
import type { PassphrasePrompt } from './secrets.ts'
import type { MainLocale, MainMessageId, Translate } from './i18n/catalog.ts'

// The page has no words of its own: main passes them (from its catalog) in the query string.
const HTML = `<!doctype html>
<html><head><meta charset="utf-8"><title></title>
<link rel="stylesheet" href="passphrase.css"></head>
<body><main>
<h1 id="title"></h1>
<p id="reason"></p>
<form id="form">
<label for="pass" id="pass-label"></label>
<input id="pass" type="password" autocomplete="current-password" required autofocus>
<div id="again-row" hidden><label for="again" id="again-label"></label>
<input id="again" type="password" autocomplete="new-password"></div>
<p id="error" role="alert"></p>
<div class="buttons"><button type="button" id="quit"></button><button type="submit" id="ok"></button></div>
</form>
<p class="note" id="note"></p>
</main><script src="passphrase.js"></script></body></html>`

const CSS = `body{font:15px system-ui,sans-serif;background:#1d1b22;color:#f3eff7;margin:0}
main{padding:24px;max-width:440px}h1{font-size:20px}label{display:block;margin-top:12px}
input{width:100%;box-sizing:border-box;padding:8px;margin-top:4px;font-size:15px}
#error{color:#ffb4a9;min-height:1.2em}.buttons{display:flex;gap:8px;justify-content:flex-end}
button{padding:8px 16px;font-size:15px}.note{font-size:13px;color:#c9c2d3}`

// Text goes in with textContent only: the words come from main but are still data.
const JS = `const q = new URLSearchParams(location.search)
const create = q.get('mode') === 'create'
let w = {}
try { w = JSON.parse(q.get('words') || '{}') } catch {}
const say = (k) => (typeof w[k] === 'string' ? w[k] : '')
const $ = (id) => document.getElementById(id)
document.documentElement.lang = q.get('lang') || 'en'
$('reason').textContent = q.get('reason') || ''
for (const [id, k] of [['title', 'unlockTitle'], ['pass-label', 'label'], ['again-label', 'again'], ['quit', 'quit'], ['ok', 'unlock'], ['note', 'note']]) $(id).textContent = say(k)
if (create) { $('title').textContent = say('createTitle'); $('ok').textContent = say('save'); $('again-row').hidden = false; $('pass').autocomplete = 'new-password' }
document.title = $('title').textContent
$('quit').addEventListener('click', () => window.hearth.submitPassphrase(null))
$('form').addEventListener('submit', async (e) => {
  e.preventDefault()
  const pass = $('pass').value
  if (create && pass !== $('again').value) { $('error').textContent = say('mismatch'); return }
  $('ok').disabled = true; $('error').textContent = say(create ? 'saving' : 'checking')
  const reply = await window.hearth.submitPassphrase(pass)
  $('ok').disabled = false
  $('error').textContent = reply && reply.error ? reply.error : ''
})`

export const PASSPHRASE_PATH = '/__shell/passphrase.html'

export const passphrasePages = new Map<string, BuiltinPage>([
  [PASSPHRASE_PATH, { type: 'text/html; charset=utf-8', body: HTML }],
  ['/__shell/passphrase.css', { type: 'text/css; charset=utf-8', body: CSS }],
  ['/__shell/passphrase.js', { type: 'text/javascript; charset=utf-8', body: JS }]
])

const PAGE_WORDS = ['unlockTitle', 'createTitle', 'label', 'again', 'quit', 'unlock', 'save', 'note', 'mismatch', 'saving', 'checking'] as const

/** The page's words, by the short names its script uses. */
export function pageWords(t: Translate): Record<(typeof PAGE_WORDS)[number], string> {
  return Object.fromEntries(PAGE_WORDS.map((k) => [k, t(`passphrase.${k}` as MainMessageId)])) as Record<(typeof PAGE_WORDS)[number], string>
}

interface Session {
  win: BrowserWindow
  submit: (passphrase: string) => Promise<string | null>
  finish: (accepted: boolean) => void
}

export class PassphraseWindow {
  private session: Session | null = null

  constructor(
    private readonly opts: {
      preload: string
      parent: () => BrowserWindow | null
      onCreated: (win: BrowserWindow) => void
      openExternal: (url: string) => void
      t: Translate
      locale: MainLocale
    }
  ) {}

  /** The PassphrasePrompt secrets.ts asks through. */
  readonly prompt: PassphrasePrompt = (request, submit) =>
    new Promise<boolean>((resolve) => {
      const parent = this.opts.parent()
      const win = new BrowserWindow({
        width: 480,
        height: 420,
        resizable: false,
        minimizable: false,
        maximizable: false,
        fullscreenable: false,
        title: this.opts.t(request.mode === 'create' ? 'passphrase.createTitle' : 'passphrase.unlockTitle'),
        backgroundColor: '#1d1b22',
        ...(parent ? { parent, modal: true } : {}),
        show: false,
        webPreferences: secureWebPreferences(this.opts.preload)
      })
      win.setMenuBarVisibility(false)
      hardenContents(win.webContents, { openExternal: this.opts.openExternal })
      this.opts.onCreated(win)
      let done = false
      const finish = (accepted: boolean) => {
        if (done) return
        done = true
        this.session = null
        if (!win.isDestroyed()) win.destroy()
        resolve(accepted)
      }
      this.session = { win, submit, finish }
      win.on('closed', () => finish(false))
      win.once('ready-to-show', () => win.show())
      const query = new URLSearchParams({ mode: request.mode, reason: request.reason, lang: this.opts.locale, words: JSON.stringify(pageWords(this.opts.t)) })
      void win.loadURL(`${APP_ORIGIN}${PASSPHRASE_PATH}?${query}`)
    })

  /** An attempt from the page; only the prompt window itself may submit. */
  async handleSubmit(senderId: number, passphrase: string | null): Promise<{ ok: boolean; error?: string }> {
    const s = this.session
    if (!s || s.win.isDestroyed() || s.win.webContents.id !== senderId) return { ok: false, error: this.opts.t('passphrase.notAsked') }
    if (passphrase === null) {
      s.finish(false)
      return { ok: false }
    }
    try {
      const error = await s.submit(passphrase)
      if (error) return { ok: false, error }
      s.finish(true)
      return { ok: true }
    } catch (err) {
      return { ok: false, error: this.opts.t('passphrase.checkFailed', { error: err instanceof Error ? err.message : String(err) }) }
    }
  }
}
