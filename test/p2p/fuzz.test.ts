import { describe, it, expect, afterAll, beforeAll } from 'vitest'
import b4a from 'b4a'
import { Net, converged, until } from '../helpers/peers.ts'
import { randomBytes, newSigningKeyPair, type KeyPair } from '../../src/p2p/crypto.ts'
import { moderationSchemas } from '../../src/p2p/records/moderation-schema.ts'
import { signRecord } from '../../src/p2p/records/signing.ts'
import { signingKeyPair } from '../../src/p2p/api/summary.ts'

/** A small seeded PRNG so a failing run can be replayed (the seed is printed). */
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const TYPES = [
  'genesis',
  'join',
  'profile',
  'post',
  'edit',
  'delete',
  'revoke-ticket',
  'nope',
  '',
  '__proto__',
  'constructor',
  ...Object.keys(moderationSchemas)
]
const MOD_TYPES = Object.keys(moderationSchemas)
const VALUES: unknown[] = [null, true, 0, -1, 1.5, 2 ** 60, '', 'x'.repeat(5000), [], {}, { v: 1 }, '\u202e', '<script>', 'a'.repeat(64) + '-1']

type Signing = { roomKey: Buffer; keys: KeyPair[]; members: string[]; replays: Uint8Array[] }

/**
 * Signed moderation records with real signatures: by the owner, by a stranger, for random
 * targets, and verbatim replays of earlier ones.
 */
function randomSigned(rand: () => number, known: string[], s: Signing): Uint8Array {
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]
  if (s.replays.length && rand() < 0.2) return pick(s.replays)
  const type = pick(MOD_TYPES)
  const target = known.length ? pick(known) : 'ab'.repeat(32) + '-1'
  const member = pick(s.members)
  // mostly the fields the type expects (so authority, not the schema, decides), sometimes wrong ones
  const byType: Record<string, Record<string, unknown>> = {
    'mod-add': { moderator: toHexKey(pick(s.keys)) },
    'mod-remove': { moderator: toHexKey(pick(s.keys)) },
    block: { member, reason: 'fuzz' },
    unblock: { member },
    hide: { target, reason: 'fuzz' },
    unhide: { target },
    mute: { member, reason: 'fuzz', forMessages: pick([1, 5, 50]) },
    unmute: { member },
    'approve-member': { member },
    guidelines: { text: `rules ${Math.floor(rand() * 100)}` },
    'accept-guidelines': { version: pick([1, 2, 3]) },
    resources: { resources: [{ name: 'Line', phone: '123' }] },
    settings: { joinMode: pick(['open', 'approval']), slowModeSeconds: pick([0, 0, 1]) },
    report: { sealed: [{ to: toHexKey(pick(s.keys)), box: 'AAAA' }] },
    'resolve-report': { report: target, outcome: pick(['dismissed', 'actioned']) }
  }
  const fields: Record<string, unknown> = { type, time: Date.now(), ...byType[type] }
  if (rand() < 0.15) fields.reason = pick(VALUES)
  if (rand() < 0.1) fields.member = pick(VALUES)
  if (rand() < 0.1) fields.extra = 1
  const buf = b4a.from(JSON.stringify(signRecord(s.roomKey, pick(s.keys), fields)))
  s.replays.push(buf)
  return buf
}
const toHexKey = (kp: KeyPair) => kp.publicKey.toString('hex')

/** Random records: raw bytes, broken JSON, signed moderation records, near-valid records with one field wrong. */
function randomRecord(rand: () => number, known: string[], signing: Signing): Uint8Array {
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]
  const kind = rand()
  if (kind > 0.75) return randomSigned(rand, known, signing)
  if (kind < 0.15) return randomBytes(1 + Math.floor(rand() * 200))
  if (kind < 0.25) return b4a.from('{"v":1,"type":"post","text":"unterminated')
  const rec: Record<string, unknown> = { v: rand() < 0.9 ? 1 : pick(VALUES), type: pick(TYPES), time: rand() < 0.8 ? Date.now() : pick(VALUES) }
  if (rand() < 0.7) rec.text = rand() < 0.7 ? `fuzz ${Math.floor(rand() * 1e6)}` : pick(VALUES)
  if (rand() < 0.3) rec.target = rand() < 0.6 && known.length ? pick(known) : pick(VALUES)
  if (rand() < 0.2) rec.cw = pick(VALUES)
  if (rand() < 0.2) rec.replyTo = pick(VALUES)
  if (rand() < 0.2) rec.name = pick(VALUES)
  if (rand() < 0.1) rec.ticket = { id: 'ab'.repeat(16), issuer: 'cd'.repeat(32), sig: 'ef'.repeat(64) }
  if (rand() < 0.1) Object.assign(rec, { by: 'cd'.repeat(32), nonce: 'ab'.repeat(16), sig: 'ef'.repeat(64), owner: 'cd'.repeat(32) })
  if (rand() < 0.1) rec.extra = pick(VALUES)
  return b4a.from(JSON.stringify(rec))
}

describe('fuzz: a writer appends thousands of random and malformed records', () => {
  let net: Net
  beforeAll(async () => {
    net = await Net.create()
  })
  afterAll(() => net.close())

  // the waits below (45 + 15 + 15 + 15 s) fit inside the test's timeout: a stall fails with what each peer saw
  it('no crash, no divergence, bad records skipped and counted', { timeout: 120_000 }, async () => {
    const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 100000)
    console.log(`fuzz seed ${seed} (FUZZ_SEED=${seed} replays it)`)
    const rand = prng(seed)
    const [a, b, c] = await Promise.all([net.peer('a'), net.peer('fuzzer'), net.peer('c')])
    const { roomId, invite } = await a.call('createRoom', { name: 'Fuzzed' })
    await b.call('joinRoom', { invite })
    await c.call('joinRoom', { invite: (await a.call('createInvite', { roomId })).invite })
    const errors: unknown[] = []
    for (const p of [a, b, c]) p.node.rooms.get(roomId)!.on('error', (e) => errors.push(e))

    const known: string[] = []
    const members = await Promise.all([a, b, c].map(async (p) => (await p.call('whoami', { roomId })).memberId))
    // the fuzzer never targets itself: blocking its own writer would end the fuzz early
    const signing: Signing = {
      roomKey: a.node.room(roomId).key,
      keys: [signingKeyPair(a.node, roomId)!, newSigningKeyPair()],
      members: [members[0], members[2]],
      replays: []
    }
    const base = b.node.room(roomId).base
    for (let round = 0; round < 30; round++) {
      const batch = Array.from({ length: 100 }, () => randomRecord(rand, known, signing))
      await base.append(batch)
      // real posts interleaved, so edits/deletes of real targets are exercised too
      // (the fuzz may have muted, blocked or gated the fuzzer: then its real posts are refused)
      await b.call('postMessage', { roomId, text: `real ${round}` }).then(
        ({ messageId }) => known.push(messageId),
        () => {}
      )
    }
    const total = (await b.call('getRoom', { roomId })).messageCount
    await converged([a, b, c], roomId, total, 45_000)
    // the view hash leaves the counters out: that every peer refused the same records is checked here
    await until(
      'every peer to have skipped the same records',
      async () => {
        const skipped = await Promise.all([a, b, c].map(async (p) => `${p.name} ${(await p.call('getRoom', { roomId })).skipped}`))
        if (new Set(skipped.map((s) => s.split(' ')[1])).size > 1) throw new Error(`skipped: ${skipped.join(', ')}`)
        return true
      },
      15_000
    )
    const room = await a.call('getRoom', { roomId })
    expect(room.skipped).toBeGreaterThan(1500)
    // the owner-signed share of the fuzz really took effect (and was logged) on every peer alike
    expect((await c.call('getModerationLog', { roomId, limit: 1000 })).entries.length).toBeGreaterThan(10)
    expect(errors).toEqual([])
    // the room is still healthy: the owner can still clear whatever the fuzz set, and post
    await a.call('unblockMember', { roomId, memberId: members[2] }).catch(() => {})
    await a.call('unmuteMember', { roomId, memberId: members[0] }).catch(() => {})
    await a.call('setRoomSettings', { roomId, joinMode: 'open', slowModeSeconds: 0 })
    const g = await a.call('getGuidelines', { roomId })
    if (!g.accepted) await a.call('acceptGuidelines', { roomId, version: g.version })
    await a.call('postMessage', { roomId, text: 'still standing' })
    await until('c to read a', async () => (await c.call('getMessages', { roomId, limit: 1 })).messages[0]?.text === 'still standing', 15_000)
    await converged([a, b, c], roomId, total + 1, 15_000)
  })
})
