// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, fireEvent, screen, within } from '@testing-library/react'
import type { RoomSummary } from '../../src/shared/api/index.ts'
import { RoomScreen } from '../../src/renderer/src/screens/RoomScreen.tsx'
import { RoomsScreen } from '../../src/renderer/src/screens/RoomsScreen.tsx'
import { msg } from './helpers/msg.ts'
import { OTHER, ROOM, fakeRoom, message } from './helpers/fakeClient.ts'
import { CONV, withConversation } from './helpers/supportFake.ts'
import { renderWith } from './helpers/render.tsx'

afterEach(() => {
  cleanup()
  localStorage.clear()
})
const noop = () => {}

/** A device holding ROOM (with `roomPosts` posts) and the private conversation CONV beside it, with `conversationPosts` posts of its own. */
function device(opts: { roomPosts?: number; conversationPosts?: number } = {}) {
  const c = fakeRoom({ count: opts.roomPosts ?? 0 })
  withConversation(c)
  const roomMessages = c.handlers.getMessages
  const posts = Array.from({ length: opts.conversationPosts ?? 0 }, (_, i) => message(OTHER, i, { text: `between us ${i}` }))
  c.handlers.getMessages = (p) => (p.roomId === CONV ? { messages: posts, hasMore: false } : roomMessages(p))
  return c
}
const open = (roomId: string, c = device()) => renderWith(<RoomScreen roomId={roomId} go={noop} onHelp={noop} />, c)
const panelHeading = () => screen.getByRole('complementary').querySelector('h2')?.textContent
const menuItems = () => {
  const button = screen.getByRole('button', { name: /options/i })
  fireEvent.click(button)
  return screen.getAllByRole('menuitem').map((i) => i.textContent)
}
const ROOM_WORDS = [msg('room.beginning'), msg('room.empty'), msg('room.emptyNext'), msg('panel.title')]

describe('a private conversation speaks of itself, not of a room', () => {
  it('empty: its own beginning with the other person named, and no room words', async () => {
    open(CONV)
    expect(await screen.findByText(msg('private.beginning', { name: 'River' }))).toBeTruthy()
    expect(screen.getByText(msg('private.emptyNext'))).toBeTruthy()
    expect(panelHeading()).toBe(msg('private.panelTitle'))
    expect(screen.getByRole('heading', { name: msg('private.people', { count: 2 }) })).toBeTruthy()
    for (const words of ROOM_WORDS) expect(screen.queryByText(words), words).toBeNull()
  })

  it('with posts: its own beginning above them', async () => {
    open(CONV, device({ conversationPosts: 2 }))
    await screen.findByText('between us 1', { selector: 'bdi' })
    expect(screen.getByText(msg('private.beginning', { name: 'River' }))).toBeTruthy()
    expect(screen.queryByText(msg('room.beginning'))).toBeNull()
  })

  it('its options, people, name and leave dialogs are the conversation’s', async () => {
    open(CONV)
    await screen.findByText(msg('private.beginning', { name: 'River' }))
    expect(screen.queryByRole('button', { name: msg('room.options') })).toBeNull()
    expect(screen.getByRole('button', { name: msg('private.options') })).toBeTruthy()
    const items = menuItems()
    expect(items).toContain(msg('private.peopleMenu'))
    for (const roomOnly of [msg('room.invite'), msg('room.members'), msg('room.moderationLog')]) expect(items).not.toContain(roomOnly)

    fireEvent.click(screen.getByRole('menuitem', { name: msg('private.peopleMenu') }))
    fireEvent.click(within(await screen.findByRole('dialog', { name: msg('private.panelTitle') })).getByRole('button', { name: msg('common.close') }))

    menuItems()
    fireEvent.click(screen.getByRole('menuitem', { name: msg('room.myName') }))
    const name = await screen.findByRole('dialog', { name: msg('private.myNameTitle') })
    expect(within(name).getByText(msg('private.myNameHint'))).toBeTruthy()
    fireEvent.click(within(name).getByRole('button', { name: msg('common.cancel') }))

    menuItems()
    fireEvent.click(screen.getByRole('menuitem', { name: msg('rooms.leave') }))
    const leave = await screen.findByRole('dialog', { name: msg('private.leaveTitle') })
    expect(within(leave).getByText(msg('private.leaveBody'))).toBeTruthy()
    expect(within(leave).getByRole('checkbox', { name: msg('private.leaveErase') })).toBeTruthy()
    expect(within(leave).getByText(msg('private.leaveEraseHint'))).toBeTruthy()
    expect(within(leave).getByRole('button', { name: msg('private.leaveConfirm') })).toBeTruthy()
  })

  it('still joining: waits for the other person, not for "someone in this room", in the header, the composer and the list', async () => {
    const c = device()
    const listed = c.handlers.listRooms
    const joining = (r: RoomSummary): RoomSummary => (r.roomId === CONV ? { ...r, state: 'joining' } : r)
    c.handlers.listRooms = (p) => ({ rooms: (listed(p) as { rooms: RoomSummary[] }).rooms.map(joining) })
    const summary = c.handlers.getRoom
    c.handlers.getRoom = (p) => joining(summary(p) as RoomSummary)
    open(CONV, c)
    expect(await screen.findByText(msg('private.joining'))).toBeTruthy()
    // said before anyone sends, in the conversation's words
    expect((await screen.findByText(msg('private.notWritable'))).getAttribute('role')).toBe('status')
    expect(screen.queryByText(msg('composer.notWritable'))).toBeNull()
    // a draft sent too soon is kept, not sent, and the reason is not said twice
    const box = screen.getByLabelText(msg('composer.label'), { selector: 'textarea' }) as HTMLTextAreaElement
    fireEvent.change(box, { target: { value: 'are you there?' } })
    fireEvent.click(screen.getByRole('button', { name: msg('composer.send') }))
    expect(box.value).toBe('are you there?')
    expect(screen.getAllByText(msg('private.notWritable'))).toHaveLength(1)
    expect(c.callsOf('postMessage')).toEqual([])
    cleanup()
    renderWith(<RoomsScreen go={noop} />, c)
    expect(await screen.findByText(msg('private.listJoining'))).toBeTruthy()
  })
})

describe('a public room keeps its room words', () => {
  it('empty and with posts: the room’s beginning, people and options', async () => {
    open(ROOM)
    expect(await screen.findByText(msg('room.empty'))).toBeTruthy()
    expect(screen.getByText(msg('room.emptyNext'))).toBeTruthy()
    expect(panelHeading()).toBe(msg('panel.title'))
    expect(screen.queryByText(msg('private.emptyNext'))).toBeNull()
    cleanup()
    open(ROOM, device({ roomPosts: 2 }))
    await screen.findByText('message 1', { selector: 'bdi' })
    expect(screen.getByText(msg('room.beginning'))).toBeTruthy()
    expect(screen.queryByText(msg('private.beginning', { name: 'River' }))).toBeNull()
    const items = menuItems()
    expect(items).toContain(msg('room.invite'))
    expect(items).toContain(msg('room.members'))
    expect(items).not.toContain(msg('private.peopleMenu'))
    fireEvent.click(screen.getByRole('menuitem', { name: msg('rooms.leave') }))
    expect(await screen.findByRole('dialog', { name: msg('leaveRoom.title', { name: 'Quiet harbour' }) })).toBeTruthy()
    expect(screen.getByText(msg('leaveRoom.body'))).toBeTruthy()
  })
})

describe('the room list', () => {
  it('leaving a private conversation from the list is worded as the conversation', async () => {
    renderWith(<RoomsScreen go={noop} />, device())
    fireEvent.click(await screen.findByRole('button', { name: msg('rooms.leaveNamed', { name: msg('rooms.private') }) }))
    expect(await screen.findByRole('dialog', { name: msg('private.leaveTitle') })).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: msg('common.cancel') }))
    fireEvent.click(screen.getByRole('button', { name: msg('rooms.leaveNamed', { name: 'Quiet harbour' }) }))
    expect(await screen.findByRole('dialog', { name: msg('leaveRoom.title', { name: 'Quiet harbour' }) })).toBeTruthy()
  })
})
