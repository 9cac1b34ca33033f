// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { act, cleanup, render, screen, waitFor } from '@testing-library/react'
import { App } from '../../src/renderer/src/App.tsx'
import { RoomScreen } from '../../src/renderer/src/screens/RoomScreen.tsx'
import { ROOM, fakeRoom } from './helpers/fakeClient.ts'
import { renderWith } from './helpers/render.tsx'
import { msg } from './helpers/msg.ts'

afterEach(() => {
  cleanup()
  localStorage.clear()
  location.hash = ''
})
const settle = () => new Promise((resolve) => setTimeout(resolve, 600)) // past the events' 400 ms gathering

describe('the data layer', () => {
  it('patches the room list from events instead of reloading it; a room added or removed reloads it', async () => {
    const c = fakeRoom({ count: 2 })
    render(<App client={c} initialSettings={{ firstRunDone: true, region: 'GB' }} />)
    await screen.findByRole('button', { name: msg('rooms.open', { name: 'Quiet harbour' }) })
    expect(c.callsOf('listRooms')).toHaveLength(1)
    act(() => c.emit('room.changed', { roomId: ROOM, messageCount: 9, unread: 4 }))
    act(() => c.emit('room.peers', { roomId: ROOM, peers: 3 }))
    expect(await screen.findByLabelText(msg('rooms.unread', { count: 4 }))).toBeTruthy()
    expect(await screen.findByText(msg('rooms.peers', { count: 3 }))).toBeTruthy()
    await settle()
    expect(c.callsOf('listRooms')).toHaveLength(1)
    act(() => c.emit('rooms.changed', {}))
    await waitFor(() => expect(c.callsOf('listRooms')).toHaveLength(2))
  })

  it('loads each thing a room shows once, however many parts show it, and once more per burst of events', async () => {
    const c = fakeRoom({ count: 3, guidelines: { version: 1, text: 'Be kind.', accepted: true } })
    renderWith(<RoomScreen roomId={ROOM} go={() => {}} onHelp={() => {}} />, c)
    await screen.findByText('message 2', { selector: 'bdi' })
    await settle()
    const counts = () => Object.fromEntries(['getRoom', 'whoami', 'listMembers', 'getGuidelines', 'getPresence'].map((m) => [m, c.callsOf(m).length]))
    expect(counts()).toEqual({ getRoom: 1, whoami: 1, listMembers: 1, getGuidelines: 1, getPresence: 1 })
    // a burst of changes re-reads the room's queries once, and never presence (events carry it)
    act(() => {
      for (let i = 0; i < 5; i++) c.emit('room.changed', { roomId: ROOM, messageCount: 3, unread: 0 })
    })
    await settle()
    expect(counts()).toEqual({ getRoom: 2, whoami: 2, listMembers: 2, getGuidelines: 2, getPresence: 1 })
  })
})
