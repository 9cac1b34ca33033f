import { EventEmitter } from 'node:events'
import { vi } from 'vitest'

/** A fake of the Electron surface src/main/index.ts uses; reset `state` before each test. */
export function fakeElectron() {
  const state = {
    lock: true,
    userData: '',
    order: [] as string[],
    windows: [] as Array<InstanceType<typeof FakeWindow>>,
    children: [] as Array<InstanceType<typeof FakeChild>>,
    handlers: new Map<string, (event: unknown, payload: unknown) => unknown>(),
    rooms: [] as Array<Record<string, unknown>>,
    trayMenu: [] as Array<{ label?: string; checked?: boolean; click?: (item: { checked: boolean }) => void }>
  }
  let nextId = 1
  class FakeContents extends EventEmitter {
    id = nextId++
    sent: Array<[string, unknown]> = []
    mainFrame = { url: 'app://hearth/index.html', parent: null }
    send(channel: string, message: unknown) {
      this.sent.push([channel, message])
    }
    setWindowOpenHandler() {}
  }
  class FakeWindow extends EventEmitter {
    webContents = new FakeContents()
    url = ''
    shown = 0
    constructor(public options: unknown) {
      super()
      state.windows.push(this)
    }
    async loadURL(url: string) {
      this.url = url
    }
    isDestroyed() {
      return false
    }
    isMinimized() {
      return false
    }
    isFocused() {
      return false
    }
    restore() {}
    show() {
      this.shown++
    }
    hidden = 0
    hide() {
      this.hidden++
    }
    maximized = false
    maximize() {
      this.maximized = true
    }
    isMaximized() {
      return this.maximized
    }
    getNormalBounds() {
      return { x: 40, y: 30, width: 900, height: 700 }
    }
    /** The close button: 'close' may be prevented (kept in the tray); else the window goes. */
    close() {
      let prevented = false
      this.emit('close', { preventDefault: () => (prevented = true) })
      if (!prevented) this.emit('closed')
      return !prevented
    }
    focus() {}
    setMenuBarVisibility() {}
    static getAllWindows() {
      return state.windows
    }
  }
  class FakeChild extends EventEmitter {
    sent: Array<{ type: string }> = []
    postMessage(m: { type: string }) {
      this.sent.push(m)
      state.order.push(`engine:${m.type ?? (m as { method?: string }).method}`)
      if (m.type === 'start') setTimeout(() => this.emit('message', { type: 'ready' }), 0)
      const req = m as { type: string; id?: number; method?: string }
      const answer = (result: unknown) => setTimeout(() => this.emit('message', { jsonrpc: '2.0', id: req.id, result }), 0)
      if (req.method === 'listRooms') answer({ rooms: state.rooms })
      if (req.method === 'markRead') answer({ ok: true })
      if (m.type === 'shutdown')
        setTimeout(() => {
          this.emit('message', { type: 'closed' })
          this.emit('exit', 0)
        }, 5)
    }
    kill() {
      return true
    }
  }
  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    setPath: vi.fn(),
    getPath: () => state.userData,
    getPreferredSystemLanguages: () => ['en-GB'],
    enableSandbox: vi.fn(),
    requestSingleInstanceLock: () => state.lock,
    isReady: () => true,
    whenReady: () => Promise.resolve(),
    setAsDefaultProtocolClient: vi.fn(),
    setBadgeCount: vi.fn(),
    quit: vi.fn(() => {
      state.order.push('app:quit')
      let prevented = false
      app.emit('before-quit', {
        preventDefault: () => {
          prevented = true
        }
      })
      if (!prevented) state.order.push('app:exit')
    })
  })
  const session = {
    setPermissionRequestHandler() {},
    setPermissionCheckHandler() {},
    setDevicePermissionHandler() {},
    setDisplayMediaRequestHandler() {},
    webRequest: { onHeadersReceived() {} }
  }
  const electron = {
    app,
    BrowserWindow: FakeWindow,
    Notification: Object.assign(class {}, { isSupported: () => false }),
    dialog: { showMessageBox: vi.fn(async () => ({ response: 0 })) },
    ipcMain: {
      handle: (c: string, h: (e: unknown, p: unknown) => unknown) => state.handlers.set(c, h),
      removeHandler: (c: string) => {
        state.order.push(`ipc:remove:${c}`)
        state.handlers.delete(c)
      }
    },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    safeStorage: {
      isAsyncEncryptionAvailable: async () => true,
      getSelectedStorageBackend: () => 'gnome_libsecret',
      encryptStringAsync: async (s: string) => Buffer.from(`enc:${s}`),
      decryptStringAsync: async (b: Buffer) => ({ result: b.toString().slice(4), shouldReEncrypt: false })
    },
    session: { defaultSession: session },
    utilityProcess: {
      fork: vi.fn(() => {
        const c = new FakeChild()
        state.children.push(c)
        return c
      })
    },
    Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: vi.fn() },
    Tray: class {
      setContextMenu(menu: unknown) {
        state.trayMenu = menu as typeof state.trayMenu
      }
      setToolTip() {}
      setTitle() {}
      on() {}
      destroy() {
        state.order.push('tray:destroy')
      }
    },
    nativeImage: { createFromPath: () => ({ resize: () => ({}) }) },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    shell: { openExternal: vi.fn() }
  }
  return { state, electron }
}
