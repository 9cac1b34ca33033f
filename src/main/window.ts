/**
 * Window and session security policy. The renderer shows text written by strangers, so it runs
 * with the least power Electron allows: isolated, sandboxed, no Node, a strict CSP, no navigation
 * away from our pages, no new windows, no permissions beyond copying an invite to the clipboard.
 */
import { BrowserWindow, type BrowserWindowConstructorOptions, type Session, type WebContents } from 'electron'
import { APP_HOST, APP_ORIGIN, APP_SCHEME } from './app-protocol.ts'

/**
 * Content-Security-Policy for our pages. Styles keep 'unsafe-inline' because React and CSS-in-JS
 * set inline styles; scripts never do. In dev, Vite's HMR client needs its websocket and an inline
 * preamble, so dev relaxes script-src and connect-src for the dev server only.
 */
export function contentSecurityPolicy(devUrl?: string): string {
  const dev = devUrl ? new URL(devUrl) : null
  const script = dev ? `'self' 'unsafe-inline' ${dev.origin}` : "'self'"
  const connect = dev ? `'self' ${dev.origin} ws://${dev.host}` : "'self'"
  return [
    "default-src 'none'",
    `script-src ${script}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src ${connect}`,
    "media-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "frame-src 'none'",
    "child-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'"
  ].join('; ')
}

export function secureWebPreferences(preload: string, devTools = false): NonNullable<BrowserWindowConstructorOptions['webPreferences']> {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    // Hunspell dictionaries are downloaded from Google on Windows/Linux; macOS checks locally.
    spellcheck: process.platform === 'darwin',
    // No DevTools in the packaged app: "paste this into the console" is a classic scam.
    devTools
  }
}

export function mainWindowOptions(preload: string, devTools = false): BrowserWindowConstructorOptions {
  return {
    width: 1100,
    height: 760,
    minWidth: 420,
    minHeight: 480,
    show: false,
    title: 'Hearth',
    backgroundColor: '#1d1b22',
    webPreferences: secureWebPreferences(preload, devTools)
  }
}

/** Is this URL one of our own pages (app://hearth, or the dev server in development)? */
export function isOwnPage(url: string, devUrl?: string): boolean {
  let u: URL
  try {
    u = new URL(url)
  } catch {
    return false
  }
  if (u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST) return true
  if (!devUrl) return false
  const d = new URL(devUrl)
  return u.protocol === d.protocol && u.host === d.host
}

export interface HardenOptions {
  devUrl?: string
  /** Where links the page tried to navigate to or open go: the checked, confirmed path. */
  openExternal: (url: string) => void
}

/** Navigation, new windows and webviews: all denied; http(s)/mailto/tel links go to openExternal. */
const hardened = new WeakSet<WebContents>()

export function hardenContents(contents: WebContents, opts: HardenOptions): void {
  // Applied from web-contents-created and at window creation: once is enough.
  if (hardened.has(contents)) return
  hardened.add(contents)
  const divert = (url: string) => {
    if (!isOwnPage(url, opts.devUrl)) opts.openExternal(url)
  }
  contents.on('will-navigate', (event, url) => {
    event.preventDefault()
    divert(url)
  })
  contents.on('will-redirect', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    divert(url)
    return { action: 'deny' }
  })
}

/** Permissions the app needs: writing the clipboard (copy invite), from our own top frame only. */
const ALLOWED_PERMISSIONS = new Set(['clipboard-sanitized-write'])

export function permissionAllowed(permission: string, requestingUrl: string, isMainFrame: boolean, devUrl?: string): boolean {
  return ALLOWED_PERMISSIONS.has(permission) && isMainFrame && isOwnPage(requestingUrl, devUrl)
}

export function hardenSession(ses: Session, devUrl?: string): void {
  ses.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(permissionAllowed(permission, details.requestingUrl ?? '', details.isMainFrame ?? false, devUrl))
  })
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    permissionAllowed(permission, details.requestingUrl ?? requestingOrigin, details.isMainFrame ?? false, devUrl)
  )
  ses.setDevicePermissionHandler(() => false)
  ses.setDisplayMediaRequestHandler((_request, callback) => callback({}))
  // Pages from the dev server get the CSP as a header too; app:// responses set it themselves.
  if (devUrl) {
    const csp = contentSecurityPolicy(devUrl)
    ses.webRequest.onHeadersReceived((details, callback) => {
      const headers = { ...details.responseHeaders }
      if (isOwnPage(details.url, devUrl)) headers['Content-Security-Policy'] = [csp]
      callback({ responseHeaders: headers })
    })
  }
}

export interface MainWindowOptions extends HardenOptions {
  preload: string
  devTools?: boolean
  /** Where the window was last time (window-state.ts), if that is still on a screen. */
  bounds?: { x: number; y: number; width: number; height: number } | null
  maximized?: boolean
}

export function createMainWindow(opts: MainWindowOptions): BrowserWindow {
  const win = new BrowserWindow({ ...mainWindowOptions(opts.preload, opts.devTools), ...(opts.bounds ?? {}) })
  hardenContents(win.webContents, opts)
  win.once('ready-to-show', () => {
    if (opts.maximized) win.maximize()
    win.show()
  })
  void win.loadURL(opts.devUrl ?? `${APP_ORIGIN}/index.html`)
  return win
}

/**
 * The frame that sent an IPC message must be the top frame of one of our windows, showing one of
 * our pages. Subframes (there should be none) and pages that navigated elsewhere are refused.
 */
export function isTrustedFrame(
  frame: { url: string; parent: unknown } | null | undefined,
  sender: { id: number; mainFrame?: unknown } | null | undefined,
  trustedContents: ReadonlySet<number>,
  devUrl?: string
): boolean {
  if (!frame || !sender || !trustedContents.has(sender.id)) return false
  if (frame.parent !== null) return false
  if (sender.mainFrame !== undefined && sender.mainFrame !== frame) return false
  return isOwnPage(frame.url, devUrl)
}
