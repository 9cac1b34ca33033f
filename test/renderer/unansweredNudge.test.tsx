// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { RoomScreen } from '../../src/renderer/src/screens/RoomScreen.tsx'
import { SettingsScreen } from '../../src/renderer/src/screens/SettingsScreen.tsx'
import { msg } from './helpers/msg.ts'
import { OTHER, ROOM, fakeRoom, message } from './helpers/fakeClient.ts'
import type { FakeRoomClient } from './helpers/fakeClient.ts'
import { renderWith } from './helpers/render.tsx'
import type { Settings } from '../../src/renderer/src/state/settings.tsx'

afterEach(() => {
  cleanup()
  localStorage.clear()
})
const noop = () => {}
const SAD = message(OTHER, 1, { text: 'I feel so alone tonight and I do not know how to keep going', time: Date.now() - 30 * 60_000 })
const WORRIED = message(OTHER, 2, { text: 'my friend said she wants to end it all', time: Date.now() - 20 * 60_000 })

/** A room whose engine says which distressed posts are unanswered (newest first, as the engine does). */
function room(opts: { moderator: boolean; onDuty?: boolean; items?: Array<typeof SAD> }): FakeRoomClient {
  const c = fakeRoom({ count: 3, moderator: opts.moderator, make: (i) => (i === 1 ? SAD : i === 2 ? WORRIED : message(OTHER, i)) })
  c.presence.onDuty = opts.onDuty ?? false
  const items = opts.items ?? [WORRIED, SAD]
  c.handlers.getUnanswered = () => ({
    items: items.map((m) => ({ messageId: m.id, level: 'concern', about: m === WORRIED ? 'other' : 'self', time: m.time, authorName: m.authorName }))
  })
  c.handlers.getMessage = (p) => ({ message: [SAD, WORRIED].find((m) => m.id === p.messageId) })
  return c
}
const show = (c: FakeRoomClient, settings: Partial<Settings> = {}) => renderWith(<RoomScreen roomId={ROOM} go={noop} onHelp={noop} />, c, settings)
const nudge = () => screen.findByRole('region', { name: msg('nudge.title') })

describe('the unanswered nudge', () => {
  it('tells a moderator on duty, kindly, with the set wait; one click opens the post, and Reply answers it', async () => {
    const c = room({ moderator: true, onDuty: true })
    show(c, { nudgeMinutes: 15 })
    const box = await nudge()
    expect(box.textContent).toContain(msg('nudge.other', { name: 'River', when: '20 minutes ago' }))
    expect(box.textContent).toContain(msg('nudge.more', { count: 1 }))
    expect(c.callsOf('getUnanswered')[0]).toEqual({ roomId: ROOM, minutes: 15 })
    fireEvent.click(within(box).getByRole('button', { name: msg('nudge.open') }))
    const dialog = await screen.findByRole('dialog', { name: msg('nudge.postTitle') })
    await within(dialog).findByText(WORRIED.text!)
    fireEvent.click(within(dialog).getByRole('button', { name: msg('nudge.reply') }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(screen.getByText(msg('composer.replyingTo', { name: 'River' }))).toBeTruthy()
  })

  it('"Not now" puts one post away on this device, and the next one shows; it stays away after a reload', async () => {
    const c = room({ moderator: true, onDuty: true })
    show(c)
    fireEvent.click(within(await nudge()).getByRole('button', { name: msg('nudge.dismiss') }))
    await waitFor(() =>
      expect(screen.getByRole('region', { name: msg('nudge.title') }).textContent).toContain(msg('nudge.self', { name: 'River', when: '30 minutes ago' }))
    )
    expect(screen.queryByText(msg('nudge.more', { count: 1 }))).toBeNull()
    cleanup()
    show(c)
    expect((await nudge()).textContent).toContain(msg('nudge.self', { name: 'River', when: '30 minutes ago' }))
    fireEvent.click(within(await nudge()).getByRole('button', { name: msg('nudge.dismiss') }))
    await waitFor(() => expect(screen.queryByRole('region', { name: msg('nudge.title') })).toBeNull())
  })

  it('asks nothing for a moderator off duty or a member who has not opted in; a member who opted in is told', async () => {
    for (const c of [room({ moderator: true, onDuty: false }), room({ moderator: false })]) {
      show(c)
      await screen.findByText(SAD.text!)
      expect(c.callsOf('getUnanswered')).toEqual([])
      expect(screen.queryByRole('region', { name: msg('nudge.title') })).toBeNull()
      cleanup()
    }
    const member = room({ moderator: false })
    show(member, { nudgeUnanswered: true })
    expect((await nudge()).textContent).toContain(msg('nudge.other', { name: 'River', when: '20 minutes ago' }))
  })

  it('says nothing when every distressed post has an answer', async () => {
    const c = room({ moderator: true, onDuty: true, items: [] })
    show(c)
    await waitFor(() => expect(c.callsOf('getUnanswered').length).toBeGreaterThan(0))
    await screen.findByText(SAD.text!)
    expect(screen.queryByRole('region', { name: msg('nudge.title') })).toBeNull()
  })
})

describe('the nudge settings', () => {
  it('are off for members by default; the wait takes whole minutes from 1 to 1440 and is kept on the device', () => {
    renderWith(<SettingsScreen />, fakeRoom())
    const optIn = screen.getByRole('checkbox', { name: msg('nudge.optIn') }) as HTMLInputElement
    expect(optIn.checked).toBe(false)
    fireEvent.click(optIn)
    const wait = screen.getByLabelText(msg('nudge.minutes')) as HTMLInputElement
    expect(wait.value).toBe('60')
    fireEvent.change(wait, { target: { value: '0' } })
    expect(wait.getAttribute('aria-invalid')).toBe('true')
    fireEvent.change(wait, { target: { value: '5' } })
    expect(wait.getAttribute('aria-invalid')).toBe('false')
    expect(JSON.parse(localStorage.getItem('hearth.settings.v1')!)).toMatchObject({ nudgeUnanswered: true, nudgeMinutes: 5 })
  })
})
