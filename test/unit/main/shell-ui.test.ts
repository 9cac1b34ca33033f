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
import { translator } from '../../../src/main/i18n/catalog.ts'

const en = translator('en')
const es = translator('es')

const roomId = 'yb1nd8rfg8ejkmcpqxot1uwisza345h769yb1nd8rfg8ejkmcpqx'
const msg = (over: Record<string, unknown> = {}) => ({ text: 'I had a hard day', contentWarning: null, hidden: false, deleted: false, ...over })

describe('notification text', () => {
  it('by default shows neither the post nor the room name', () => {
    const n = describeNotification({ privacy: 'private', roomName: 'Grief support', newMessages: 1, latest: msg() }, en)
    expect(JSON.stringify(n)).not.toMatch(/hard day|Grief/)
    expect(n).toEqual({ title: 'Hearth', body: 'A new message in one of your rooms' })
  })

  it('shows the room name only when chosen, and never text behind a content warning', () => {
    expect(describeNotification({ privacy: 'room', roomName: 'Night owls', newMessages: 3, latest: msg() }, en)).toEqual({
      title: 'Hearth: Night owls',
      body: '3 new messages'
    })
    const cw = describeNotification({ privacy: 'preview', roomName: 'Night owls', newMessages: 1, latest: msg({ contentWarning: 'self-harm' }) }, en)
    expect(cw.body).toBe('A new message (with a content warning)')
    expect(JSON.stringify(cw)).not.toMatch(/hard day/)
  })

  it('previews only when opted in, and never hidden or deleted text', () => {
    expect(describeNotification({ privacy: 'preview', roomName: 'R', newMessages: 1, latest: msg() }, en).body).toBe('I had a hard day')
    expect(describeNotification({ privacy: 'preview', roomName: 'R', newMessages: 1, latest: msg({ hidden: true }) }, en).body).toBe('A new message')
    expect(describeNotification({ privacy: 'preview', roomName: 'R', newMessages: 1, latest: msg({ deleted: true }) }, en).body).toBe('A new message')
    const long = describeNotification({ privacy: 'preview', roomName: 'R', newMessages: 1, latest: msg({ text: `line\n${'x'.repeat(200)}` }) }, en)
    expect(long.body.length).toBeLessThanOrEqual(80)
    expect(long.body).not.toContain('\n')
  })

  it('words counts with each language’s plural rules', () => {
    const one = { privacy: 'room' as const, roomName: 'Búhos', newMessages: 1, latest: msg() }
    expect(describeNotification(one, es)).toEqual({ title: 'Hearth: Búhos', body: 'Un mensaje nuevo' })
    expect(describeNotification({ ...one, newMessages: 4 }, es).body).toBe('4 mensajes nuevos')
    expect(describeNotification({ ...one, privacy: 'private', newMessages: 2 }, en).body).toBe('2 new messages in one of your rooms')
    expect(describeNotification({ ...one, privacy: 'private' }, es).body).toBe('Un mensaje nuevo en una de tus salas')
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
      t: en,
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

  it('says a mention is a mention, not who or what, even inside the quiet period of other posts, and not twice in one', async () => {
    const { n, shown, call, advance } = notifier()
    await n.onRoomChanged({ roomId, unread: 1, messages: [{}] })
    await n.onRoomChanged({ roomId, unread: 2, messages: [{ mentionsMe: true }] })
    expect(shown.map((x) => x.body)).toEqual(['A new message in one of your rooms', 'Someone mentioned you in one of your rooms'])
    await n.onRoomChanged({ roomId, unread: 3, messages: [{ mentionsMe: true }] }) // a flood of mentions: one notification
    expect(shown).toHaveLength(2)
    expect(call).not.toHaveBeenCalled()
    advance(1000)
    await n.onRoomChanged({ roomId, unread: 4, messages: [{}, { mentionsMe: true }] })
    expect(shown.at(-1)?.body).toBe('Someone mentioned you in one of your rooms')
  })

  it('a mention respects the setting: nothing when off or while looking at Hearth; the room name only when chosen', async () => {
    for (const over of [{ privacy: () => 'off' }, { isFocused: () => true }]) {
      const { n, shown } = notifier(over)
      await n.onRoomChanged({ roomId, unread: 1, messages: [{ mentionsMe: true }] })
      expect(shown).toHaveLength(0)
    }
    const { n, shown } = notifier({ privacy: () => 'room' })
    await n.onRoomChanged({ roomId, unread: 1, messages: [{ mentionsMe: true }] })
    expect(shown).toEqual([{ title: 'Hearth: Night owls', body: 'Someone mentioned you', roomId }])
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
    const t = menuTemplate({ isMac: false, isDev: false, t: en, onGetHelp })
    const roles = JSON.stringify(t)
    for (const role of ['editMenu', 'windowMenu', 'quit', 'zoomIn']) expect(roles).toContain(role)
    expect(roles).not.toContain('toggleDevTools')
    const help = t.find((i) => i.role === 'help')!.submenu as Array<{ label?: string; accelerator?: string; click?: () => void }>
    expect(help[0]).toMatchObject({ label: 'Get help now', accelerator: GET_HELP_ACCELERATOR })
    help[0].click!()
    expect(onGetHelp).toHaveBeenCalled()
  })

  it('uses the app menu on macOS and dev tools only in development', () => {
    const t = menuTemplate({ isMac: true, isDev: true, t: en, onGetHelp: () => {} })
    expect(t[0].role).toBe('appMenu')
    expect(JSON.stringify(t)).toContain('toggleDevTools')
    installMenu({ isMac: true, isDev: false, t: en, onGetHelp: () => {} })
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalled()
  })

  it('labels every item, in the app’s language', () => {
    const labelsOf = (items: Array<{ label?: string; type?: string; submenu?: unknown }>): Array<string | undefined> =>
      items.flatMap((i) => (i.type === 'separator' ? [] : [i.label, ...(Array.isArray(i.submenu) ? labelsOf(i.submenu) : [])]))
    for (const isMac of [true, false]) {
      const labels = labelsOf(menuTemplate({ isMac, isDev: true, t: es, onGetHelp: () => {}, onAbout: () => {} }))
      expect(labels.every((l) => typeof l === 'string' && l.length > 0)).toBe(true)
      expect(labels).toContain('Pedir ayuda ahora')
      expect(labels).toContain('Edición')
    }
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
    expect(trayLabel(0, en)).toEqual({ tooltip: 'Hearth', title: '' })
    expect(trayLabel(1, en)).toEqual({ tooltip: 'Hearth: 1 unread message', title: '1' })
    expect(trayLabel(5, en)).toEqual({ tooltip: 'Hearth: 5 unread messages', title: '5' })
    expect(trayLabel(250, en)).toEqual({ tooltip: 'Hearth: 99+ unread messages', title: '99+' })
    expect(trayLabel(1, es).tooltip).toBe('Hearth: 1 mensaje sin leer')
    expect(trayLabel(3, es).tooltip).toBe('Hearth: 3 mensajes sin leer')
    const handle = createTray({ icon: '/icon.png', t: en, onOpen: () => {}, onGetHelp: () => {}, onQuit: () => {} })
    handle.setUnread(7)
    expect(electron.trays[0].tooltip).toBe('Hearth: 7 unread messages')
    expect(electron.app.setBadgeCount).toHaveBeenLastCalledWith(7)
    handle.destroy()
    expect(electron.trays[0].destroyed).toBe(true)
  })

  it('lets the person choose how notifications speak and whether closing keeps Hearth running', () => {
    let current = { notifications: 'private' as const, closeToTray: false }
    const settings = { get: () => current, update: vi.fn((p: object) => (current = { ...current, ...p })), onChange: () => () => {} }
    const t = trayMenuTemplate({ icon: '', t: en, onOpen: () => {}, onGetHelp: () => {}, onQuit: () => {}, settings }) as Array<Record<string, any>>
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
