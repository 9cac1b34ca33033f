// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { act, cleanup } from '@testing-library/react'
import { useNotifications } from '../../src/renderer/src/hooks/useNotifications.ts'
import type { StatusClient } from '../../src/renderer/src/client/status.ts'
import { msg } from './helpers/msg.ts'
import { OTHER, ROOM, FakeClient, message } from './helpers/fakeClient.ts'
import { renderWith } from './helpers/render.tsx'

const shown: Array<{ title: string; body?: string }> = []
class FakeNotification {
  static permission = 'granted'
  constructor(title: string, opts?: { body?: string }) {
    shown.push({ title, body: opts?.body })
  }
}
beforeEach(() => {
  shown.length = 0
  vi.stubGlobal('Notification', FakeNotification)
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => true })
})
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
  Reflect.deleteProperty(document, 'hidden')
})

function Notifier({ client }: { client: StatusClient }) {
  useNotifications(client)
  return null
}
const changed = (c: FakeClient, unread: number, messages?: ReturnType<typeof message>[]) =>
  act(() => c.emit('room.changed', { roomId: ROOM, messageCount: unread, unread, ...(messages ? { messages } : {}) }))

describe('notifications in the browser client', () => {
  it('say a mention is a mention (not who, not what) while Hearth is in the background', () => {
    const c = new FakeClient()
    renderWith(<Notifier client={c} />, c, { notifications: true })
    changed(c, 0)
    changed(c, 1, [message(OTHER, 1)])
    changed(c, 2, [message(OTHER, 2, { text: '@Me are you around?', mentionsMe: true })])
    expect(shown).toEqual([
      { title: msg('app.name'), body: msg('notification.body', { count: 1 }) },
      { title: msg('app.name'), body: msg('notification.mention') }
    ])
    expect(JSON.stringify(shown)).not.toMatch(/around|River/)
  })

  it('respect the setting: nothing at all when notifications are off', () => {
    const c = new FakeClient()
    renderWith(<Notifier client={c} />, c, { notifications: false })
    changed(c, 0)
    changed(c, 1, [message(OTHER, 1, { mentionsMe: true })])
    expect(shown).toEqual([])
  })
})
