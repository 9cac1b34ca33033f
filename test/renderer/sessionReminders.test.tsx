// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { act, cleanup, fireEvent, screen } from '@testing-library/react'
import { SessionList } from '../../src/renderer/src/components/SessionList.tsx'
import { useSessionReminders } from '../../src/renderer/src/hooks/useSessionReminders.ts'
import { REMIND_BEFORE_MS, dueReminder } from '../../src/renderer/src/state/sessionReminders.ts'
import type { StatusClient } from '../../src/renderer/src/client/status.ts'
import { msg } from './helpers/msg.ts'
import { MOD_KEY, fakeRoom } from './helpers/fakeClient.ts'
import { renderWith } from './helpers/render.tsx'

afterEach(() => {
  cleanup()
  localStorage.clear()
  vi.useRealTimers()
  vi.unstubAllGlobals()
  Reflect.deleteProperty(document, 'hidden')
})

const NOW = Date.UTC(2026, 11, 8, 23, 50) // ten minutes before 19:00 in New York
const session = (id: string, start: number, over: object = {}) => ({
  sessionId: id.repeat(32),
  title: `Session ${id}`,
  start,
  minutes: 60,
  repeat: 'weekly' as const,
  zone: 'America/New_York',
  note: null,
  by: MOD_KEY,
  ...over
})
const SOON = session('a', Date.UTC(2026, 11, 2, 0, 0)) // weekly: next at 9 Dec 00:00 UTC, in 10 minutes
const LATER = session('b', NOW + 2 * 3_600_000)

describe('session reminders', () => {
  it('remind of the soonest session within the lead time, not one that began, not a muted one', () => {
    expect(dueReminder([LATER, SOON], NOW, [])).toEqual({ session: SOON, at: Date.UTC(2026, 11, 9, 0, 0) })
    expect(dueReminder([LATER, SOON], NOW, [SOON.sessionId])).toBeNull()
    expect(dueReminder([SOON], Date.UTC(2026, 11, 9, 0, 0) - REMIND_BEFORE_MS - 60_000, [])).toBeNull()
    expect(dueReminder([session('c', NOW - 60_000, { repeat: 'none' })], NOW, [])).toBeNull()
  })

  it('show above the messages in local time; "Remind me" unticked mutes that session on this device', () => {
    vi.useFakeTimers({ now: NOW, toFake: ['Date'] })
    renderWith(<SessionList sessions={[SOON, LATER]} />, fakeRoom())
    const status = screen.getByRole('status')
    expect(status.textContent).toMatch(/^Starting soon: Session a at /)
    const box = screen.getByRole('checkbox', { name: msg('life.remindMe', { title: 'Session a' }) }) as HTMLInputElement
    expect(box.checked).toBe(true)
    fireEvent.click(box)
    expect(status.textContent).toBe('')
    cleanup()
    renderWith(<SessionList sessions={[SOON, LATER]} />, fakeRoom())
    expect(screen.getByRole('status').textContent).toBe('')
    expect((screen.getByRole('checkbox', { name: msg('life.remindMe', { title: 'Session a' }) }) as HTMLInputElement).checked).toBe(false)
  })

  it('notify in the background once per occurrence, privately (no room, no title), only with notifications on', async () => {
    vi.useFakeTimers({ now: NOW, toFake: ['Date'] })
    const shown: string[] = []
    vi.stubGlobal(
      'Notification',
      class {
        static permission = 'granted'
        constructor(_title: string, opts?: { body?: string }) {
          shown.push(opts?.body ?? '')
        }
      }
    )
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => true })
    const c = fakeRoom()
    c.handlers.getRoomLife = () => ({ welcome: null, sessions: [SOON, LATER], pins: [], verified: { members: [], resources: [] } })
    function Reminders({ client }: { client: StatusClient }) {
      useSessionReminders(client)
      return null
    }
    const off = renderWith(<Reminders client={c} />, c, { notifications: false })
    await vi.waitFor(() => expect(c.callsOf('listRooms')).toHaveLength(1))
    await act(() => new Promise((r) => setTimeout(r, 20)))
    expect(c.callsOf('getRoomLife')).toEqual([])
    off.unmount()
    renderWith(<Reminders client={c} />, c, { notifications: true })
    await vi.waitFor(() => expect(shown).toHaveLength(1))
    expect(shown[0]).toMatch(/^A session in one of your rooms starts at \S/)
    expect(shown[0]).not.toMatch(/Session|Quiet harbour/)
    // the room list changes and is read again, so the hook checks again: the same occurrence is not told twice
    const listed = c.handlers.listRooms
    vi.setSystemTime(NOW + 61_000) // a minute on: the sessions are read again, the reminder still due
    c.handlers.listRooms = (p) => ({ rooms: (listed(p) as { rooms: object[] }).rooms.map((r) => ({ ...r, unread: 5 })) })
    await act(async () => {
      c.emit('rooms.changed', {})
      await new Promise((r) => setTimeout(r, 50))
    })
    await vi.waitFor(() => expect(c.callsOf('getRoomLife').length).toBeGreaterThanOrEqual(2))
    expect(shown).toHaveLength(1)
  })
})
