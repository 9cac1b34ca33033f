/**
 * The Electron main process: app lifecycle and wiring. It holds no room data itself; the engine
 * runs in a utility process (engine-supervisor.ts) and the UI in a sandboxed renderer. Order on
 * start: single-instance lock -> protocol + session policy -> window -> master key -> engine.
 * Order on quit: engine (flushes its stores) -> IPC -> tray.
 */
import path from 'node:path'
import { BrowserWindow, Notification, app, dialog, ipcMain, protocol, safeStorage, screen, session, utilityProcess } from 'electron'
import enginePath from '../p2p/host.ts?modulePath'
import trayIconPath from '../../build/icon.png?asset'
import { createAppHandler, appSchemePrivileges, APP_SCHEME } from './app-protocol.ts'
import { contentSecurityPolicy, createMainWindow, hardenContents, hardenSession, isTrustedFrame } from './window.ts'
import { EngineSupervisor } from './engine-supervisor.ts'
import { registerIpc } from './ipc.ts'
import { DEEP_LINK_SCHEME, DeepLinkInbox, findDeepLink, parseDeepLink } from './deep-links.ts'
import { electronOpenDeps, openExternalLink } from './external-links.ts'
import { KeyUnavailableError, loadMasterKey } from './secrets.ts'
import { PassphraseWindow, passphrasePages } from './passphrase-prompt.ts'
import { installMenu } from './menu.ts'
import { createTray, UnreadCounter, type TrayHandle } from './tray.ts'
import { MessageNotifier } from './notifications.ts'
import { SettingsStore } from './settings.ts'
import { rememberWindowState, restoredBounds } from './window-state.ts'
import { installContextMenu } from './context-menu.ts'
import { mainLocale, translator } from './i18n/catalog.ts'
import { AUTO_UPDATE, restartPrompt, startUpdates } from './updates.ts'
import { Channel, type EngineState, type ShellEvent } from '../shared/ipc-channels.ts'
import type { ShellPayload } from '../shared/ipc-protocol.ts'
import type { RoomSummary } from '../shared/api/index.ts'

const log = (m: string) => console.error(`[hearth] ${m}`)
// A separate profile for tests and for running two copies side by side.
if (process.env.HEARTH_USER_DATA) app.setPath('userData', path.resolve(process.env.HEARTH_USER_DATA))
const devUrl = !app.isPackaged && process.env.ELECTRON_RENDERER_URL ? process.env.ELECTRON_RENDERER_URL : undefined
const here = import.meta.dirname
const preload = path.join(here, '../preload/index.cjs')
const rendererDir = path.join(here, '../renderer')

// Must happen before 'ready'.
protocol.registerSchemesAsPrivileged([appSchemePrivileges])
app.enableSandbox()

let mainWindow: BrowserWindow | null = null
let tray: TrayHandle | null = null
let removeIpc: (() => void) | null = null
let engineState: EngineState = { state: 'starting' }
let quitting: 'no' | 'stopping' | 'done' = 'no'
const trusted = new Set<number>()
const unread = new UnreadCounter()
const settings = new SettingsStore(app.getPath('userData'), log)
// Main speaks the first of the system's languages it has (the renderer's 'auto' follows the same list).
const locale = mainLocale(app.getPreferredSystemLanguages())
const t = translator(locale)

const toUi = (channel: string, message: unknown) => {
  if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(channel, message)
}
const shellEvent = (e: ShellEvent) => toUi(Channel.shellEvent, e)
const inbox = new DeepLinkInbox(() => shellEvent({ type: 'deep-link' }))
const openExternal = (url: string) =>
  void openExternalLink(
    url,
    electronOpenDeps(() => mainWindow, t)
  ).then((r) => {
    if (!r.opened && r.reason !== 'cancelled') log(`link not opened: ${r.reason}`)
  })

function showWindow() {
  if (!mainWindow || mainWindow.isDestroyed()) return openWindow()
  if (mainWindow.isMinimized()) mainWindow.restore()
  mainWindow.show()
  mainWindow.focus()
}

function trust(win: BrowserWindow) {
  const id = win.webContents.id
  trusted.add(id)
  win.webContents.once('destroyed', () => trusted.delete(id))
}

function openWindow() {
  const saved = settings.get().window
  const bounds = restoredBounds(
    saved,
    screen.getAllDisplays().map((d) => d.workArea)
  )
  const win = createMainWindow({ preload, devUrl, openExternal, devTools: !app.isPackaged, bounds, maximized: !!bounds && saved?.maximized })
  mainWindow = win
  trust(win)
  installContextMenu(win.webContents, t)
  rememberWindowState(win, (state) => void settings.update({ window: state }))
  // With "keep running" on and a tray to come back from, closing hides the window; quitting still quits.
  win.on('close', (event) => {
    if (quitting !== 'no' || !tray || !settings.get().closeToTray) return
    event.preventDefault()
    win.hide()
  })
  win.on('closed', () => {
    mainWindow = null
  })
}

const passphrase = new PassphraseWindow({ preload, parent: () => mainWindow, onCreated: trust, openExternal, t, locale })

const bootstrap = (process.env.HEARTH_BOOTSTRAP ?? '')
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean)
const badBootstrap = bootstrap.filter((b) => !/^[A-Za-z0-9.-]{1,253}:\d{1,5}$/.test(b))
if (badBootstrap.length) log(`ignoring malformed HEARTH_BOOTSTRAP entries: ${badBootstrap.join(', ')}`)

/** The master key, asked for once per launch; a failure offers "Try again" or quits. */
let keyPromise: Promise<Uint8Array> | null = null
function masterKey(): Promise<Uint8Array> {
  keyPromise ??= (async () => {
    for (;;) {
      try {
        return await loadMasterKey({ dir: app.getPath('userData'), safeStorage, platform: process.platform, prompt: passphrase.prompt, t })
      } catch (err) {
        const message = err instanceof KeyUnavailableError ? err.message : t('locked.couldNotOpen', { error: String(err) })
        const { response } = await dialog.showMessageBox({
          type: 'warning',
          title: t('locked.title'),
          message: t('locked.title'),
          detail: message,
          buttons: [t('locked.quit'), t('locked.tryAgain')],
          defaultId: 1,
          cancelId: 0
        })
        if (response !== 1) {
          app.quit()
          throw err
        }
      }
    }
  })()
  return keyPromise
}

const supervisor = new EngineSupervisor({
  fork: () => utilityProcess.fork(enginePath, [], { serviceName: 'Hearth engine', stdio: 'inherit' }),
  startOptions: async () => ({
    storage: path.join(app.getPath('userData'), 'engine'),
    ...(bootstrap.length > badBootstrap.length ? { bootstrap: bootstrap.filter((b) => !badBootstrap.includes(b)) } : {}),
    masterKey: await masterKey()
  }),
  onState: (state) => {
    engineState = state
    shellEvent({ type: 'engine', engine: state })
    if (state.state === 'up') void refreshUnread()
  },
  onEvent: (event, payload) => {
    toUi(Channel.event, { event, payload })
    if (event === 'room.changed') {
      const p = payload as Parameters<typeof notifier.onRoomChanged>[0]
      unread.set(p.roomId, p.unread)
      tray?.setUnread(unread.total)
      void notifier.onRoomChanged(p)
    } else if (event === 'rooms.changed') void refreshUnread()
  },
  log
})

async function refreshUnread() {
  try {
    const { rooms } = (await supervisor.call('listRooms', {})) as { rooms: RoomSummary[] }
    unread.replace(rooms)
    notifier.known(rooms)
    tray?.setUnread(unread.total)
  } catch (err) {
    log(`could not refresh unread counts: ${String(err)}`)
  }
}

const notifier = new MessageNotifier({
  privacy: () => settings.get().notifications,
  isFocused: () => !!mainWindow && !mainWindow.isDestroyed() && mainWindow.isFocused(),
  call: (method, params) => supervisor.call(method, params),
  t,
  show: ({ title, body, roomId }) => {
    if (!Notification.isSupported()) return
    const n = new Notification({ title, body })
    n.on('click', () => {
      showWindow()
      shellEvent({ type: 'open-room', roomId })
    })
    n.show()
  }
})

function getHelp() {
  showWindow()
  shellEvent({ type: 'get-help' })
}

async function shellOp(req: ShellPayload, senderId: number): Promise<unknown> {
  switch (req.op) {
    case 'state':
      return { engine: engineState }
    case 'takeDeepLink':
      return inbox.take()
    case 'openExternal':
      return openExternalLink(
        req.url,
        electronOpenDeps(() => mainWindow, t)
      )
    case 'submitPassphrase':
      return passphrase.handleSubmit(senderId, req.passphrase)
  }
}

if (!app.requestSingleInstanceLock()) {
  // Another Hearth owns this profile (and its storage lock); it receives our argv and deep link.
  quitting = 'done'
  app.quit()
} else {
  app.on('second-instance', (_event, argv) => {
    showWindow()
    inbox.receive(findDeepLink(argv))
  })
  // macOS delivers links as events, possibly before 'ready'.
  app.on('open-url', (event, url) => {
    event.preventDefault()
    if (inbox.receive(parseDeepLink(url)) && app.isReady()) showWindow()
  })
  inbox.receive(findDeepLink(process.argv))

  // Every webContents, including any we did not create ourselves, gets the navigation policy.
  app.on('web-contents-created', (_event, contents) => hardenContents(contents, { devUrl, openExternal }))

  app.whenReady().then(
    () => {
      if (app.isPackaged) app.setAsDefaultProtocolClient(DEEP_LINK_SCHEME)
      protocol.handle(APP_SCHEME, createAppHandler({ root: rendererDir, csp: contentSecurityPolicy(), builtins: passphrasePages }))
      hardenSession(session.defaultSession, devUrl)
      removeIpc = registerIpc({
        ipcMain,
        isTrustedSender: (event) => isTrustedFrame(event.senderFrame, event.sender, trusted, devUrl),
        call: async (method, params) => {
          const result = await supervisor.call(method, params)
          // Reading a room sends no room.changed: recount, so the badge and tray do not stay stale.
          if (method === 'markRead') void refreshUnread()
          return result
        },
        shell: (req, event) => shellOp(req, event.sender.id),
        log
      })
      installMenu({ isMac: process.platform === 'darwin', isDev: !app.isPackaged, t, onGetHelp: getHelp })
      openWindow()
      try {
        tray = createTray({ icon: trayIconPath, t, onOpen: showWindow, onGetHelp: getHelp, onQuit: () => app.quit(), settings })
      } catch (err) {
        log(`no tray on this desktop: ${String(err)}`)
      }
      supervisor.start()
      void startUpdates({ enabled: AUTO_UPDATE.enabled, isPackaged: app.isPackaged, confirmRestart: restartPrompt(t, () => mainWindow), log })
    },
    (err) => log(`startup failed: ${String(err)}`)
  )

  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) openWindow()
  })

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })

  // Ordered shutdown: hold the quit until the engine has closed its stores.
  app.on('before-quit', (event) => {
    if (quitting === 'done') return
    event.preventDefault()
    if (quitting === 'stopping') return
    quitting = 'stopping'
    void supervisor
      .stop()
      .catch((err) => log(`engine stop failed: ${String(err)}`))
      .finally(() => {
        removeIpc?.()
        tray?.destroy()
        quitting = 'done'
        app.quit()
      })
  })
}
