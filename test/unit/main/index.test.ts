import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

/** A fake of the Electron surface index.ts uses; `state` is reset before each test. */
const fake = await vi.hoisted(async () => (await import('./fake-electron.ts')).fakeElectron())

vi.mock('electron', () => fake.electron)
vi.mock('../../../src/p2p/host.ts?modulePath', () => ({ default: '/app/out/main/chunks/host.js' }))
vi.mock('../../../build/icon.png?asset', () => ({ default: '/app/out/main/chunks/icon.png' }))

const invite = 'yb1nd8rfg8ejkmcpqxot1uwisza345h769'
const { state, electron } = fake

async function boot(argv: string[] = []) {
  const saved = process.argv
  process.argv = [...saved.slice(0, 1), ...argv]
  try {
    await import('../../../src/main/index.ts')
  } finally {
    process.argv = saved
  }
  // started: the window is open and IPC registered (or, without the lock, the app quit)
  await vi.waitFor(() => expect(state.lock ? state.handlers.size : 2).toBe(2), { timeout: 5000 })
}

/** Waits (bounded) until the window was told the engine is up. */
const engineUp = () =>
  vi.waitFor(
    () => {
      const sent = state.windows[0]?.webContents.sent ?? []
      expect(sent).toContainEqual(['hearth:shell-event', { type: 'engine', engine: { state: 'up' } }])
    },
    { timeout: 5000 }
  )

beforeEach(() => {
  vi.resetModules()
  electron.app.removeAllListeners()
  Object.assign(state, {
    lock: true,
    userData: mkdtempSync(path.join(tmpdir(), 'hearth-main-')),
    order: [],
    windows: [],
    children: [],
    trayMenu: [],
    rooms: []
  })
  state.handlers.clear()
  vi.clearAllMocks()
})
afterEach(() => rmSync(state.userData, { recursive: true, force: true }))

describe('main process wiring', () => {
  it('quits at once when another instance holds the lock', async () => {
    state.lock = false
    await boot()
    expect(electron.app.quit).toHaveBeenCalled()
    expect(state.windows).toHaveLength(0)
    expect(electron.utilityProcess.fork).not.toHaveBeenCalled()
  })

  it('opens the window from app://, registers IPC, and starts the engine with a master key', async () => {
    await boot()
    await engineUp()
    expect(electron.app.enableSandbox).toHaveBeenCalled()
    expect(state.windows[0].url).toBe('app://hearth/index.html')
    expect([...state.handlers.keys()]).toEqual(['hearth:call', 'hearth:shell'])
    expect(electron.utilityProcess.fork).toHaveBeenCalledWith('/app/out/main/chunks/host.js', [], expect.objectContaining({ serviceName: 'Hearth engine' }))
    const start = state.children[0].sent[0] as unknown as { type: string; options: { storage: string; masterKey: Uint8Array } }
    expect(start.type).toBe('start')
    expect(start.options.storage).toBe(path.join(state.userData, 'engine'))
    expect(start.options.masterKey.byteLength).toBe(32)
    const engineEvents = state.windows[0].webContents.sent.filter(([c]) => c === 'hearth:shell-event').map(([, m]) => m)
    expect(engineEvents).toContainEqual({ type: 'engine', engine: { state: 'up' } })
  })

  it('hands a deep link from a second launch to the running window, once', async () => {
    await boot()
    const win = state.windows[0]
    electron.app.emit('second-instance', {}, ['/opt/hearth', '--flag', `hearth://join/${invite}`], '/')
    expect(win.shown).toBeGreaterThan(0)
    expect(win.webContents.sent).toContainEqual(['hearth:shell-event', { type: 'deep-link' }])
    const shell = state.handlers.get('hearth:shell')!
    const event = { sender: win.webContents, senderFrame: win.webContents.mainFrame }
    expect(await shell(event, { op: 'takeDeepLink' })).toEqual({ ok: true, result: { kind: 'join', invite } })
    expect(await shell(event, { op: 'takeDeepLink' })).toEqual({ ok: true, result: null })
    const stranger = { sender: { id: 999 }, senderFrame: { url: 'app://hearth/index.html', parent: null } }
    expect(await shell(stranger, { op: 'takeDeepLink' })).toMatchObject({ ok: false })
  })

  it('keeps a deep link from the first launch until the UI takes it', async () => {
    await boot([`hearth://join/${invite}`])
    const win = state.windows[0]
    const shell = state.handlers.get('hearth:shell')!
    expect(await shell({ sender: win.webContents, senderFrame: win.webContents.mainFrame }, { op: 'takeDeepLink' })).toEqual({
      ok: true,
      result: { kind: 'join', invite }
    })
  })

  it('opens the window where it was; closing it saves where it is', async () => {
    const saved = { x: 100, y: 80, width: 1000, height: 720, maximized: true }
    writeFileSync(path.join(state.userData, 'settings.json'), JSON.stringify({ window: saved }))
    await boot()
    const win = state.windows[0]
    expect(win.options).toMatchObject({ x: 100, y: 80, width: 1000, height: 720 })
    win.emit('ready-to-show')
    expect(win.maximized).toBe(true)
    win.maximized = false
    expect(win.close()).toBe(true)
    const settings = () => JSON.parse(readFileSync(path.join(state.userData, 'settings.json'), 'utf8'))
    await vi.waitFor(() => expect(settings().window).toEqual({ x: 40, y: 30, width: 900, height: 700, maximized: false }), { timeout: 5000 })
  })

  it('keeps running in the tray when the window closes, once the person chose it in the tray menu', async () => {
    await boot()
    const win = state.windows[0]
    const keep = state.trayMenu.find((i) => i.label === 'Keep Hearth running when its window closes')!
    expect(keep.checked).toBe(false)
    keep.click!({ checked: true })
    expect(win.close()).toBe(false)
    expect(win.hidden).toBe(1)
    expect(electron.app.quit).not.toHaveBeenCalled()
    const again = state.trayMenu.find((i) => i.label === 'Keep Hearth running when its window closes')!
    expect(again.checked).toBe(true) // the menu was rebuilt with the new setting
    again.click!({ checked: false })
    expect(win.close()).toBe(true)
    const settings = () => JSON.parse(readFileSync(path.join(state.userData, 'settings.json'), 'utf8'))
    await vi.waitFor(() => expect(settings()).toMatchObject({ closeToTray: false, window: { width: 900 } }), { timeout: 5000 })
  })

  it('clears the badge when a room is read (reading sends no room.changed)', async () => {
    const roomId = 'ybndrfg8ejkmcpqxot1uwisza345h769ybndrfg8ejkmcpqxot1u'
    const room = { roomId, name: 'R', messageCount: 5, peers: 1, writable: true, isModerator: false, isOwner: false, state: 'ready' }
    state.rooms = [{ ...room, unread: 3 }]
    await boot()
    await engineUp()
    await vi.waitFor(() => expect(electron.app.setBadgeCount).toHaveBeenLastCalledWith(3), { timeout: 5000 })
    state.rooms = [{ ...room, unread: 0 }]
    const win = state.windows[0]
    const call = state.handlers.get('hearth:call')!
    expect(await call({ sender: win.webContents, senderFrame: win.webContents.mainFrame }, { method: 'markRead', params: { roomId } })).toEqual({
      ok: true,
      result: { ok: true }
    })
    await vi.waitFor(() => expect(electron.app.setBadgeCount).toHaveBeenLastCalledWith(0), { timeout: 5000 })
  })

  it('shuts the engine down before IPC, the tray and the app', async () => {
    await boot()
    await engineUp()
    state.order.length = 0
    electron.app.quit()
    await vi.waitFor(() => expect(state.order).toContain('app:exit'), { timeout: 5000 })
    expect(state.order).toEqual(['app:quit', 'engine:shutdown', 'ipc:remove:hearth:call', 'ipc:remove:hearth:shell', 'tray:destroy', 'app:quit', 'app:exit'])
  })
})
