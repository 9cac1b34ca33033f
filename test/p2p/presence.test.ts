import { describe, it, expect, afterAll, beforeAll } from 'vitest'
import { Net, until, texts, type Peer } from '../helpers/peers.ts'
import { signingKeyPair } from '../../src/p2p/api/summary.ts'
import { newSigningKeyPair, randomBytes } from '../../src/p2p/crypto.ts'
import { encodeMessage, signOnDuty, capability, PROTOCOL, TYPING_TTL_MS, MAX_MESSAGE_BYTES } from '../../src/p2p/presence.ts'
import Hyperswarm from 'hyperswarm'
import Protomux from 'protomux'
import c from 'compact-encoding'
import { ErrorCode } from '../../src/shared/api/errors.ts'

/** Presence as a peer sees it. */
const presence = (p: Peer, roomId: string) => p.call('getPresence', { roomId })

/**
 * True once `p` sees `n` for `field`; otherwise throws what it sees, so a wait that times out on
 * it prints that peer's presence (until() appends the last error).
 */
async function sees(p: Peer, roomId: string, field: 'online' | 'typing' | 'moderatorsOnDuty', n: number): Promise<true> {
  const seen = await presence(p, roomId)
  if (seen[field] !== n) throw new Error(`${p.name} sees ${JSON.stringify(seen)}`)
  return true
}

/**
 * Sends until the condition holds: a peer drops what exceeds its per-channel rate limit, so one
 * send may be lost by design; resending (every 600 ms, about the refill time) tells a dropped
 * message apart from a refused one, which never makes the condition hold. A check that throws
 * (what the peer sees) counts as not yet, and its message ends the wait's error.
 */
async function sendUntil(what: string, send: () => void, check: () => Promise<boolean>, timeoutMs = 15_000) {
  let sent = 0
  await until(
    what,
    async () => {
      let seen: unknown = null
      if (await check().catch((err) => ((seen = err), false))) return true
      if (Date.now() - sent >= 600) {
        send()
        sent = Date.now()
      }
      if (seen) throw seen
      return false
    },
    timeoutMs
  )
}

/** The troll's one channel to a given peer in the room (found by that peer's binding). */
function channelTo(from: Peer, to: Peer, roomId: string) {
  const theirs = new Set(to.node.presence.channels(roomId).map((ch) => ch.binding?.toString('hex')))
  const ch = from.node.presence.channels(roomId).find((c) => c.binding && theirs.has(c.binding.toString('hex')))
  if (!ch) throw new Error(`no presence channel from ${from.name} to ${to.name}`)
  return ch
}

describe('presence: online, typing, moderator on duty (ephemeral)', () => {
  let net: Net
  let owner: Peer, member: Peer, troll: Peer
  let roomId: string
  const events: Array<{ roomId: string; online: number; typing: number; moderatorsOnDuty: number }> = []

  beforeAll(async () => {
    net = await Net.create()
    ;[owner, member, troll] = await Promise.all([net.peer('owner'), net.peer('member'), net.peer('troll')])
    owner.engine.onEvent((event, payload) => {
      if (event === 'room.presence') events.push(payload as (typeof events)[number])
    })
    const created = await owner.call('createRoom', { name: 'Presence', displayName: 'Host' })
    roomId = created.roomId
    await member.call('joinRoom', { invite: created.invite, displayName: 'Member' })
    await troll.call('joinRoom', { invite: (await owner.call('createInvite', { roomId })).invite, displayName: 'Troll' })
    for (const p of [owner, member, troll]) await until(`${p.name} to see 2 peers online`, async () => (await presence(p, roomId)).online === 2)
  })
  afterAll(() => net.close())

  it('typing on one peer shows as a count on the others, and expires', async () => {
    await member.call('setPresence', { roomId, typing: true })
    await until('owner to see 1 typing', async () => (await presence(owner, roomId)).typing === 1)
    expect((await presence(troll, roomId)).typing).toBe(1)
    expect((await presence(member, roomId)).typing).toBe(0) // you are not counted
    // an explicit stop is seen at once
    await member.call('setPresence', { roomId, typing: false })
    await until('owner to see 0 typing', async () => (await presence(owner, roomId)).typing === 0)

    // a "typing" that is never refreshed or stopped (a peer that vanished mid-word) expires by itself
    channelTo(troll, owner, roomId).sendRaw(encodeMessage({ typing: true }))
    await until('owner to see the troll typing', async () => (await presence(owner, roomId)).typing === 1)
    // how soon it expires is a timing (npm run bench); that it expires with nothing sent is checked here
    await until('the typing to expire', () => sees(owner, roomId, 'typing', 0), TYPING_TTL_MS + 5000)
    // and the event stream told the owner about it as counts, without ever naming anyone
    const mine = () => events.filter((e) => e.roomId === roomId)
    expect(mine().some((e) => e.online === 2 && e.typing === 1)).toBe(true)
    await until('the expiry to be announced', () => mine().at(-1)?.typing === 0) // by the next sweep, within a second
    expect(mine().at(-1)).toMatchObject({ online: 2, typing: 0, moderatorsOnDuty: 0 })
    for (const e of events) expect(Object.keys(e).sort()).toEqual(['moderatorsOnDuty', 'onDuty', 'online', 'roomId', 'typing'])
  }, 60_000)

  it('a moderator on duty shows on the members; off duty clears it', async () => {
    await owner.call('setPresence', { roomId, onDuty: true })
    expect((await presence(owner, roomId)).onDuty).toBe(true)
    await until('member to see a moderator on duty', async () => (await presence(member, roomId)).moderatorsOnDuty === 1)
    await until('troll to see a moderator on duty', async () => (await presence(troll, roomId)).moderatorsOnDuty === 1)
    // typing while on duty keeps the claim (every message carries the whole state)
    await owner.call('setPresence', { roomId, typing: true })
    await until('member to see the owner typing', async () => (await presence(member, roomId)).typing === 1)
    expect((await presence(member, roomId)).moderatorsOnDuty).toBe(1)
    await owner.call('setPresence', { roomId, onDuty: false, typing: false })
    await until('member to see nobody on duty', async () => (await presence(member, roomId)).moderatorsOnDuty === 0)
    expect((await presence(owner, roomId)).onDuty).toBe(false)
  })

  it('forged, replayed, stale and non-moderator on-duty claims are not shown', async () => {
    const ch = channelTo(troll, member, roomId)
    const roomKey = member.node.room(roomId).key
    const ownerKp = signingKeyPair(owner.node, roomId)!
    const now = Date.now()
    const stranger = newSigningKeyPair()
    const forged = [
      // a well-formed claim by a key that is not a moderator of the room
      signOnDuty(roomKey, ch.binding!, stranger, now),
      // the owner's key with a signature it never made
      { ...signOnDuty(roomKey, ch.binding!, stranger, now), moderatorKey: ownerKp.publicKey },
      // a real owner signature, but for another connection (what a replay of a claim the troll received would be)
      signOnDuty(roomKey, randomBytes(32), ownerKp, now),
      // a real owner signature for this connection but for another room
      signOnDuty(randomBytes(32), ch.binding!, ownerKp, now),
      // a real owner signature for this connection, but stale
      signOnDuty(roomKey, ch.binding!, ownerKp, now - 10 * 60_000)
    ]
    const onDuty = (n: number) => sees(member, roomId, 'moderatorsOnDuty', n)
    const before = member.node.presence.stats.ignored
    // each forgery takes the place of a genuine claim on the same channel: the count falls back to
    // 0 only once the forgery was received and refused (a genuine claim is accepted by the same
    // path, so the checks are what refuse the forgeries)
    for (const [i, claim] of forged.entries()) {
      const genuine = () => signOnDuty(roomKey, ch.binding!, ownerKp, Date.now())
      await sendUntil(
        `member to accept a genuine claim before forgery ${i}`,
        () => ch.sendRaw(encodeMessage({ typing: false, onDuty: genuine() })),
        () => onDuty(1)
      )
      await sendUntil(
        `member to refuse forgery ${i}`,
        () => ch.sendRaw(encodeMessage({ typing: false, onDuty: claim })),
        () => onDuty(0)
      )
    }
    expect(member.node.presence.stats.ignored).toBeGreaterThanOrEqual(before + forged.length)
  })

  it('a member cannot go on duty through the API', async () => {
    await expect(member.call('setPresence', { roomId, onDuty: true })).rejects.toMatchObject({ code: ErrorCode.NotAllowed })
    // a key of its own that the owner never added does not help
    await member.call('createModeratorKey', { roomId })
    await expect(member.call('setPresence', { roomId, onDuty: true })).rejects.toMatchObject({ code: ErrorCode.NotAllowed })
    expect((await presence(member, roomId)).onDuty).toBe(false)
    await expect(member.call('setPresence', { roomId: 'ybndrfg8ejkmcpqxot1uwisza345h769ybndrfg8ejkmcpqxot1u', typing: true })).rejects.toMatchObject({
      code: ErrorCode.NotFound
    })
  })

  it('a moderator removed while on duty stops counting at once', async () => {
    const { moderatorKey } = await member.call('whoami', { roomId }) // made in the test above
    await owner.call('addModerator', { roomId, moderatorKey: moderatorKey! })
    await until('the member to be a moderator', async () => (await member.call('getRoom', { roomId })).isModerator)
    await member.call('setPresence', { roomId, onDuty: true })
    await until('owner to see the member on duty', async () => (await presence(owner, roomId)).moderatorsOnDuty === 1)
    await owner.call('removeModerator', { roomId, moderatorKey: moderatorKey! })
    // the owner's own view changed: the claim is re-checked well before it would expire
    await until('owner to stop counting the removed moderator', async () => (await presence(owner, roomId)).moderatorsOnDuty === 0, 15_000)
    await until('the member to know it was removed', async () => !(await member.call('getRoom', { roomId })).isModerator)
    // and the member's engine stops claiming it by itself
    await until('the member to be off duty', async () => !(await presence(member, roomId)).onDuty, 15_000)
    await expect(member.call('setPresence', { roomId, onDuty: true })).rejects.toMatchObject({ code: ErrorCode.NotAllowed })
  })

  it('garbage on the channel breaks neither the connection nor the room', async () => {
    const ch = channelTo(troll, owner, roomId)
    const before = owner.node.presence.stats.ignored
    const garbage = [
      Buffer.alloc(0),
      Buffer.from([0xff]),
      Buffer.from([0xfd, 0x01]),
      Buffer.from([0x04]),
      Buffer.from([0x02, 0x01, 0x02]),
      Buffer.concat([encodeMessage({ typing: true }), Buffer.from([0])]),
      randomBytes(MAX_MESSAGE_BYTES + 1),
      randomBytes(64 * 1024)
    ]
    for (const g of garbage) ch.sendRaw(g)
    for (let i = 0; i < 200; i++) ch.sendRaw(randomBytes(1 + (i % 120))) // a flood: mostly rate-limited
    await until('owner to count the garbage', () => owner.node.presence.stats.ignored >= before + garbage.length)
    // still connected, still counted, and the room still replicates over the same connection
    expect((await presence(owner, roomId)).online).toBe(2)
    await troll.call('postMessage', { roomId, text: 'after the garbage' })
    await until('owner to receive the post', async () => (await texts(owner, roomId)).includes('after the garbage'))
    // and presence itself works again once the flood has passed (the rate limit refills)
    const typing = (n: number) => sees(owner, roomId, 'typing', n)
    await sendUntil(
      'owner to see the troll typing',
      () => ch.sendRaw(encodeMessage({ typing: true })),
      () => typing(1)
    )
    await sendUntil(
      'owner to see typing stop',
      () => ch.sendRaw(encodeMessage({ typing: false })),
      () => typing(0)
    )
  }, 60_000)

  it('an outsider who knows only the discovery key learns nothing and counts for nothing', async () => {
    // the discovery key is announced on the DHT; the room key comes only with an invite
    const room = member.node.room(roomId)
    const swarm = new Hyperswarm({ dht: net.testnet.createNode() })
    const received: Uint8Array[] = []
    let opened = 0
    let closed = 0
    const refusedBefore = member.node.presence.stats.refused
    try {
      swarm.on('connection', (conn: any) => {
        conn.on('error', () => {})
        const ch = Protomux.from(conn).createChannel({
          protocol: PROTOCOL,
          id: room.discoveryKey,
          handshake: c.raw,
          onopen: () => {
            opened++
          },
          onclose: () => {
            closed++
          }
        })!
        const msg = ch.addMessage({
          encoding: c.raw,
          onmessage: (m: Uint8Array) => {
            received.push(m)
          }
        })
        // a guessed capability (it cannot compute the real one without the room key), then a typing claim
        ch.open(capability(randomBytes(32), conn.handshakeHash))
        msg.send(encodeMessage({ typing: true }))
      })
      swarm.join(room.discoveryKey, { server: false, client: true })
      await until('the member to refuse the outsider', () => member.node.presence.stats.refused > refusedBefore)
      await until('the outsider channel to be closed', () => closed > 0)
      await member.call('setPresence', { roomId, typing: true })
      // the member's typing went out: the owner has it, the outsider does not
      await until('the owner to see the member typing', () => sees(owner, roomId, 'typing', 1))
      expect(received).toEqual([]) // not even the member's typing
      const seen = await presence(member, roomId)
      expect(seen.online).toBe(2)
      expect(seen.typing).toBe(0)
      await member.call('setPresence', { roomId, typing: false })
    } finally {
      await swarm.destroy()
    }
    // every peer it reached answered the open (with a capability useless to it) and then closed it
    expect(opened).toBeGreaterThan(0)
    expect(closed).toBeGreaterThanOrEqual(opened)
  })

  it('a peer going away stops counting', async () => {
    await net.stop(troll)
    await until('owner to see 1 online', async () => (await presence(owner, roomId)).online === 1)
    await until('member to see 1 online', async () => (await presence(member, roomId)).online === 1)
  })
})
