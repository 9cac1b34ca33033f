import { describe, expect, it, vi } from 'vitest'

const electron = await vi.hoisted(async () => {
  const { EventEmitter } = await import('node:events')
  class FakeContents {
    static nextId = 1
    id = FakeContents.nextId++
    private emitter = new EventEmitter()
    openHandler: ((d: { url: string }) => { action: string }) | null = null
    on(event: string, l: (...a: unknown[]) => void) {
      this.emitter.on(event, l)
      return this
    }
    emit(event: string, ...a: unknown[]) {
      return this.emitter.emit(event, ...a)
    }
    listenerCount(event: string) {
      return this.emitter.listenerCount(event)
    }
    setWindowOpenHandler(h: (d: { url: string }) => { action: string }) {
      this.openHandler = h
    }
  }
  class FakeWindow {
    static last: FakeWindow | null = null
    webContents = new FakeContents()
    loaded: string | null = null
    constructor(public options: Record<string, unknown>) {
      FakeWindow.last = this
    }
    once() {
      return this
    }
    on() {
      return this
    }
    async loadURL(url: string) {
      this.loaded = url
    }
  }
  return { BrowserWindow: FakeWindow, FakeContents }
})
vi.mock('electron', () => ({ BrowserWindow: electron.BrowserWindow }))

import {
  contentSecurityPolicy,
  createMainWindow,
  hardenContents,
  hardenSession,
  isOwnPage,
  isTrustedFrame,
  mainWindowOptions,
  permissionAllowed
} from '../../../src/main/window.ts'

type Contents = InstanceType<typeof electron.FakeContents>
const newContents = () => new electron.FakeContents() as Contents
const navEvent = () => ({ preventDefault: vi.fn() })

describe('window options', () => {
  it('isolates and sandboxes the renderer', () => {
    const wp = mainWindowOptions('/app/out/preload/index.cjs').webPreferences!
    expect(wp).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false
    })
    expect(wp).not.toHaveProperty('enableBlinkFeatures')
    expect(wp.devTools).toBe(false)
    expect(mainWindowOptions('/p', true).webPreferences!.devTools).toBe(true)
    expect(mainWindowOptions('/p').show).toBe(false)
  })

  it('loads the packaged UI from app://hearth, or the dev server in development', () => {
    createMainWindow({ preload: '/p', openExternal: vi.fn() })
    expect(electron.BrowserWindow.last!.loaded).toBe('app://hearth/index.html')
    createMainWindow({ preload: '/p', devUrl: 'http://localhost:5173', openExternal: vi.fn() })
    expect(electron.BrowserWindow.last!.loaded).toBe('http://localhost:5173')
  })
})

describe('content security policy', () => {
  const directives = (csp: string) =>
    Object.fromEntries(
      csp
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([k, ...v]) => [k, v])
    )

  it('is strict in production', () => {
    const d = directives(contentSecurityPolicy())
    expect(d['default-src']).toEqual(["'none'"])
    expect(d['script-src']).toEqual(["'self'"])
    expect(d['connect-src']).toEqual(["'self'"])
    expect(d['object-src']).toEqual(["'none'"])
    expect(d['frame-src']).toEqual(["'none'"])
    expect(d['base-uri']).toEqual(["'none'"])
    expect(d['form-action']).toEqual(["'none'"])
    expect(d['frame-ancestors']).toEqual(["'none'"])
    expect(contentSecurityPolicy()).not.toMatch(/unsafe-eval|https?:|\*/)
  })

  it('only relaxes scripts and connections for the dev server in development', () => {
    const d = directives(contentSecurityPolicy('http://localhost:5173/'))
    expect(d['script-src']).toContain('http://localhost:5173')
    expect(d['connect-src']).toContain('ws://localhost:5173')
    expect(d['default-src']).toEqual(["'none'"])
  })
})

describe('navigation and new windows', () => {
  it('denies every navigation and sends external links to the checked opener', () => {
    const contents = newContents()
    const openExternal = vi.fn()
    hardenContents(contents as never, { openExternal })
    const e1 = navEvent()
    contents.emit('will-navigate', e1, 'https://evil.example.com/')
    expect(e1.preventDefault).toHaveBeenCalled()
    expect(openExternal).toHaveBeenCalledWith('https://evil.example.com/')
    const e2 = navEvent()
    contents.emit('will-navigate', e2, 'app://hearth/other.html')
    expect(e2.preventDefault).toHaveBeenCalled()
    expect(openExternal).toHaveBeenCalledTimes(1)
  })

  it('denies redirects and webviews', () => {
    const contents = newContents()
    hardenContents(contents as never, { openExternal: vi.fn() })
    for (const event of ['will-redirect', 'will-attach-webview']) {
      const e = navEvent()
      contents.emit(event, e, 'https://x.example.org/')
      expect(e.preventDefault).toHaveBeenCalled()
    }
  })

  it('never opens a window; the URL goes to the checked opener', () => {
    const contents = newContents()
    const openExternal = vi.fn()
    hardenContents(contents as never, { openExternal })
    expect(contents.openHandler!({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' })
    expect(contents.openHandler!({ url: 'app://hearth/index.html' })).toEqual({ action: 'deny' })
    expect(openExternal).toHaveBeenCalledTimes(1)
    expect(openExternal).toHaveBeenCalledWith('javascript:alert(1)')
  })

  it('is applied once per webContents', () => {
    const contents = newContents()
    hardenContents(contents as never, { openExternal: vi.fn() })
    hardenContents(contents as never, { openExternal: vi.fn() })
    expect(contents.listenerCount('will-navigate')).toBe(1)
  })
})

describe('own pages and sender frames', () => {
  it('knows our origins', () => {
    expect(isOwnPage('app://hearth/index.html')).toBe(true)
    expect(isOwnPage('app://evil/index.html')).toBe(false)
    expect(isOwnPage('http://localhost:5173/')).toBe(false)
    expect(isOwnPage('http://localhost:5173/x', 'http://localhost:5173')).toBe(true)
    expect(isOwnPage('http://localhost:5174/x', 'http://localhost:5173')).toBe(false)
    expect(isOwnPage('file:///index.html')).toBe(false)
    expect(isOwnPage('garbage')).toBe(false)
  })

  it('trusts only the top frame of our own windows on our pages', () => {
    const top = { url: 'app://hearth/index.html', parent: null }
    const sender = { id: 7, mainFrame: top }
    const trusted = new Set([7])
    expect(isTrustedFrame(top, sender, trusted)).toBe(true)
    expect(isTrustedFrame(top, { id: 8, mainFrame: top }, trusted)).toBe(false)
    expect(isTrustedFrame({ url: 'app://hearth/x.html', parent: top }, sender, trusted)).toBe(false)
    expect(isTrustedFrame({ url: 'https://evil.example.com/', parent: null }, { id: 7, mainFrame: undefined }, trusted)).toBe(false)
    expect(isTrustedFrame(null, sender, trusted)).toBe(false)
    expect(isTrustedFrame({ url: 'app://hearth/', parent: null }, sender, trusted)).toBe(false) // not the main frame object
  })
})

describe('permissions', () => {
  it('grants only clipboard writes from our top frame', () => {
    expect(permissionAllowed('clipboard-sanitized-write', 'app://hearth/index.html', true)).toBe(true)
    expect(permissionAllowed('clipboard-sanitized-write', 'app://hearth/index.html', false)).toBe(false)
    expect(permissionAllowed('clipboard-sanitized-write', 'https://evil.example.com/', true)).toBe(false)
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'midiSysex', 'hid', 'serial', 'usb']) {
      expect(permissionAllowed(p, 'app://hearth/index.html', true)).toBe(false)
    }
  })

  it('installs deny-by-default handlers on the session', () => {
    const handlers: Record<string, (...a: never[]) => unknown> = {}
    const ses = {
      setPermissionRequestHandler: (h: never) => {
        handlers.request = h
      },
      setPermissionCheckHandler: (h: never) => {
        handlers.check = h
      },
      setDevicePermissionHandler: (h: never) => {
        handlers.device = h
      },
      setDisplayMediaRequestHandler: (h: never) => {
        handlers.display = h
      },
      webRequest: { onHeadersReceived: vi.fn() }
    }
    hardenSession(ses as never)
    const cb = vi.fn()
    ;(handlers.request as (...a: unknown[]) => void)({}, 'media', cb, { requestingUrl: 'app://hearth/index.html', isMainFrame: true })
    expect(cb).toHaveBeenCalledWith(false)
    expect((handlers.check as (...a: unknown[]) => boolean)({}, 'notifications', 'app://hearth', { requestingUrl: 'app://hearth/', isMainFrame: true })).toBe(
      false
    )
    expect((handlers.device as () => boolean)()).toBe(false)
    expect(ses.webRequest.onHeadersReceived).not.toHaveBeenCalled()
  })

  it('adds the CSP header to dev-server pages in development', () => {
    let hook: (d: { url: string; responseHeaders?: Record<string, string[]> }, cb: (r: unknown) => void) => void = () => {}
    const ses = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
      setDisplayMediaRequestHandler: vi.fn(),
      webRequest: {
        onHeadersReceived: (h: typeof hook) => {
          hook = h
        }
      }
    }
    hardenSession(ses as never, 'http://localhost:5173')
    const cb = vi.fn()
    hook({ url: 'http://localhost:5173/', responseHeaders: {} }, cb)
    expect(cb.mock.calls[0][0].responseHeaders['Content-Security-Policy'][0]).toContain("default-src 'none'")
  })
})
