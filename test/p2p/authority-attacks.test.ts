import { describe, it, expect, afterAll, beforeAll, vi } from 'vitest'
import { Net, until, converged, texts, type Peer } from '../helpers/peers.ts'
import { signingKeyPair } from '../../src/p2p/api/summary.ts'
import { sealTo, fromHex } from '../../src/p2p/crypto.ts'

/**
 * Moderation as the people it exists for would attack it: replays of refused records, a rogue
 * moderator against the owner's second device, a malformed report. Records are appended raw, as a
 * modified client would, and the assertion is what every peer ends up with.
 */
describe('moderation authority under attack', () => {
  let net: Net
  let owner: Peer, owner2: Peer, mod1: Peer, mod2: Peer, member: Peer, troll: Peer
  let roomId: string
  let trollId: string
  const all = () => [owner, owner2, mod1, mod2, member, troll]

  /** Appends a record through a peer's own writer, bypassing the API (optimistic if no longer a writer). */
  const raw = (peer: Peer, record: Record<string, unknown>) => {
    const room = peer.node.room(roomId)
    return room.append(record, { optimistic: !room.writable })
  }
  /** The signed records a peer's API calls append, captured as an attacker reading the log would. */
  const capture = (peer: Peer) => {
    const seen: Array<Record<string, unknown>> = []
    const room = peer.node.room(roomId)
    const append = room.append.bind(room)
    vi.spyOn(room, 'append').mockImplementation(async (record, opts) => {
      seen.push(record)
      return append(record, opts)
    })
    return seen
  }
  const blockedEverywhere = async (peers: Peer[], memberId: string, blocked: boolean) => {
    for (const p of peers) {
      await until(`${p.name} to see ${memberId.slice(0, 6)} ${blocked ? 'blocked' : 'unblocked'}`, async () => {
        const m = (await p.call('listMembers', { roomId })).members.find((x) => x.memberId === memberId)
        return m && m.blocked === blocked
      })
    }
  }
  /** A sentinel post every peer must see: after it, anything appended before it has been judged everywhere. */
  const settle = async (text: string) => {
    await owner.call('postMessage', { roomId, text })
    const count = (await owner.call('getRoom', { roomId })).messageCount
    await converged(all(), roomId, count)
  }

  beforeAll(async () => {
    net = await Net.create()
    ;[owner, owner2, mod1, mod2, member, troll] = await Promise.all(['owner', 'owner2', 'mod1', 'mod2', 'member', 'troll'].map((n) => net.peer(n)))
    const created = await owner.call('createRoom', { name: 'Held', displayName: 'Host' })
    roomId = created.roomId
    for (const p of [owner2, mod1, mod2, member, troll]) {
      await p.call('joinRoom', { invite: (await owner.call('createInvite', { roomId })).invite, displayName: p.name })
    }
    for (const p of [mod1, mod2]) await owner.call('addModerator', { roomId, moderatorKey: (await p.call('createModeratorKey', { roomId })).moderatorKey })
    trollId = (await troll.call('whoami', { roomId })).memberId
    await settle('everyone is here')
  })
  afterAll(() => net.close())

  it('two moderators unblock while partitioned, the owner blocks again, and the saved unblocks replayed change nothing', async () => {
    await owner.call('blockMember', { roomId, memberId: trollId, reason: 'harassment' })
    await blockedEverywhere(all(), trollId, true)
    const saved1 = capture(mod1)
    const saved2 = capture(mod2)
    // the partition: each moderator alone, each lifting the same block
    await Promise.all([mod1.node.goOffline(), mod2.node.goOffline()])
    await mod1.call('unblockMember', { roomId, memberId: trollId, reason: 'mod1 thinks it was a mistake' })
    await mod2.call('unblockMember', { roomId, memberId: trollId, reason: 'mod2 thinks so too' })
    mod1.node.goOnline()
    mod2.node.goOnline()
    // one outcome on every peer: one unblock took effect, the other met no block and was refused
    await blockedEverywhere(all(), trollId, false)
    await settle('after the partition')
    const lifts = (await member.call('getModerationLog', { roomId })).entries.filter((e) => e.action === 'unblock')
    expect(lifts).toHaveLength(1)

    await owner.call('blockMember', { roomId, memberId: trollId, reason: 'again' })
    await blockedEverywhere(all(), trollId, true)
    const unblocks = [...saved1, ...saved2].filter((r) => r.type === 'unblock')
    expect(unblocks).toHaveLength(2)
    // any member re-appends both saved unblocks: the refused one and the accepted one
    for (const r of unblocks) await raw(member, r)
    await settle('after the replay')
    await blockedEverywhere(all(), trollId, true)
    expect((await member.call('getModerationLog', { roomId })).entries.filter((e) => e.action === 'unblock')).toHaveLength(1)
    vi.restoreAllMocks()
  })

  it("the owner's second device removes a rogue moderator that blocked it, and unblocks itself", async () => {
    // the owner key, exported and imported on a second device as the docs advise
    const { exported } = await owner.call('exportModeratorKey', { roomId, passphrase: 'long enough pass' })
    await owner2.call('importModeratorKey', { roomId, exported, passphrase: 'long enough pass' })
    const owner2Id = (await owner2.call('whoami', { roomId })).memberId
    const rogue = signingKeyPair(mod1.node, roomId)!
    // the rogue moderator blocks the owner's second device; the owner's first device is lost
    await mod1.call('blockMember', { roomId, memberId: owner2Id, reason: 'locking the owner out' })
    await blockedEverywhere(all(), owner2Id, true)
    await until('the second device to be removed as a writer', () => !owner2.node.room(roomId).writable)
    await net.stop(owner)
    const peers = [owner2, mod1, mod2, member, troll]

    await owner2.call('removeModerator', { roomId, moderatorKey: Buffer.from(rogue.publicKey).toString('hex') })
    for (const p of peers) {
      await until(`${p.name} to see the rogue removed`, async () => (await p.call('listModerators', { roomId })).moderators.length === 1)
    }
    await owner2.call('unblockMember', { roomId, memberId: owner2Id, reason: 'my own device' })
    await blockedEverywhere(peers, owner2Id, false)
    await until('the second device to be a writer again', () => owner2.node.room(roomId).writable)
    await owner2.call('postMessage', { roomId, text: 'the owner is back' })
    for (const p of peers) await until(`${p.name} to read the owner`, async () => (await texts(p, roomId)).includes('the owner is back'))
    // the removed moderator's next block is refused by everyone
    await expect(mod1.call('blockMember', { roomId, memberId: owner2Id, reason: 'again' })).rejects.toMatchObject({ data: { reason: 'not_moderator' } })
  })

  it('a report sealed to a moderator that opens to nonsense is skipped and counted; the others still list', async () => {
    const moderatorKey = Buffer.from(signingKeyPair(mod2.node, roomId)!.publicKey).toString('hex')
    const { messageId } = await member.call('postMessage', { roomId, text: 'something reportable' })
    await until('mod2 to see it', async () => (await texts(mod2, roomId)).includes('something reportable'))
    // a member's client seals garbage to a moderator key: the box opens, the body is not a report
    for (const body of ['not json at all', '{"messageId":42}', JSON.stringify({ messageId, reason: 'x'.repeat(5000) })]) {
      await raw(member, {
        type: 'report',
        sealed: [{ to: moderatorKey, box: sealTo(fromHex(moderatorKey), Buffer.from(body)).toString('base64') }],
        time: Date.now()
      })
    }
    await member.call('reportMessage', { roomId, messageId, reason: 'a real report' })
    await until('mod2 to list the real report', async () => (await mod2.call('listReports', { roomId })).reports.length === 1)
    const listed = await mod2.call('listReports', { roomId })
    expect(listed.reports[0]).toMatchObject({ messageId, reason: 'a real report' })
    expect(listed.unreadable).toBe(3)
  })
})
