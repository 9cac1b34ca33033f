// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { DirectoryScreen } from '../../src/renderer/src/directory/DirectoryScreen.tsx'
import { RoomsScreen } from '../../src/renderer/src/screens/RoomsScreen.tsx'
import { ModConsole } from '../../src/renderer/src/moderator/ModConsole.tsx'
import type { Result } from '../../src/shared/api/index.ts'
import { ErrorCode, HearthError } from '../../src/shared/api/index.ts'
import { msg } from './helpers/msg.ts'
import { FakeClient, MOD_KEY, ROOM, fakeRoom } from './helpers/fakeClient.ts'
import { renderWith } from './helpers/render.tsx'

afterEach(() => {
  cleanup()
  localStorage.clear()
})

const LISTING = '1'.repeat(64)
const KNOCK = 'a'.repeat(32)
type Mine = Result<'listMyJoinRequests'>['requests'][number]
const mine = (patch: Partial<Mine> = {}): Mine => ({
  requestId: KNOCK,
  listingId: LISTING,
  name: 'Night owls',
  time: Date.UTC(2026, 10, 30, 23),
  state: 'pending',
  roomId: null,
  ...patch
})

function stranger() {
  const c = new FakeClient()
  const state = { requests: [] as Mine[] }
  c.handlers.listRooms = () => ({ rooms: [] })
  c.handlers.listMyJoinRequests = () => ({ requests: state.requests })
  c.handlers.searchDirectory = () => ({
    rooms: [
      {
        listingId: LISTING,
        name: 'Night owls',
        description: 'For sleepless nights',
        topics: ['sleep'],
        languages: ['en'],
        timeZones: [],
        onDuty: true,
        members: '1-9',
        requireKnock: true,
        owner: MOD_KEY,
        updatedAt: 0
      }
    ]
  })
  c.handlers.requestToJoin = () => {
    state.requests = [mine()]
    return { requestId: KNOCK }
  }
  return { c, state }
}

describe('knocking on a listed room', () => {
  it('asks with a name and a note, then shows the request waiting', async () => {
    const { c } = stranger()
    renderWith(<DirectoryScreen go={() => {}} />, c)
    fireEvent.click(await screen.findByRole('button', { name: msg('knock.askNamed', { name: 'Night owls' }) }))
    const d = await screen.findByRole('dialog', { name: msg('knock.title', { name: 'Night owls' }) })
    expect(d.textContent).toContain(msg('knock.body'))
    fireEvent.change(within(d).getByLabelText(msg('knock.name')), { target: { value: ' Sam ' } })
    fireEvent.change(within(d).getByLabelText(msg('knock.note')), { target: { value: 'I cannot sleep again' } })
    fireEvent.click(within(d).getByRole('button', { name: msg('knock.submit') }))
    await waitFor(() => expect(c.callsOf('requestToJoin')).toEqual([{ listingId: LISTING, displayName: 'Sam', note: 'I cannot sleep again' }]))
    expect(await within(d).findByText(msg('knock.sent'))).toBeTruthy()
    fireEvent.click(
      within(d)
        .getAllByRole('button', { name: msg('common.close') })
        .at(-1)!
    )
    // the card no longer offers to knock, and the request waits
    expect(await screen.findByText(msg('knock.asked'))).toBeTruthy()
    expect(screen.queryByRole('button', { name: msg('knock.askNamed', { name: 'Night owls' }) })).toBeNull()
    const section = screen.getByRole('region', { name: msg('knock.mine') })
    expect(within(section).getByText(msg('knock.state.pending'))).toBeTruthy()
  })

  it('an approval leads into the room once it is here; a decline is said kindly', async () => {
    const { c, state } = stranger()
    state.requests = [mine({ state: 'approved' })]
    const go = vi.fn()
    renderWith(<RoomsScreen go={go} />, c)
    expect(await screen.findByText(msg('knock.arriving'))).toBeTruthy()
    // the engine says rooms changed when the room arrives
    state.requests = [mine({ state: 'approved', roomId: ROOM })]
    c.emit('rooms.changed', {})
    fireEvent.click(await screen.findByRole('button', { name: msg('knock.openRoom', { name: 'Night owls' }) }))
    expect(go).toHaveBeenCalledWith({ name: 'room', roomId: ROOM })
    state.requests = [mine({ state: 'declined' })]
    c.emit('rooms.changed', {})
    expect(await screen.findByText(msg('knock.state.declined'))).toBeTruthy()
    expect(screen.getByText(msg('knock.declined'))).toBeTruthy()
  })

  it('words a refusal (too many knocks) from the catalog', async () => {
    const { c } = stranger()
    c.handlers.requestToJoin = () => {
      throw new HearthError(ErrorCode.RateLimited, 'engine English', { reason: 'knock_rate_limited', retryMinutes: 10 })
    }
    renderWith(<DirectoryScreen go={() => {}} />, c)
    fireEvent.click(await screen.findByRole('button', { name: msg('knock.askNamed', { name: 'Night owls' }) }))
    const d = await screen.findByRole('dialog')
    fireEvent.click(within(d).getByRole('button', { name: msg('knock.submit') }))
    expect((await within(d).findByRole('alert')).textContent).toBe(msg('error.knock_rate_limited', { retryMinutes: 10 }))
  })
})

describe('the moderators’ join requests', () => {
  function moderator() {
    const c = fakeRoom({ moderator: true })
    c.handlers.listJoinRequests = () => ({
      requests: [
        { requestId: KNOCK, note: 'I cannot sleep again', displayName: 'Sam', time: 0, state: 'pending', answeredBy: null },
        { requestId: 'b'.repeat(32), note: null, displayName: null, time: 1, state: 'pending', answeredBy: null },
        { requestId: 'c'.repeat(32), note: null, displayName: 'Kit', time: 2, state: 'declined', answeredBy: MOD_KEY }
      ],
      unreadable: 0
    })
    c.handlers.answerJoinRequest = () => ({ ok: true })
    renderWith(<ModConsole roomId={ROOM} tab="knocks" go={() => {}} />, c)
    return c
  }

  it('lets one in and declines another', async () => {
    const c = moderator()
    expect(await screen.findByText('I cannot sleep again')).toBeTruthy()
    expect(screen.getByText(msg('knocks.declined'))).toBeTruthy()
    expect(screen.queryByRole('button', { name: msg('knocks.approve', { name: 'Kit' }) })).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: msg('knocks.approve', { name: 'Sam' }) }))
    await waitFor(() => expect(c.callsOf('answerJoinRequest')).toEqual([{ roomId: ROOM, requestId: KNOCK, approve: true }]))
    fireEvent.click(screen.getByRole('button', { name: msg('knocks.decline', { name: msg('knocks.someone') }) }))
    await waitFor(() => expect(c.callsOf('answerJoinRequest')[1]).toEqual({ roomId: ROOM, requestId: 'b'.repeat(32), approve: false }))
  })

  it('says when another moderator answered first', async () => {
    const c = moderator()
    c.handlers.answerJoinRequest = () => {
      throw new HearthError(ErrorCode.Conflict, 'engine English', { reason: 'join_request_answered' })
    }
    fireEvent.click(await screen.findByRole('button', { name: msg('knocks.approve', { name: 'Sam' }) }))
    expect((await screen.findByRole('alert')).textContent).toBe(msg('error.join_request_answered'))
  })
})
