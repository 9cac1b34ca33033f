// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { RoomScreen } from '../../src/renderer/src/screens/RoomScreen.tsx'
import { ModConsole } from '../../src/renderer/src/moderator/ModConsole.tsx'
import { ErrorCode, HearthError } from '../../src/shared/api/index.ts'
import { msg } from './helpers/msg.ts'
import { MOD_KEY, ROOM, fakeRoom, peerPresence } from './helpers/fakeClient.ts'
import { CONV, request, withConversation } from './helpers/supportFake.ts'
import { renderWith } from './helpers/render.tsx'

afterEach(() => {
  cleanup()
  localStorage.clear()
})

describe('a member asks for someone to talk to', () => {
  function member() {
    const c = fakeRoom({ count: 2 })
    const mine = { requests: [] as ReturnType<typeof request>[] }
    c.handlers.listSupportRequests = () => ({ requests: mine.requests, unreadable: 0 })
    c.handlers.requestSupport = () => {
      // a member reads their own request without its note, as the engine answers
      mine.requests.push(request({ requestId: 'a'.repeat(64) + '-9', requester: 'a'.repeat(64), requesterName: 'Me', note: null }))
      return { requestId: 'a'.repeat(64) + '-9' }
    }
    const go = vi.fn()
    const onHelp = vi.fn()
    renderWith(<RoomScreen roomId={ROOM} go={go} onHelp={onHelp} />, c)
    return { c, mine, go, onHelp }
  }

  it('asks with a note, sees it waiting, then opens the conversation a moderator started', async () => {
    const { c, mine, go } = member()
    fireEvent.click(await screen.findByRole('button', { name: msg('support.ask') }))
    const d = await screen.findByRole('dialog', { name: msg('support.askTitle') })
    // presence says nobody is on duty: the dialog says so, and that the request waits
    expect(d.textContent).toContain(msg('support.noneOnDuty'))
    fireEvent.change(within(d).getByLabelText(msg('support.askNote')), { target: { value: '  rough night, could use a chat  ' } })
    fireEvent.click(within(d).getByRole('button', { name: msg('support.askSubmit') }))
    await waitFor(() => expect(c.callsOf('requestSupport')).toEqual([{ roomId: ROOM, note: 'rough night, could use a chat' }]))
    expect(await within(d).findByText(msg('support.sent'))).toBeTruthy()
    fireEvent.click(
      within(d)
        .getAllByRole('button', { name: msg('common.close') })
        .at(-1)!
    )
    expect(await screen.findByRole('heading', { name: msg('support.waitingTitle') })).toBeTruthy()

    // a moderator accepts: the request names the conversation, which has reached this device
    withConversation(c)
    mine.requests = [{ ...mine.requests[0], acceptedBy: MOD_KEY, conversationRoomId: CONV }]
    c.emit('rooms.changed', {})
    c.emit('room.changed', { roomId: ROOM, messageCount: 2, unread: 0 })
    expect(await screen.findByRole('heading', { name: msg('support.acceptedTitle') })).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: msg('support.open') }))
    expect(go).toHaveBeenCalledWith({ name: 'room', roomId: CONV })
  })

  it('without a note sends none, and counts the moderators on duty', async () => {
    const { c } = member()
    peerPresence(c, { moderatorsOnDuty: 2 })
    fireEvent.click(await screen.findByRole('button', { name: msg('support.ask') }))
    const d = await screen.findByRole('dialog', { name: msg('support.askTitle') })
    await waitFor(() => expect(d.textContent).toContain(msg('support.onDuty', { count: 2 })))
    fireEvent.click(within(d).getByRole('button', { name: msg('support.askSubmit') }))
    await waitFor(() => expect(c.callsOf('requestSupport')).toEqual([{ roomId: ROOM }]))
  })

  it('an accepted request whose conversation has not arrived yet says it is on its way', async () => {
    const { mine, c } = member()
    mine.requests = [request({ requester: 'a'.repeat(64), note: null, acceptedBy: MOD_KEY })]
    c.emit('room.changed', { roomId: ROOM, messageCount: 2, unread: 0 })
    expect(await screen.findByText(msg('support.arriving'))).toBeTruthy()
    expect(screen.queryByRole('button', { name: msg('support.open') })).toBeNull()
    // the first read and the one room.changed asked for are both done: nothing else is pending
    await waitFor(() => expect(c.callsOf('listSupportRequests').length).toBeGreaterThanOrEqual(2))
    // it arrives: the engine says only that the device's rooms changed, and that is enough
    withConversation(c)
    mine.requests = [{ ...mine.requests[0], conversationRoomId: CONV }]
    c.emit('rooms.changed', {})
    expect(await screen.findByRole('button', { name: msg('support.open') })).toBeTruthy()
  })

  it('words a refusal from the catalog, never with the engine’s English', async () => {
    const { c } = member()
    c.handlers.requestSupport = () => {
      throw new HearthError(ErrorCode.NotAllowed, 'engine English', { reason: 'you_are_blocked' })
    }
    fireEvent.click(await screen.findByRole('button', { name: msg('support.ask') }))
    const d = await screen.findByRole('dialog', { name: msg('support.askTitle') })
    fireEvent.click(within(d).getByRole('button', { name: msg('support.askSubmit') }))
    const alert = await within(d).findByRole('alert')
    expect(alert.textContent).toBe(msg('error.you_are_blocked'))
  })
})

describe('the moderators’ support inbox', () => {
  function moderator() {
    const c = fakeRoom({ count: 2, moderator: true })
    const state = {
      requests: [
        request(),
        request({ requestId: `${'e'.repeat(64)}-2`, requester: 'e'.repeat(64), requesterName: 'Sky', note: null, acceptedBy: 'f'.repeat(64) })
      ]
    }
    c.handlers.listSupportRequests = () => ({ requests: state.requests, unreadable: 1 })
    c.handlers.acceptSupportRequest = () => ({ roomId: CONV })
    c.handlers.getRoomSettings = () => ({ joinMode: 'open', slowModeSeconds: 0 })
    return { c, state }
  }

  it('the room shows how many wait, and leads to the inbox', async () => {
    const { c } = moderator()
    const go = vi.fn()
    renderWith(<RoomScreen roomId={ROOM} go={go} onHelp={() => {}} />, c)
    expect(await screen.findByText(msg('support.waitingCount', { count: 1 }))).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: msg('support.openInbox') }))
    expect(go).toHaveBeenCalledWith({ name: 'moderate', roomId: ROOM, tab: 'support' })
  })

  it('lists who waits with their note, accepts one, and opens the conversation', async () => {
    const { c } = moderator()
    const go = vi.fn()
    renderWith(<ModConsole roomId={ROOM} tab="support" go={go} />, c)
    expect(await screen.findByText('I am having a hard night')).toBeTruthy()
    expect(screen.getByText(msg('inbox.noNote'))).toBeTruthy()
    expect(screen.getByText(msg('inbox.acceptedByOther'))).toBeTruthy()
    expect(screen.getByText(msg('inbox.unreadable', { count: 1 }))).toBeTruthy()
    // only the waiting request can be taken
    expect(screen.queryByRole('button', { name: msg('inbox.accept', { name: 'Sky' }) })).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: msg('inbox.accept', { name: 'River' }) }))
    await waitFor(() => expect(c.callsOf('acceptSupportRequest')).toEqual([{ roomId: ROOM, requestId: request().requestId }]))
    await waitFor(() => expect(go).toHaveBeenCalledWith({ name: 'room', roomId: CONV }))
  })

  it('says another moderator took it first, in the catalog’s words', async () => {
    const { c } = moderator()
    c.handlers.acceptSupportRequest = () => {
      throw new HearthError(ErrorCode.Conflict, 'engine English', { reason: 'support_request_taken' })
    }
    const go = vi.fn()
    renderWith(<ModConsole roomId={ROOM} tab="support" go={go} />, c)
    fireEvent.click(await screen.findByRole('button', { name: msg('inbox.accept', { name: 'River' }) }))
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toBe(msg('error.support_request_taken'))
    expect(go).not.toHaveBeenCalled()
  })

  it('says so when nobody waits', async () => {
    const { c, state } = moderator()
    state.requests = []
    renderWith(<ModConsole roomId={ROOM} tab="support" go={() => {}} />, c)
    expect(await screen.findByText(msg('inbox.empty'))).toBeTruthy()
  })
})
