import { describe, it, expect, afterAll, beforeAll } from 'vitest'
import { Net, converged, texts, until } from '../helpers/peers.ts'

describe('leaving a room', () => {
  let net: Net
  beforeAll(async () => {
    net = await Net.create()
  })
  afterAll(() => net.close())

  it('leave + erase forgets the room and its key; the invite still brings you back', async () => {
    const [a, b] = await Promise.all([net.peer('a'), net.peer('b')])
    const { roomId, invite } = await a.call('createRoom', { name: 'Passing through' })
    await b.call('joinRoom', { invite })
    await b.call('postMessage', { roomId, text: 'my words' })
    await converged([a, b], roomId, 1)
    const local = b.node.room(roomId).base.local.key

    await b.call('leaveRoom', { roomId, erase: true })
    expect((await b.call('listRooms', {})).rooms).toEqual([])
    await expect(b.call('getMessages', { roomId })).rejects.toThrow(/No room/)
    const core = b.node.store.get({ key: local })
    await core.ready()
    expect(await core.getUserData('autobase/blind-encryption')).toBeNull()
    expect(await core.getUserData('autobase/encryption')).toBeNull()
    await core.close()

    // what b wrote stays in the room for the others (it was shared), and b can come back
    expect(await texts(a, roomId)).toEqual(['my words'])
    const again = await b.call('joinRoom', { invite, displayName: 'Back' })
    expect(again).toEqual({ roomId, state: 'ready' })
    await b.call('postMessage', { roomId, text: 'back again' })
    await converged([a, b], roomId, 2)
  })

  it('leave without erase keeps the data for a later return', async () => {
    const [a, b] = await Promise.all([net.peer('a2'), net.peer('b2')])
    const { roomId, invite } = await a.call('createRoom', { name: 'Visiting' })
    await b.call('joinRoom', { invite })
    await a.call('postMessage', { roomId, text: 'said before you left' })
    await until('b to read it', async () => (await texts(b, roomId)).includes('said before you left'))
    await b.call('postMessage', { roomId, text: 'my words stay' })
    await converged([a, b], roomId, 2)
    const local = b.node.room(roomId).base.local.key

    await b.call('leaveRoom', { roomId })
    expect((await b.call('listRooms', {})).rooms.map((r) => r.roomId)).not.toContain(roomId)
    await expect(b.call('getMessages', { roomId })).rejects.toThrow(/No room/)
    // unlike an erase, this device still holds the room key (sealed) beside the stored data
    const core = b.node.store.get({ key: local })
    await core.ready()
    expect(await core.getUserData('autobase/blind-encryption'), 'the sealed room key').not.toBeNull()
    expect(core.length).toBeGreaterThan(0)
    await core.close()

    // a later return needs nobody: with every other peer away, the history is read from this disk
    await b.node.goOffline()
    expect(await b.call('joinRoom', { invite, displayName: 'Back' })).toEqual({ roomId, state: 'ready' })
    expect(await texts(b, roomId)).toEqual(['said before you left', 'my words stay'])
    b.node.goOnline()
  })
})
