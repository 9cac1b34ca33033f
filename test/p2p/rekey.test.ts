import { describe, it, expect, afterAll, beforeAll } from 'vitest'
import { Net, until, texts, type Peer } from '../helpers/peers.ts'
import { decodeInvite } from '../../src/p2p/invite.ts'

/**
 * Moving a room to fresh keys after a block. Ann owns the room; Ben, Tom and Cy are members; Tom
 * is blocked and the room moves. Ben carries on in the same room; Tom, and anyone holding an
 * invite from before the move, reads nothing posted after it; Cy, offline during the move,
 * catches up when he returns.
 */
describe('moving a room to new keys', () => {
  let net: Net
  let ann: Peer, ben: Peer, tom: Peer, cy: Peer
  let roomId: string
  let oldInvite: string

  beforeAll(async () => {
    net = await Net.create()
    ;[ann, ben, tom, cy] = await Promise.all(['ann', 'ben', 'tom', 'cy'].map((n) => net.peer(n)))
    const created = await ann.call('createRoom', { name: 'Evening circle', displayName: 'Ann' })
    roomId = created.roomId
    for (const p of [ben, tom, cy]) await p.call('joinRoom', { invite: (await ann.call('createInvite', { roomId })).invite, displayName: p.name })
    await ann.call('setGuidelines', { roomId, text: 'Be kind.' })
    for (const p of [ben, tom, cy]) {
      await until(`${p.name} to see the guidelines`, async () => (await p.call('getGuidelines', { roomId })).version === 1)
      await p.call('acceptGuidelines', { roomId, version: 1 })
    }
    await ann.call('postMessage', { roomId, text: 'before the move' })
    for (const p of [ben, tom, cy]) await until(`${p.name} to read the first post`, async () => (await texts(p, roomId)).includes('before the move'))
    // every member has published the key a move seals to
    for (const p of [ann, ben, tom, cy]) {
      const me = (await p.call('whoami', { roomId })).memberId
      await until(`${p.name}'s box key on Ann`, async () => !!(await ann.node.room(roomId).queries.member(me))?.box)
    }
    oldInvite = (await ann.call('createInvite', { roomId })).invite
  })
  afterAll(() => net.close())

  it('after a block and a move, members read new posts under the same roomId; the blocked member does not', async () => {
    const tomId = (await tom.call('whoami', { roomId })).memberId
    await cy.node.goOffline()
    await ann.call('blockMember', { roomId, memberId: tomId, reason: 'harassment' })
    await ann.call('rekeyRoom', { roomId })
    await ann.call('postMessage', { roomId, text: 'after the move' })

    await until('Ben to read the post under the same roomId', async () => (await texts(ben, roomId)).includes('after the move'), 60_000)
    expect(await texts(ben, roomId)).toEqual(['before the move', 'after the move'])
    expect((await ben.call('getRoom', { roomId })).moves).toHaveLength(1)
    // Ben carries on: his acceptance of the guidelines came with him, and Ann reads him
    await until('Ben to be a member of the new room', async () => (await ben.call('whoami', { roomId })).writable)
    await ben.call('postMessage', { roomId, text: 'ben after the move' })
    await until('Ann to read Ben', async () => (await texts(ann, roomId)).includes('ben after the move'))

    // Tom's device learned of the move (it holds the old room's rekey) and was given nothing
    await until("Tom's device to know the room moved without it", async () => (await tom.call('listRooms', {})).rooms[0].movedAway === true)
    expect(await texts(tom, roomId)).not.toContain('after the move')
    expect(await texts(tom, roomId)).not.toContain('ben after the move')
  })

  it('an invite from before the move is refused, and its keys read nothing posted after the move', async () => {
    const eve = await net.peer('eve')
    await expect(eve.call('joinRoom', { invite: oldInvite, displayName: 'Eve' })).rejects.toMatchObject({ data: { reason: 'invite_before_move' } })
    // a modified client opens the old room with the invite's keys and no join at all
    const { roomKey, encryptionKey } = decodeInvite(oldInvite)
    const spy = await eve.node.addRoom(roomKey, encryptionKey)
    await until("the spy to sync the old room up to the move's record", async () => !!(await spy.queries.value('meta/moved')), 60_000)
    const seen = (await spy.queries.page(500)).messages.map((m) => m.text)
    expect(seen).toContain('before the move')
    expect(seen).not.toContain('after the move')
    expect(seen).not.toContain('ben after the move')
  })

  it('a member offline during the move catches up when they return', async () => {
    cy.node.goOnline()
    await until('Cy to read the post from after the move', async () => (await texts(cy, roomId)).includes('after the move'), 60_000)
    expect(await texts(cy, roomId)).toEqual(['before the move', 'after the move', 'ben after the move'])
    await until('Cy to be a member of the new room', async () => (await cy.call('whoami', { roomId })).writable)
    await cy.call('postMessage', { roomId, text: 'cy is back' })
    await until('Ben to read Cy', async () => (await texts(ben, roomId)).includes('cy is back'))
  })
})
