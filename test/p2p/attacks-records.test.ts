import { describe, it, expect, afterAll, beforeAll } from 'vitest'
import { Net, until, converged, texts, type Peer } from '../helpers/peers.ts'
import { rawAppend, refusedEverywhere } from '../helpers/attack.ts'
import { signRecord } from '../../src/p2p/records/signing.ts'
import { signingKeyPair } from '../../src/p2p/api/summary.ts'
import { newSigningKeyPair, toHex } from '../../src/p2p/crypto.ts'

/**
 * Records a modified client appends straight to its own log, past every API check. Each must be
 * refused by apply on every peer (refusedEverywhere: each peer skips it and its view does not
 * change); beside each attack, the same path with a permitted record takes effect, so the refusal
 * is the rule at work and not a malformed record.
 */
describe('attacks appended as raw records are refused by every peer', () => {
  let net: Net
  let owner: Peer, member: Peer, troll: Peer
  let all: Peer[]
  let roomId: string
  let postId: string

  beforeAll(async () => {
    net = await Net.create()
    ;[owner, member, troll] = await Promise.all([net.peer('owner'), net.peer('member'), net.peer('troll')])
    all = [owner, member, troll]
    const created = await owner.call('createRoom', { name: 'Raw records', displayName: 'Host' })
    roomId = created.roomId
    await member.call('joinRoom', { invite: created.invite, displayName: 'Member' })
    await troll.call('joinRoom', { invite: (await owner.call('createInvite', { roomId })).invite, displayName: 'Troll' })
    postId = (await member.call('postMessage', { roomId, text: 'my own words' })).messageId
    await converged(all, roomId, 1)
  })
  afterAll(() => net.close())

  it("a record claiming the owner's key with a bad signature", async () => {
    const roomKey = owner.node.room(roomId).key
    const ownerKey = signingKeyPair(owner.node, roomId)!
    const stranger = newSigningKeyPair()
    // signed by a stranger, then relabelled as the owner's
    const relabelled = { ...signRecord(roomKey, stranger, { type: 'hide', target: postId, reason: 'forged', time: 1 }), by: toHex(ownerKey.publicKey) }
    // signed by the owner, then one field changed
    const tampered = { ...signRecord(roomKey, ownerKey, { type: 'hide', target: postId, reason: 'spam', time: 1 }), reason: 'tampered' }
    await refusedEverywhere(all, roomId, 2, () => rawAppend(troll, roomId, relabelled, tampered))
    for (const p of all) expect((await p.call('getMessage', { roomId, messageId: postId })).message.hidden, p.name).toBe(false)

    // the same record, genuinely signed, takes effect through the same path (then is undone)
    await rawAppend(troll, roomId, signRecord(roomKey, ownerKey, { type: 'hide', target: postId, reason: 'genuine', time: 1 }))
    for (const p of all)
      await until(`${p.name} to apply the genuine hide`, async () => (await p.call('getMessage', { roomId, messageId: postId })).message.hidden)
    await owner.call('unhideMessage', { roomId, messageId: postId })
    for (const p of all) await until(`${p.name} to apply the unhide`, async () => !(await p.call('getMessage', { roomId, messageId: postId })).message.hidden)
  })

  it("editing or deleting another member's post", async () => {
    await refusedEverywhere(all, roomId, 2, () =>
      rawAppend(
        troll,
        roomId,
        { type: 'edit', target: postId, text: 'words put in their mouth', time: Date.now() },
        { type: 'delete', target: postId, time: Date.now() }
      )
    )
    for (const p of all)
      expect((await p.call('getMessage', { roomId, messageId: postId })).message, p.name).toMatchObject({ text: 'my own words', deleted: false })

    // the author's own edit, sent the same way, is accepted everywhere
    await rawAppend(member, roomId, { type: 'edit', target: postId, text: 'my own words, edited', time: Date.now() })
    for (const p of all) await until(`${p.name} to apply the author's edit`, async () => (await texts(p, roomId)).includes('my own words, edited'))
  })

  it('posting faster than slow mode allows, or with a claimed time that goes back', async () => {
    await owner.call('setRoomSettings', { roomId, slowModeSeconds: 60 })
    for (const p of all) await until(`${p.name} to see slow mode`, async () => (await p.call('getRoomSettings', { roomId })).slowModeSeconds === 60)
    // claimed times in the past: later posts (by the API, at the real time) must not be behind them
    const t = Date.now() - 120_000
    await rawAppend(troll, roomId, { type: 'post', text: 'first in a while', time: t })
    for (const p of all) await until(`${p.name} to accept the first post`, async () => (await texts(p, roomId)).includes('first in a while'))
    const count = (await owner.call('getRoom', { roomId })).messageCount
    await refusedEverywhere(all, roomId, 2, () =>
      rawAppend(troll, roomId, { type: 'post', text: 'one second later', time: t + 1000 }, { type: 'post', text: 'claims to be older', time: t - 3_600_000 })
    )
    expect((await member.call('getRoom', { roomId })).messageCount).toBe(count)

    // 60 claimed seconds later the same path posts again
    await owner.call('setRoomSettings', { roomId, slowModeSeconds: 0 })
    await rawAppend(troll, roomId, { type: 'post', text: 'a minute later', time: t + 60_000 })
    await converged(all, roomId, count + 1)
  })

  it("a blocked member's records, whatever they are", async () => {
    const trollId = (await troll.call('whoami', { roomId })).memberId
    const { messageId: earlier } = await troll.call('postMessage', { roomId, text: 'troll before the block' })
    // a block linearized before the post would refuse the post itself: let it land first
    await until('the owner to have the post', async () => (await texts(owner, roomId)).includes('troll before the block'))
    await owner.call('blockMember', { roomId, memberId: trollId, reason: 'harassment' })
    for (const p of all)
      await until(`${p.name} to apply the block`, async () => (await p.call('listMembers', { roomId })).members.find((m) => m.memberId === trollId)?.blocked)
    // blocked means removed: the troll is no longer a writer and its log no longer travels, so
    // what its client still appends (optimistically) reaches no other peer's apply
    expect(troll.node.room(roomId).writable).toBe(false)
    await rawAppend(
      troll,
      roomId,
      { type: 'post', text: 'am I still here?', time: Date.now() },
      { type: 'edit', target: earlier, text: 'rewritten after the block', time: Date.now() },
      { type: 'profile', name: 'Host', time: Date.now() }
    )
    // a later record from the owner reaches everyone, the troll included: the troll's records
    // had the same chance to spread, and the assertions below hold on every peer
    await owner.call('postMessage', { roomId, text: 'after the blocked records' })
    // 30 s, inside the test's 60: on a failure the wait, not the test timeout, reports what each peer saw
    await converged(all, roomId, (await owner.call('getRoom', { roomId })).messageCount, 30_000)
    for (const p of all) {
      expect(await texts(p, roomId), p.name).not.toContain('am I still here?')
      expect((await p.call('getMessage', { roomId, messageId: earlier })).message, p.name).toMatchObject({
        hidden: true,
        text: null,
        hiddenReason: 'member blocked'
      })
      expect((await p.call('listMembers', { roomId })).members.find((m) => m.memberId === trollId)?.displayName, p.name).toBe('Troll')
    }
  })
})
