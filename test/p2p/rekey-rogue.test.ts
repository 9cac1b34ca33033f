import { describe, it, expect, afterAll, beforeAll } from 'vitest'
import { Net, until, texts, type Peer } from '../helpers/peers.ts'

/**
 * A rogue moderator who moves the room becomes the new room's creator, its indexer. The owner (and
 * only the owner) can still block that device there, then move the room again without it.
 * After that the rogue reads nothing new, and the members carry on under the same roomId.
 */
describe('a rogue moderator who moved the room', () => {
  let net: Net
  let ann: Peer, mo: Peer, ben: Peer
  let roomId: string

  beforeAll(async () => {
    net = await Net.create()
    ;[ann, mo, ben] = await Promise.all(['ann', 'mo', 'ben'].map((n) => net.peer(n)))
    roomId = (await ann.call('createRoom', { name: 'Circle', displayName: 'Ann' })).roomId
    for (const p of [mo, ben]) await p.call('joinRoom', { invite: (await ann.call('createInvite', { roomId })).invite, displayName: p.name })
    const moKey = (await mo.call('createModeratorKey', { roomId })).moderatorKey
    await ann.call('addModerator', { roomId, moderatorKey: moKey })
    // every member has published the key a move seals to, as every device sees it
    for (const p of [ann, mo, ben]) {
      const me = (await p.call('whoami', { roomId })).memberId
      for (const q of [ann, mo, ben]) await until(`${p.name}'s box key on ${q.name}`, async () => !!(await q.node.room(roomId).queries.member(me))?.box)
    }
    await until('Mo to be a moderator on his own device', async () => (await mo.call('getRoom', { roomId })).isModerator)
  })
  afterAll(() => net.close())

  it('the owner removes, blocks and moves past them; they read nothing after', async () => {
    await mo.call('rekeyRoom', { roomId }).catch((err) => {
      throw new Error('mo: ' + err.message)
    })
    await until('Ann to follow Mo\u2019s move', async () => (await ann.call('getRoom', { roomId })).moves.length === 1, 60_000)
    await until('Ben to follow Mo\u2019s move', async () => (await ben.call('getRoom', { roomId })).moves.length === 1, 60_000)
    await until('Ann to be a writer of the room Mo made', async () => (await ann.call('whoami', { roomId })).writable, 60_000)

    const me = await mo.call('whoami', { roomId })
    await ann.call('removeModerator', { roomId, moderatorKey: me.moderatorKey! })
    // in the room Mo made, his device is its creator: only the owner may block it, not a moderator
    await ann.call('blockMember', { roomId, memberId: me.memberId, reason: 'took over the room' })
    await until('Ben to see Mo blocked', async () => (await ben.call('listMembers', { roomId })).members.some((m) => m.memberId === me.memberId && m.blocked))
    await ann.call('rekeyRoom', { roomId })
    await ann.call('postMessage', { roomId, text: 'after the second move' })

    await until('Ben to read Ann after her move', async () => (await texts(ben, roomId)).includes('after the second move'), 60_000)
    expect((await ben.call('getRoom', { roomId })).moves).toHaveLength(2)
    await until("Mo's device to know it was left out", async () => (await mo.call('listRooms', {})).rooms[0].movedAway === true, 60_000)
    expect(await texts(mo, roomId)).not.toContain('after the second move')
  })
})
