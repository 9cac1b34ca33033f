import { describe, it, expect, afterAll, beforeAll } from 'vitest'
import { Net, until, type Peer } from '../helpers/peers.ts'
import { LONG, prng, seedFor, sleep } from './support.ts'

const ROUNDS = LONG ? 40 : 10
// legitimate refusals under partitions: not yet synced, not allowed (blocked/muted), already done,
// offline before the history arrived
const EXPECTED = new Set([-32001, -32003, -32009, -32010])

/**
 * Five peers, random partitions (each peer online or offline per round) and heals, with posts,
 * edits, deletes, invite revocations and moderation (hide, mute, block and their reversals) from
 * an owner and a second moderator, all concurrent across peers. At the end everyone is online
 * again and every peer must hold the identical view.
 */
describe('random partitions and heals across five peers', () => {
  let net: Net
  let peers: Peer[] = []
  let roomId = ''
  const spareInvites: string[] = []
  const seed = seedFor('partitions')
  const rand = prng(seed)

  beforeAll(async () => {
    net = await Net.create()
    peers = await Promise.all(['a', 'b', 'c', 'd', 'e'].map((n) => net.peer(n)))
    const created = await peers[0].call('createRoom', { name: 'Weather', displayName: 'A' })
    roomId = created.roomId
    for (const [i, p] of peers.slice(1).entries()) {
      const invite = i === 0 ? created.invite : (await peers[0].call('createInvite', { roomId })).invite
      expect((await p.call('joinRoom', { invite, displayName: p.name.toUpperCase() })).state).toBe('ready')
    }
    // b holds a moderator key too: moderation records come from two authorities
    const { moderatorKey } = await peers[1].call('createModeratorKey', { roomId })
    await peers[0].call('addModerator', { roomId, moderatorKey })
    await until('b to be a moderator', async () => (await peers[1].call('getRoom', { roomId })).isModerator)
    for (let i = 0; i < 4; i++) spareInvites.push((await peers[0].call('createInvite', { roomId })).inviteId)
  })
  afterAll(() => net.close())

  it(`${ROUNDS} rounds: every peer ends with the same view hash`, { timeout: LONG ? 900_000 : 110_000 }, async () => {
    const errors: string[] = []
    for (const p of peers) p.node.rooms.get(roomId)!.on('error', (e: Error) => errors.push(`${p.name}: room error ${e.message}`))
    const members = await Promise.all(peers.map(async (p) => (await p.call('whoami', { roomId })).memberId))
    const mine = peers.map(() => [] as string[])
    const act = async (i: number, what: string, op: () => Promise<unknown>) => {
      let timer: NodeJS.Timeout | undefined
      try {
        // an operation that never answers is a finding, not a reason to hang the suite
        await Promise.race([
          op(),
          new Promise((_, reject) => {
            timer = setTimeout(() => reject(Object.assign(new Error(`no answer in 15 s (online: ${peers[i].node.online})`), { code: 'HANG' })), 15_000)
          })
        ])
      } catch (err: any) {
        if (!EXPECTED.has(err.code)) errors.push(`${peers[i].name} ${what}: ${err.code} ${err.message}`)
      } finally {
        clearTimeout(timer)
      }
    }
    for (let round = 0; round < ROUNDS; round++) {
      const online = peers.map(() => rand.chance(0.6))
      await Promise.all(peers.map((p, i) => (online[i] ? p.node.goOnline() : p.node.goOffline())))
      // each peer's own actions are sequential; peers act concurrently
      await Promise.all(
        peers.map(async (p, i) => {
          for (let k = rand.int(1, 4); k > 0; k--) {
            const r = rand.next()
            if (r < 0.5 || !mine[i].length) {
              await act(i, 'post', async () => mine[i].push((await p.call('postMessage', { roomId, text: `r${round} ${p.name} ${k}` })).messageId))
            } else if (r < 0.62) {
              await act(i, 'edit', () => p.call('editMessage', { roomId, messageId: rand.pick(mine[i]), text: `edited in r${round}` }))
            } else if (r < 0.7) {
              const messageId = mine[i].splice(rand.int(0, mine[i].length - 1), 1)[0]
              await act(i, 'delete', () => p.call('deleteMessage', { roomId, messageId }))
            } else if (i <= 1) {
              await moderate(i, p, round)
            }
          }
        })
      )
      await sleep(rand.int(50, 400))
      if (errors.length) break
    }
    expect(errors).toEqual([])
    async function moderate(i: number, p: Peer, round: number) {
      const target = rand.int(2, 4) // c, d or e
      const memberId = members[target]
      const m = rand.next()
      const someone = mine.flat()
      if (m < 0.3 && someone.length) {
        const messageId = rand.pick(someone)
        await act(i, 'hide', () => p.call('hideMessage', { roomId, messageId, reason: `r${round}` }))
        if (rand.chance(0.5)) await act(i, 'unhide', () => p.call('unhideMessage', { roomId, messageId }))
      } else if (m < 0.55) {
        await act(i, 'mute', () => p.call('muteMember', { roomId, memberId, reason: `r${round}`, forMessages: rand.int(1, 5) }))
      } else if (m < 0.7) {
        await act(i, 'unmute', () => p.call('unmuteMember', { roomId, memberId }))
      } else if (m < 0.82) {
        await act(i, 'block', () => p.call('blockMember', { roomId, memberId, reason: `r${round}` }))
      } else if (m < 0.94) {
        await act(i, 'unblock', () => p.call('unblockMember', { roomId, memberId }))
      } else if (i === 0 && spareInvites.length) {
        const inviteId = spareInvites.pop()!
        await act(i, 'revoke', () => p.call('revokeInvite', { roomId, inviteId }))
      }
    }
    // heal: everyone online, then compare
    await Promise.all(peers.map((p) => p.node.goOnline()))
    const hash = await until(
      'all five peers to hold the same view',
      async () => {
        const rooms = await Promise.all(peers.map((p) => p.call('getRoom', { roomId })))
        const same = rooms.every((r) => r.viewHash === rooms[0].viewHash && r.messageCount === rooms[0].messageCount)
        return same ? `${rooms[0].viewHash} (${rooms[0].messageCount} messages, ${rooms[0].skipped} skipped)` : null
      },
      60_000,
      500
    ).catch(async (err) => {
      // say how they differ: counts, hashes, connections
      const rooms = await Promise.all(peers.map((p) => p.call('getRoom', { roomId })))
      throw new Error(
        `${err.message}: ${rooms.map((r, i) => `${peers[i].name} ${r.messageCount}/${r.skipped} ${r.viewHash.slice(0, 8)} peers ${r.peers} ${autobaseState(peers[i])}`).join('; ')}`
      )
    })
    console.log(`converged after ${ROUNDS} rounds: ${hash}`)
    expect(errors).toEqual([])
    // and the room still works for everyone: a final post from the owner reaches all
    await peers[0].call('postMessage', { roomId, text: 'after the storm' })
    await until(
      'the last post everywhere',
      async () => (await Promise.all(peers.map((p) => p.call('getMessages', { roomId, limit: 1 })))).every((r) => r.messages[0]?.text === 'after the storm'),
      30_000
    )
  })
})

/** What a peer's Autobase is doing, for a failure message: stuck applying? which logs are behind? */
function autobaseState(p: Peer, roomId = [...p.node.rooms.keys()][0]) {
  const b = p.node.rooms.get(roomId)!.base
  const v = b.view.core
  const id = (key: Uint8Array) => Buffer.from(key).toString('hex').slice(0, 4)
  const writers = [...b.activeWriters]
  const known = (key: Uint8Array) => writers.find((w: any) => Buffer.from(w.core.key).equals(Buffer.from(key)))
  // per log: applied / held here, then what its replication peers say they hold (a longer
  // remote log that is not fetched means this peer is not asking; no peers means no channel)
  const remote = (core: any) => `[${(core.peers ?? []).map((q: any) => q.remoteLength).join(' ')}]`
  const state = writers.map((w: any) => `${id(w.core.key)}:${w.length}/${w.core.length}${remote(w.core)}${w.isActive ? '' : ' idle'}`).join(',')
  const sys = b.core ? ` system ${b.core.length}${remote(b.core)}` : ''
  // a writer's next node waits until every head it names is applied here: which one is missing?
  const waiting = writers
    .filter((w: any) => w.node)
    .map(
      (w: any) =>
        `${id(w.core.key)}#${w.node.length} needs ${w.node.heads
          .map((h: any) => {
            const hw: any = known(h.key)
            return `${id(h.key)}:${h.length}${hw ? `(have ${hw.length}/${hw.core.length})` : '(not active here)'}`
          })
          .join('+')}`
    )
    .join(' ')
  return `(view ${v.length}/${v.contiguousLength}/${v.signedLength}${remote(v)},${sys} writers ${state}${waiting ? `; waiting: ${waiting}` : ''})`
}
