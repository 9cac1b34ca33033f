import fs from 'node:fs'
import path from 'node:path'
import b4a from 'b4a'
import { describe, it, expect, afterAll, beforeAll } from 'vitest'
import { Net, until, texts, untilModeratorBound, type Peer } from '../helpers/peers.ts'
import { rawAppend, refusedEverywhere } from '../helpers/attack.ts'
import { K } from '../../src/p2p/room/keys.ts'
import { newSigningKeyPair, randomBytes, toHex } from '../../src/p2p/crypto.ts'
import { signRecord } from '../../src/p2p/records/signing.ts'
import { signingKeyPair } from '../../src/p2p/api/summary.ts'
import { sendKnock } from '../../src/p2p/directory/knock-wire.ts'
import { KNOCK_LIMITS } from '../../src/p2p/directory/knock-host.ts'

/** Files under dir whose bytes contain `needle`. */
function filesContaining(dir: string, needle: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[]).filter((name) => {
    const file = path.join(dir, name)
    return fs.statSync(file).isFile() && fs.readFileSync(file).includes(b4a.from(needle))
  })
}

/**
 * A stranger finds a listed room, knocks, a moderator (not the owner) lets them in, and they post.
 * A knock can be declined; knocks are rate-limited; members cannot read them; forged or replayed
 * knock records change nothing.
 */
describe('knocking on a listed room', () => {
  let net: Net
  let owner: Peer, mod: Peer, member: Peer, stranger: Peer, other: Peer
  let roomId: string
  let listingId: string
  let requestId: string
  let approval: Record<string, unknown> | null = null
  const strangerLog: string[] = []
  const note = 'I lost my sister last spring ' + Math.random().toString(36).slice(2)
  // long enough that encrypted bytes on disk cannot hold it by chance: a bare 'Sam' is three bytes, which a
  // megabyte of ciphertext contains about one time in seventeen
  const knocker = 'Sam ' + Math.random().toString(36).slice(2, 10)
  const listing = { description: 'Grief support, evenings', topics: ['grief'], languages: ['en'] }
  const state = async (p: Peer, id: string) => (await p.call('listMyJoinRequests', {})).requests.find((r) => r.requestId === id)

  beforeAll(async () => {
    net = await Net.create(5)
    ;[owner, mod, member, stranger, other] = await Promise.all(['owner', 'mod', 'member', 'stranger', 'other'].map((n) => net.peer(n)))
    const created = await owner.call('createRoom', { name: 'After loss', displayName: 'Olu' })
    roomId = created.roomId
    await owner.call('setGuidelines', { roomId, text: 'Be gentle.' })
    await mod.call('joinRoom', { invite: created.invite, displayName: 'Mo' })
    await member.call('joinRoom', { invite: created.invite, displayName: 'Mem' })
    const { moderatorKey } = await mod.call('createModeratorKey', { roomId })
    await owner.call('addModerator', { roomId, moderatorKey })
    await untilModeratorBound([owner, mod, member], roomId, mod, moderatorKey)
    ;({ listingId } = await owner.call('listRoom', { roomId, ...listing, requireKnock: true }))
  })
  afterAll(() => net.close())

  it('a stranger finds the room, knocks, a moderator approves, and the stranger posts', async () => {
    stranger.node.on('log', (m: string) => strangerLog.push(m))
    const found = await until('the stranger finds the room by topic', async () => (await stranger.call('searchDirectory', { topic: 'grief' })).rooms[0], 45_000)
    expect(found.listingId).toBe(listingId)
    ;({ requestId } = await stranger.call('requestToJoin', { listingId, note, displayName: knocker }))
    expect(await state(stranger, requestId)).toMatchObject({ listingId, name: 'After loss', state: 'pending', roomId: null })

    const seen = await until('the moderator sees the knock', async () => (await mod.call('listJoinRequests', { roomId })).requests[0], 45_000)
    expect(seen).toMatchObject({ requestId, note, displayName: knocker, state: 'pending', answeredBy: null })
    // keep the approval exactly as the moderator's device appends it, to replay it later
    const modRoom = mod.node.room(roomId)
    const append = modRoom.append.bind(modRoom)
    modRoom.append = async (record: any, opts?: any) => {
      if (record?.type === 'knock-answer') approval = record
      return append(record, opts)
    }
    await mod.call('answerJoinRequest', { roomId, requestId, approve: true })
    modRoom.append = append
    await until('the owner sees the answer', async () => (await owner.call('listJoinRequests', { roomId })).requests[0]?.state === 'approved')
    await expect(owner.call('answerJoinRequest', { roomId, requestId, approve: false })).rejects.toMatchObject({ data: { reason: 'join_request_answered' } })

    // the answer is polled for on the DHT, then the join finds the room's peers: print what was seen
    const joined = await until(
      'the room appears on the stranger by itself',
      async () => {
        const rooms = (await stranger.call('listRooms', {})).rooms
        const room = rooms.find((r) => r.roomId === roomId && r.writable)
        if (room) return room
        const mine = await state(stranger, requestId)
        throw new Error(
          `request ${mine?.state}, log ${JSON.stringify(strangerLog)}, rooms ${JSON.stringify(rooms.map((r) => ({ state: r.state, writable: r.writable, peers: r.peers })))}`
        )
      },
      45_000
    )
    expect(joined.name).toBe('After loss')
    expect(await state(stranger, requestId)).toMatchObject({ state: 'approved', roomId })
    await expect(stranger.call('postMessage', { roomId, text: 'hello' })).rejects.toMatchObject({ data: { reason: 'guidelines_not_accepted' } })
    const { version } = await stranger.call('getGuidelines', { roomId })
    await stranger.call('acceptGuidelines', { roomId, version })
    await stranger.call('postMessage', { roomId, text: 'Thank you for letting me in' })
    await until('the owner reads the newcomer', async () => (await texts(owner, roomId)).includes('Thank you for letting me in'))
    const modKey = (await mod.call('whoami', { roomId })).moderatorKey
    expect((await owner.call('listJoinRequests', { roomId })).requests).toMatchObject([{ requestId, state: 'approved', answeredBy: modKey }])
  })

  it('a member learns that someone knocked, never who or what they wrote', async () => {
    await expect(member.call('listJoinRequests', { roomId })).rejects.toMatchObject({ data: { reason: 'no_moderator_key' } })
    await until('the knock reaches the member', async () => (await member.node.room(roomId).queries.value(K.knock(requestId))) !== null)
    expect(filesContaining(member.storage, note)).toEqual([])
    expect(filesContaining(member.storage, knocker)).toEqual([])
  })

  it('forged and replayed knock records change nothing', async () => {
    const room = owner.node.room(roomId)
    const modKp = signingKeyPair(mod.node, roomId)!
    const ownerKp = signingKeyPair(owner.node, roomId)!
    const knock = (kp = newSigningKeyPair()) =>
      signRecord(room.key, kp, { type: 'knock', request: toHex(randomBytes(16)), sealed: [{ to: toHex(kp.publicKey), box: 'eA==' }], time: Date.now() })
    // a member's own key, and a moderator's key: only the owner's device records knocks
    await refusedEverywhere([owner, mod, member], roomId, 2, () => rawAppend(member, roomId, knock(), knock(modKp)))
    // a second answer to an answered knock, and the moderator's approval replayed as it was
    expect(approval).toMatchObject({ type: 'knock-answer', request: requestId, approve: true })
    const again = signRecord(room.key, ownerKp, { type: 'knock-answer', request: requestId, approve: false, box: 'eA==', time: Date.now() })
    await refusedEverywhere([owner, mod, member], roomId, 2, () => rawAppend(member, roomId, again, approval!))
  })

  it('a declined knock is shown declined, and nothing joins', async () => {
    const { requestId: declined } = await other.call('requestToJoin', { listingId, note: 'hi', displayName: 'Oz' })
    await until('the moderator sees the second knock', async () =>
      (await mod.call('listJoinRequests', { roomId })).requests.some((r) => r.requestId === declined)
    )
    await mod.call('answerJoinRequest', { roomId, requestId: declined, approve: false })
    await until('the stranger sees the decline', async () => (await state(other, declined))?.state === 'declined')
    expect((await other.call('listRooms', {})).rooms).toEqual([])
    await expect(mod.call('answerJoinRequest', { roomId, requestId: declined, approve: true })).rejects.toMatchObject({
      data: { reason: 'join_request_answered' }
    })
  })

  it('with requireKnock off, the owner device lets a knocker in by itself', async () => {
    await owner.call('listRoom', { roomId, ...listing, requireKnock: false })
    const { requestId: walkIn } = await other.call('requestToJoin', { listingId, displayName: 'Oz' })
    await until('the walk-in joins without a moderator', async () => (await other.call('listRooms', {})).rooms.find((r) => r.roomId === roomId && r.writable))
    expect(await state(other, walkIn)).toMatchObject({ state: 'approved', roomId })
    await owner.call('listRoom', { roomId, ...listing, requireKnock: true })
  })

  it('a flood of knocks is cut off per knocker, then per address', async () => {
    // `other` has knocked twice: one more, then refused
    await other.call('requestToJoin', { listingId })
    const limited = await other.call('requestToJoin', { listingId }).catch((err) => err)
    expect(limited).toMatchObject({ data: { reason: 'knock_rate_limited' } })
    // the wait is counted from the oldest knock still in the window
    expect(limited.data.retryMinutes).toBeGreaterThanOrEqual(1)
    expect(limited.data.retryMinutes).toBeLessThanOrEqual(KNOCK_LIMITS.windowMs / 60_000)
    // fresh knocker keys from the same address: refused once the address reaches its limit
    const dht = stranger.node.net.dht!
    const knock = () => sendKnock(dht, b4a.from(listingId, 'hex'), newSigningKeyPair(), { v: 1, note: null, displayName: null, seed: toHex(randomBytes(32)) })
    let refusal: unknown = null
    for (let i = 0; i < KNOCK_LIMITS.perAddress && !refusal; i++) await knock().catch((err) => (refusal = err))
    expect(refusal).toMatchObject({ data: { reason: 'knock_rate_limited' } })
    // every knock that got through was recorded, and they were exactly the address's allowance
    const recorded = await until('the owner lists every knock', async () => {
      const n = (await owner.call('listJoinRequests', { roomId })).requests.length
      return n === KNOCK_LIMITS.perAddress ? n : null
    })
    expect(recorded).toBe(KNOCK_LIMITS.perAddress)
  })
})
