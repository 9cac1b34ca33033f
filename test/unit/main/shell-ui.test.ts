import { describe, expect, it, vi } from 'vitest'

const electron = vi.hoisted(() => {
  const trays: Array<{ tooltip?: string; title?: string; menu?: unknown; destroyed?: boolean }> = []
  class Tray {
    state: { tooltip?: string; title?: string; menu?: unknown; destroyed?: boolean } = {}
    constructor() {
      trays.push(this.state)
    }
    setContextMenu(m: unknown) {
      this.state.menu = m
    }
    setToolTip(t: string) {
      this.state.tooltip = t
    }
    setTitle(t: string) {
      this.state.title = t
    }
    on() {
      return this
    }
    destroy() {
      this.state.destroyed = true
    }
  }
  return {
    trays,
    Tray,
    Menu: { buildFromTemplate: (t: unknown) => ({ template: t }), setApplicationMenu: vi.fn() },
    nativeImage: { createFromPath: () => ({ resize: () => ({}) }) },
    app: { setBadgeCount: vi.fn() }
  }
})
vi.mock('electron', () => electron)

import { MessageNotifier, describeNotification } from '../../../src/main/notifications.ts'
import { GET_HELP_ACCELERATOR, installMenu, menuTemplate } from '../../../src/main/menu.ts'
import { UnreadCounter, createTray, trayLabel, trayMenuTemplate } from '../../../src/main/tray.ts'

const roomId = 'yb1nd8rfg8ejkmcpqxot1uwisza345h769yb1nd8rfg8ejkmcpqx'
const msg = (over: Record<string, unknown> = {}) => ({ text: 'I had a hard day', contentWarning: null, hidden: false, deleted: false, ...over })

describe('notification text', () => {
  it('by default shows neither the post nor the room name', () => {
    const n = describeNotification({ privacy: 'private', roomName: 'Grief support', newMessages: 1, latest: msg() })
    expect(JSON.stringify(n)).not.toMatch(/hard day|Grief/)
    expect(n).toEqual({ title: 'Hearth', body: 'A new message in one of your rooms' })
  })

  it('shows the room name only when chosen, and never text behind a content warning', () => {
    expect(describeNotification({ privacy: 'room', roomName: 'Night owls', newMessages: 3, latest: msg() })).toEqual({
      title: 'Hearth: Night owls',
      body: '3 new messages'
    })
    const cw = describeNotification({ privacy: 'preview', roomName: 'Night owls', newMessages: 1, latest: msg({ contentWarning: 'self-harm' }) })
    expect(cw.body).toBe('A new message (with a content warning)')
    expect(JSON.stringify(cw)).not.toMatch(/hard day/)
  })

  it('previews only when opted in, and never hidden or deleted text', () => {
    expect(describeNotification({ privacy: 'preview', roomName: 'R', newMessages: 1, latest: msg() }).body).toBe('I had a hard day')
    expect(describeNotification({ privacy: 'preview', roomName: 'R', newMessages: 1, latest: msg({ hidden: true }) }).body).toBe('A new message')
    expect(describeNotification({ privacy: 'preview', roomName: 'R', newMessages: 1, latest: msg({ deleted: true }) }).body).toBe('A new message')
    const long = describeNotification({ privacy: 'preview', roomName: 'R', newMessages: 1, latest: msg({ text: `line\n${'x'.repeat(200)}` }) })
    expect(long.body.length).toBeLessThanOrEqual(80)
    expect(long.body).not.toContain('\n')
  })
})

describe('MessageNotifier', () => {
  function notifier(over: Record<string, unknown> = {}) {
    const shown: Array<{ title: string; body: string; roomId: string }> = []
    let now = 0
    const call = vi.fn(async (method: string) => (method === 'getRoom' ? { name: 'Night owls' } : { messages: [msg()] }))
    const n = new MessageNotifier({
      privacy: () => 'private',
      isFocused: () => false,
      call,
      show: (x) => shown.push(x),
      now: () => now,
      quietMs: 1000,
      ...over
    })
    return {
      n,
      shown,
      call,
      advance: (ms: number) => {
        now += ms
      }
    }
  }

  it('notifies when unread grows while the window is in the background, at most once per quiet period', async () => {
    const { n, shown, call, advance } = notifier()
    await n.onRoomChanged({ roomId, unread: 1 })
    await n.onRoomChanged({ roomId, unread: 2 })
    expect(shown).toHaveLength(1)
    expect(call).not.toHaveBeenCalled() // private mode asks the engine for nothing
    advance(1000)
    await n.onRoomChanged({ roomId, unread: 3 })
    expect(shown).toHaveLength(2)
    await n.onRoomChanged({ roomId, unread: 0 })
    expect(shown).toHaveLength(2)
  })

  it('shows nothing when the person turned notifications off, and tracks unread meanwhile', async () => {
    let mode: 'off' | 'private' = 'off'
    const { n, shown } = notifier({ privacy: () => mode })
    await n.onRoomChanged({ roomId, unread: 3 })
    expect(shown).toHaveLength(0)
    mode = 'private'
    await n.onRoomChanged({ roomId, unread: 3 }) // nothing new since: still nothing
    expect(shown).toHaveLength(0)
    await n.onRoomChanged({ roomId, unread: 4 })
    expect(shown).toEqual([{ title: 'Hearth', body: 'A new message in one of your rooms', roomId }])
  })

  it('counts growth from the last listed counts, so the first message after reading notifies', async () => {
    const { n, shown, advance } = notifier()
    await n.onRoomChanged({ roomId, unread: 5 })
    advance(1000)
    n.known([{ roomId, unread: 0 }]) // the person read the room
    await n.onRoomChanged({ roomId, unread: 1 })
    expect(shown).toHaveLength(2)
  })

  it('stays quiet while the person is looking at Hearth', async () => {
    const { n, shown } = notifier({ isFocused: () => true })
    await n.onRoomChanged({ roomId, unread: 5 })
    expect(shown).toHaveLength(0)
  })
})

describe('menu', () => {
  it('has the standard roles and a Get help now item with a shortcut', () => {
    const onGetHelp = vi.fn()
    const t = menuTemplate({ isMac: false, isDev: false, onGetHelp })
    const roles = JSON.stringify(t)
    for (const role of ['editMenu', 'windowMenu', 'quit', 'zoomIn']) expect(roles).toContain(role)
    expect(roles).not.toContain('toggleDevTools')
    const help = t.find((i) => i.role === 'help')!.submenu as Array<{ label?: string; accelerator?: string; click?: () => void }>
    expect(help[0]).toMatchObject({ label: 'Get help now', accelerator: GET_HELP_ACCELERATOR })
    help[0].click!()
    expect(onGetHelp).toHaveBeenCalled()
  })

  it('uses the app menu on macOS and dev tools only in development', () => {
    const t = menuTemplate({ isMac: true, isDev: true, onGetHelp: () => {} })
    expect(t[0].role).toBe('appMenu')
    expect(JSON.stringify(t)).toContain('toggleDevTools')
    installMenu({ isMac: true, isDev: false, onGetHelp: () => {} })
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalled()
  })
})

describe('tray', () => {
  it('sums unread per room and forgets rooms that left', () => {
    const c = new UnreadCounter()
    c.set('a', 2)
    c.set('b', 3)
    c.set('a', 1)
    c.set('c', -4)
    expect(c.total).toBe(4)
    c.replace([{ roomId: 'b', unread: 1 }])
    expect(c.total).toBe(1)
  })

  it('shows only a count', () => {
    expect(trayLabel(0)).toEqual({ tooltip: 'Hearth', title: '' })
    expect(trayLabel(5)).toEqual({ tooltip: 'Hearth: 5 unread', title: '5' })
    expect(trayLabel(250).title).toBe('99+')
    const handle = createTray({ icon: '/icon.png', onOpen: () => {}, onGetHelp: () => {}, onQuit: () => {} })
    handle.setUnread(7)
    expect(electron.trays[0].tooltip).toBe('Hearth: 7 unread')
    expect(electron.app.setBadgeCount).toHaveBeenLastCalledWith(7)
    handle.destroy()
    expect(electron.trays[0].destroyed).toBe(true)
  })

  it('lets the person choose how notifications speak and whether closing keeps Hearth running', () => {
    let current = { notifications: 'private' as const, closeToTray: false }
    const settings = { get: () => current, update: vi.fn((p: object) => (current = { ...current, ...p })), onChange: () => () => {} }
    const t = trayMenuTemplate({ icon: '', onOpen: () => {}, onGetHelp: () => {}, onQuit: () => {}, settings }) as Array<Record<string, any>>
    const modes = t.find((i) => i.label === 'Notifications')!.submenu as Array<Record<string, any>>
    expect(modes.map((m) => [m.label, m.checked])).toEqual([
      ['Off', false],
      ['Only that something arrived', true],
      ['With the room’s name', false],
      ['With the room’s name and a preview', false]
    ])
    modes[0].click()
    expect(settings.update).toHaveBeenLastCalledWith({ notifications: 'off' })
    t.find((i) => i.type === 'checkbox')!.click({ checked: true })
    expect(settings.update).toHaveBeenLastCalledWith({ closeToTray: true })
    expect(t.at(-1)!.label).toBe('Quit Hearth')
  })
})
