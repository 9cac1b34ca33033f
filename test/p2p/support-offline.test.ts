import { describe, it, expect, afterAll, beforeAll } from 'vitest'
import { Net, until, texts, converged, type Peer } from '../helpers/peers.ts'

/**
 * A member asks for support and closes the app; a moderator accepts meanwhile. When the member's
 * device starts again, the conversation opens by itself, once: left, it does not come back.
 */
describe('a support offer that arrives while the member is away', () => {
  let net: Net
  let mod: Peer, asker: Peer
  let roomId: string

  beforeAll(async () => {
    net = await Net.create()
    ;[mod, asker] = await Promise.all([net.peer('mod'), net.peer('asker')])
    const created = await mod.call('createRoom', { name: 'Night room', displayName: 'Mo' })
    roomId = created.roomId
    await asker.call('joinRoom', { invite: created.invite, displayName: 'Ash' })
    await converged([mod, asker], roomId, 0)
  })
  afterAll(() => net.close())

  it('opens after a restart, and only once', async () => {
    const { requestId } = await asker.call('requestSupport', { roomId })
    await until('the request reaches the moderator', async () => (await mod.call('listSupportRequests', { roomId })).requests.length === 1)
    await net.stop(asker)
    const { roomId: conversation } = await mod.call('acceptSupportRequest', { roomId, requestId })
    await mod.call('postMessage', { roomId: conversation, text: 'I am here whenever you are ready.' })

    const back = await net.peer('asker-again', {}, asker.storage)
    await until('the conversation opens after the restart', async () =>
      (await back.call('listRooms', {})).rooms.find((r) => r.roomId === conversation && r.kind === 'private' && r.writable)
    )
    await until('the moderator’s words reach the member', async () => (await texts(back, conversation)).includes('I am here whenever you are ready.'))
    expect((await back.call('listSupportRequests', { roomId })).requests[0].conversationRoomId).toBe(conversation)

    // leaving it is final on this device: the offer, still in the room, is not acted on again
    await back.call('leaveRoom', { roomId: conversation, erase: true })
    await back.call('postMessage', { roomId, text: 'thank you' })
    await until('the room moves on', async () => (await texts(mod, roomId)).includes('thank you'))
    expect((await back.call('listRooms', {})).rooms.map((r) => r.roomId)).toEqual([roomId])
    await net.stop(back)
    const again = await net.peer('asker-third-start', {}, asker.storage)
    await converged([mod, again], roomId, 1)
    expect((await again.call('listRooms', {})).rooms.map((r) => r.roomId)).toEqual([roomId])
  })
})
