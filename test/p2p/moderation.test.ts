import { describe, it, expect, afterAll, beforeAll } from 'vitest'
import { Net, until, converged, texts, type Peer } from '../helpers/peers.ts'
import { signRecord } from '../../src/p2p/records/signing.ts'
import { signingKeyPair } from '../../src/p2p/api/summary.ts'
import { newSigningKeyPair, toHex } from '../../src/p2p/crypto.ts'
import { rawAppend, refusedEverywhere } from '../helpers/attack.ts'

describe('moderation that every peer enforces', () => {
  let net: Net
  let owner: Peer, member: Peer, troll: Peer
  let roomId: string
  let trollId: string

  beforeAll(async () => {
    net = await Net.create()
    ;[owner, member, troll] = await Promise.all([net.peer('owner'), net.peer('member'), net.peer('troll')])
    const created = await owner.call('createRoom', { name: 'Safe space', displayName: 'Host' })
    roomId = created.roomId
    await member.call('joinRoom', { invite: created.invite, displayName: 'Member' })
    await troll.call('joinRoom', { invite: (await owner.call('createInvite', { roomId })).invite, displayName: 'Troll' })
    trollId = (await troll.call('whoami', { roomId })).memberId
  })
  afterAll(() => net.close())

  it('a block made while partitioned holds on every peer after healing', async () => {
    await troll.call('postMessage', { roomId, text: 'troll before' })
    await converged([owner, member, troll], roomId, 1)
    await owner.node.goOffline()
    await owner.call('blockMember', { roomId, memberId: trollId, reason: 'harassment' })
    // on the other side of the partition the troll keeps posting, and the member sees it for now
    await troll.call('postMessage', { roomId, text: 'troll during partition' })
    await until('member to see the partition post', async () => (await texts(member, roomId)).includes('troll during partition'))
    owner.node.goOnline()
    await until(
      'the block to reach the member',
      async () => (await member.call('listMembers', { roomId })).members.find((m) => m.memberId === trollId)?.blocked
    )
    for (const p of [owner, member, troll]) {
      await until(`${p.name} to hide all troll posts`, async () => {
        const { messages } = await p.call('getMessages', { roomId })
        const fromTroll = messages.filter((m) => m.author === trollId)
        return fromTroll.length > 0 && fromTroll.every((m) => m.hidden && m.text === null && m.hiddenReason === 'member blocked')
      })
    }
    // every peer stops fetching the troll's log: its block list follows the view's writes to it
    const trollKey = Buffer.from(trollId, 'hex')
    for (const p of [owner, member]) await until(`${p.name} to stop fetching the troll's log`, () => p.node.room(roomId).isBlockedCore(trollKey))
    // new posts are refused: by the API with a reason, and by apply if a client bypasses it
    await expect(troll.call('postMessage', { roomId, text: 'after block' })).rejects.toThrow(/blocked/)
    // blocked means removed: the troll is no longer a writer, and even an optimistic block (what a
    // modified client can still append) is refused by every peer
    expect(troll.node.room(roomId).writable).toBe(false)
    await rawAppend(troll, roomId, { type: 'post', text: 'bypassing the API', time: Date.now() })
    await owner.call('postMessage', { roomId, text: 'after the bypass' })
    const count = (await owner.call('getRoom', { roomId })).messageCount
    await converged([owner, member, troll], roomId, count)
    for (const p of [owner, member, troll]) expect(await texts(p, roomId)).not.toContain('bypassing the API')
    const log = (await member.call('getModerationLog', { roomId })).entries
    expect(log.at(-1)).toMatchObject({ action: 'block', target: trollId, reason: 'harassment' })

    // unblock restores the earlier posts for everyone
    await owner.call('unblockMember', { roomId, memberId: trollId })
    await until('member to see troll posts again', async () => (await texts(member, roomId)).includes('troll before'))
    await until('the troll to be a writer again', () => troll.node.room(roomId).writable)
    for (const p of [owner, member]) await until(`${p.name} to fetch the troll's log again`, () => !p.node.room(roomId).isBlockedCore(trollKey))
  })

  it('rejects forged, replayed, cross-room and removed-moderator records', async () => {
    const { messageId } = await member.call('postMessage', { roomId, text: 'a post to fight over' })
    await until('owner sees it', async () => (await texts(owner, roomId)).includes('a post to fight over'))
    const ownerKey = signingKeyPair(owner.node, roomId)!
    const count = () => owner.call('getRoom', { roomId }).then((r) => r.skipped)

    // forged: signed by a key that was never a moderator (a bad signature claiming the owner's
    // key is in attacks-records.test.ts)
    const forged = signRecord(owner.node.room(roomId).key, newSigningKeyPair(), { type: 'hide', target: messageId, reason: 'forged', time: 1 })
    // cross-room: signed by this room's owner key, but for another room
    const other = await owner.call('createRoom', { name: 'Elsewhere' })
    const crossRoom = signRecord(owner.node.room(other.roomId).key, ownerKey, { type: 'hide', target: messageId, reason: 'cross', time: 1 })
    await refusedEverywhere([owner, member, troll], roomId, 2, async () => {
      await rawAppend(troll, roomId, forged)
      await rawAppend(troll, roomId, crossRoom)
    })
    for (const p of [owner, member, troll]) expect((await p.call('getMessage', { roomId, messageId })).message.hidden, p.name).toBe(false)

    // replayed: a real hide, undone, then the same signed record appended again
    const hide = signRecord(owner.node.room(roomId).key, ownerKey, { type: 'hide', target: messageId, reason: 'real', time: 2 })
    await rawAppend(owner, roomId, hide)
    await owner.call('unhideMessage', { roomId, messageId })
    await until('unhide to reach troll', async () => {
      const log = (await troll.call('getModerationLog', { roomId })).entries
      return log.at(-1)?.action === 'unhide'
    })
    const skipped1 = await count()
    await rawAppend(troll, roomId, hide)
    await until('the replay to be skipped', async () => (await count()) > skipped1)
    expect((await owner.call('getMessage', { roomId, messageId })).message.hidden).toBe(false)

    // removed moderator: the member becomes a moderator, is removed, and later signs a block
    const { moderatorKey } = await member.call('createModeratorKey', { roomId })
    await owner.call('addModerator', { roomId, moderatorKey })
    await until('member to be a moderator', async () => (await member.call('listRooms', {})).rooms[0].isModerator)
    await member.call('hideMessage', { roomId, messageId, reason: 'as a moderator' })
    await until('hide to reach owner', async () => (await owner.call('getMessage', { roomId, messageId })).message.hidden)
    await owner.call('removeModerator', { roomId, moderatorKey })
    await until('removal to reach member', async () => !(await member.call('listRooms', {})).rooms[0].isModerator)
    await expect(member.call('unhideMessage', { roomId, messageId })).rejects.toThrow(/no longer/)
    const modKey = signingKeyPair(member.node, roomId)!
    const skipped2 = await count()
    await rawAppend(member, roomId, signRecord(owner.node.room(roomId).key, modKey, { type: 'unhide', target: messageId, time: 3 }))
    await until("the removed moderator's record to be skipped", async () => (await count()) > skipped2)
    expect((await owner.call('getMessage', { roomId, messageId })).message.hidden).toBe(true)
    expect(toHex(modKey.publicKey)).toBe(moderatorKey)
    const mods = await troll.call('listModerators', { roomId })
    expect(mods.moderators).toEqual([])
  })
})
