// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { RoomScreen } from '../../src/renderer/src/screens/RoomScreen.tsx'
import { RoomRail } from '../../src/renderer/src/components/RoomRail.tsx'
import { HelpPanel } from '../../src/renderer/src/components/HelpPanel.tsx'
import { msg } from './helpers/msg.ts'
import { OTHER, ROOM, fakeRoom } from './helpers/fakeClient.ts'
import { CONV, withConversation } from './helpers/supportFake.ts'
import { renderWith } from './helpers/render.tsx'

afterEach(() => {
  cleanup()
  localStorage.clear()
})

function conversation(opts: { ended?: boolean; moderator?: boolean } = {}) {
  const c = fakeRoom({ count: 0, moderator: opts.moderator })
  const state = withConversation(c, { ended: opts.ended ?? false, present: true })
  const go = vi.fn()
  const onHelp = vi.fn()
  renderWith(<RoomScreen roomId={CONV} go={go} onHelp={onHelp} />, c)
  return { c, state, go, onHelp }
}
const composerBox = () => screen.queryByLabelText(msg('composer.label'), { selector: 'textarea' })

describe('a private conversation', () => {
  it('is shown as private: who can read it, the room it came from, no invites or room tools', async () => {
    conversation({ moderator: true })
    expect(await screen.findByRole('heading', { level: 1, name: msg('private.title') })).toBeTruthy()
    expect(await screen.findByText(msg('private.withName', { name: 'River' }))).toBeTruthy()
    expect(await screen.findByText(msg('private.from', { room: 'Quiet harbour' }))).toBeTruthy()
    // its moderator is already here: no "on duty now" to mislead
    expect(screen.queryByRole('heading', { name: msg('panel.onDuty') })).toBeNull()
    // the moderator who owns it gets no console, and there is nothing to invite anyone to
    expect(screen.queryByRole('button', { name: msg('room.moderate') })).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: msg('private.options') }))
    const items = screen.getAllByRole('menuitem').map((i) => i.textContent)
    expect(items).not.toContain(msg('room.invite'))
    expect(items).not.toContain(msg('support.ask'))
    expect(items).toContain(msg('rooms.leave'))
  })

  it('the distress check offers help there as in a room', async () => {
    const { onHelp } = conversation()
    await screen.findByText(msg('private.withName', { name: 'River' }))
    await waitFor(() => expect(composerBox()).not.toBeNull())
    fireEvent.change(composerBox()!, { target: { value: 'I want to kill myself tonight' } })
    const card = await screen.findByRole('region', { name: msg('helpCard.title') })
    fireEvent.click(within(card).getByRole('button', { name: msg('helpCard.open') }))
    expect(onHelp).toHaveBeenCalledOnce()
  })

  it('its crisis resources are the conversation’s own', async () => {
    const c = fakeRoom()
    withConversation(c)
    c.handlers.getHelp = () => ({
      room: [{ name: 'Harbour listening line', phone: '0800 123', match: 'everywhere' }],
      directory: [],
      region: 'GB',
      emergency: null,
      note: ''
    })
    renderWith(<HelpPanel roomId={CONV} onClose={() => {}} />, c)
    expect(await screen.findByText('Harbour listening line')).toBeTruthy()
    expect(c.callsOf('getHelp')).toEqual([{ roomId: CONV, region: 'GB' }])
  })

  it('either side ends it after confirming; then it says so and the composer is gone', async () => {
    const { c } = conversation()
    await waitFor(() => expect(composerBox()).not.toBeNull())
    fireEvent.click(await screen.findByRole('button', { name: msg('private.end') }))
    const d = await screen.findByRole('dialog', { name: msg('private.endTitle') })
    // cancelling ends nothing
    fireEvent.click(within(d).getByRole('button', { name: msg('common.cancel') }))
    expect(c.callsOf('endConversation')).toEqual([])
    fireEvent.click(screen.getByRole('button', { name: msg('private.end') }))
    const again = await screen.findByRole('dialog', { name: msg('private.endTitle') })
    fireEvent.click(within(again).getByRole('button', { name: msg('private.end') }))
    await waitFor(() => expect(c.callsOf('endConversation')).toEqual([{ roomId: CONV }]))
    expect(await screen.findByRole('heading', { name: msg('private.endedTitle') })).toBeTruthy()
    expect(composerBox()).toBeNull()
  })

  it('ended by the other person: it says so, the composer goes, and the room list learns it', async () => {
    const { c, state } = conversation()
    await waitFor(() => expect(composerBox()).not.toBeNull())
    const listed = c.callsOf('listRooms').length
    state.ended = true
    c.emit('room.changed', { roomId: CONV, messageCount: 0, unread: 0 })
    expect(await screen.findByRole('heading', { name: msg('private.endedTitle') })).toBeTruthy()
    expect(composerBox()).toBeNull()
    await waitFor(() => expect(c.callsOf('listRooms').length).toBeGreaterThan(listed))
  })

  it('an ended one has no composer and leads back to its room', async () => {
    const { go } = conversation({ ended: true })
    expect(await screen.findByRole('heading', { name: msg('private.endedTitle') })).toBeTruthy()
    expect(composerBox()).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: msg('private.backToRoom', { room: 'Quiet harbour' }) }))
    expect(go).toHaveBeenCalledWith({ name: 'room', roomId: ROOM })
  })
})

describe('the room rail', () => {
  it('groups private conversations apart, each with the room it came from', async () => {
    const c = fakeRoom()
    withConversation(c, { ended: true, present: true })
    renderWith(<RoomRail current={ROOM} go={() => {}} />, c)
    const heading = await screen.findByRole('heading', { name: msg('private.railTitle') })
    const group = heading.nextElementSibling as HTMLElement
    expect(within(group).getByText(msg('private.title'))).toBeTruthy()
    expect(within(group).getByText(msg('private.from', { room: 'Quiet harbour' }))).toBeTruthy()
    expect(within(group).getByText(msg('rooms.ended'))).toBeTruthy()
    expect(within(group).queryByText('Quiet harbour')).toBeNull()
  })

  it('shows no private group when there are none', async () => {
    const c = fakeRoom()
    renderWith(<RoomRail current={ROOM} go={() => {}} />, c)
    expect(await screen.findByText('Quiet harbour')).toBeTruthy()
    expect(screen.queryByRole('heading', { name: msg('private.railTitle') })).toBeNull()
  })
})

describe('a moderator opens a private conversation', () => {
  const members = [
    { memberId: 'a'.repeat(64), displayName: 'Me', posts: 1, blocked: false, muted: false, approved: true },
    { memberId: OTHER, displayName: 'River', posts: 2, blocked: false, muted: false, approved: true }
  ]
  function moderator() {
    const c = fakeRoom({ count: 2, moderator: true, members })
    c.handlers.openPrivateConversation = () => ({ roomId: CONV })
    c.handlers.hideMessage = () => ({ ok: true })
    c.handlers.getRoomSettings = () => ({ joinMode: 'open', slowModeSeconds: 0 })
    const go = vi.fn()
    renderWith(<RoomScreen roomId={ROOM} go={go} onHelp={() => {}} />, c)
    return { c, go }
  }

  it('from the member panel', async () => {
    const { c, go } = moderator()
    fireEvent.click(await screen.findByRole('button', { name: msg('private.talkWith', { name: 'River' }) }))
    await waitFor(() => expect(c.callsOf('openPrivateConversation')).toEqual([{ roomId: ROOM, memberId: OTHER }]))
    await waitFor(() => expect(go).toHaveBeenCalledWith({ name: 'room', roomId: CONV }))
    // never with yourself
    expect(screen.queryByRole('button', { name: msg('private.talkWith', { name: 'Me' }) })).toBeNull()
  })

  it('right after hiding a post, when asked to', async () => {
    const { c, go } = moderator()
    await screen.findByText('message 0', { selector: 'bdi' })
    const post = document.querySelector(`[data-message-id="${OTHER}-0"]`) as HTMLElement
    fireEvent.click(within(post).getByRole('button', { name: msg('message.actionsFor', { name: 'River' }) }))
    fireEvent.click(await screen.findByRole('menuitem', { name: msg('message.hide') }))
    const d = await screen.findByRole('dialog', { name: msg('mod.hideMessage') })
    fireEvent.change(within(d).getByLabelText(msg('mod.reason')), { target: { value: 'methods detail' } })
    fireEvent.click(within(d).getByRole('checkbox', { name: msg('private.afterHide') }))
    fireEvent.click(within(d).getByRole('button', { name: msg('message.hide') }))
    await waitFor(() => expect(c.callsOf('hideMessage')).toEqual([{ roomId: ROOM, messageId: `${OTHER}-0`, reason: 'methods detail' }]))
    await waitFor(() => expect(c.callsOf('openPrivateConversation')).toEqual([{ roomId: ROOM, memberId: OTHER }]))
    await waitFor(() => expect(go).toHaveBeenCalledWith({ name: 'room', roomId: CONV }))
  })
})
