import b4a from 'b4a'
import { fail } from '../../shared/api/errors.ts'
import { signContinuation, signRecord } from '../records/signing.ts'
import { randomBytes, sealTo, toHex, fromHex, type KeyPair } from '../crypto.ts'
import { K, type Blocked, type Guidelines, type MemberRecord, type Moved, type MuteState, type Settings, DEFAULT_SETTINGS } from '../room/keys.ts'
import { muteInForce } from '../room/gates.ts'
import { MAX_MEMBERS_MOVED, type Carry } from '../records/rekey-schema.ts'
import type { ResourceRecord } from '../records/moderation-schema.ts'
import type { z } from 'zod'
import type { HearthNode } from '../node.ts'
import type { Room } from '../room/room.ts'
import { lifeCarryFrom } from './carry-life.ts'
import { listCarryFrom } from '../lists/carry.ts'

/**
 * Moves a room to fresh keys (docs/architecture.md, "Moving a room to new keys"). A new room is
 * made with a new key and encryption key; its genesis, signed by this moderator, carries the old
 * room's state; the old room gets a `rekey` sealing the new keys and a continuation ticket to each
 * member in good standing. Blocked members and holders of old invites get nothing: they cannot
 * find, open or read the new room. This device becomes the new room's creator (its indexer).
 */
export async function moveRoom(node: HearthNode, roomId: string, room: Room, kp: KeyPair) {
  if (await room.queries.value(K.moved)) throw fail('rekey_in_progress')
  const members = await eligibleMembers(room)
  if (members.length > MAX_MEMBERS_MOVED) throw fail('room_too_big_to_move', { limit: MAX_MEMBERS_MOVED })
  const moderators = (await room.queries.entries(K.modPrefix)).map(({ key }) => key.slice(K.modPrefix.length))
  const genesis = (await room.queries.genesis())!
  const encryptionKey = randomBytes(32)
  const namespace = 'room-' + randomBytes(16).toString('hex')
  const next = node.newRoom(namespace, null, encryptionKey)
  node.mover.moving.add(roomId)
  try {
    await next.ready()
    const time = Date.now()
    const sealed = members.map((m) => ({
      to: m.memberId,
      box: sealTo(
        fromHex(m.box!),
        b4a.from(JSON.stringify({ k: toHex(next.key), e: toHex(encryptionKey), s: signContinuation(next.key, kp, m.memberId) }))
      ).toString('base64')
    }))
    const rekey = signRecord(room.key, kp, { type: 'rekey', sealed, moderators, time })
    const carry = await carryFrom(room, members, moderators)
    const prev = { key: toHex(room.key), rekey: rekey.nonce }
    await next.append(signRecord(next.key, kp, { type: 'genesis', name: genesis.name, owner: genesis.owner, prev, carry, time }))
    await room.append(rekey)
    if ((await room.queries.value<Moved>(K.moved))?.nonce !== rekey.nonce) throw fail('not_applied', { action: 'move' })
  } catch (err) {
    await next.close()
    node.mover.moving.delete(roomId)
    throw err
  }
  try {
    await node.switchEpoch(roomId, next, namespace, encryptionKey)
  } finally {
    node.mover.moving.delete(roomId)
  }
}

type Member = MemberRecord & { memberId: string }

/** Members in good standing: not blocked, with a published box key (apply checks the same set). */
async function eligibleMembers(room: Room): Promise<Member[]> {
  const out: Member[] = []
  for (const m of await room.queries.members()) {
    if (m.box && !(await room.queries.value<Blocked>(K.blocked(m.memberId)))) out.push(m)
  }
  return out
}

/** The old room's state the new one starts from. */
async function carryFrom(room: Room, members: Member[], moderators: string[]): Promise<Carry> {
  const [guidelines, resources, settings, counters] = await Promise.all([
    room.queries.value<Guidelines>(K.guidelines),
    room.queries.value<{ resources: Array<z.infer<typeof ResourceRecord>> }>(K.resources),
    room.queries.value<Settings>(K.settings),
    room.queries.counters()
  ])
  const accepted = await Promise.all(members.map((m) => room.queries.value<number>(K.accepted(m.memberId))))
  const mutes: Carry['mutes'] = []
  for (const m of members) {
    const mute = await room.queries.value<MuteState>(K.mute(m.memberId))
    const left = muteInForce(mute, counters.messages, Date.now())
    if (mute && left) mutes.push({ prev: m.memberId, by: mute.by, reason: mute.reason, remaining: left.remaining, untilTime: left.until })
  }
  const { joinMode, slowModeSeconds } = settings ?? DEFAULT_SETTINGS
  return {
    self: room.memberId,
    moderators,
    members: members.map((m, i) => ({ prev: m.memberId, name: m.name, accepted: accepted[i] })),
    guidelines: guidelines ? { version: guidelines.version, text: guidelines.text, by: guidelines.by, time: guidelines.time } : null,
    resources: resources?.resources ?? null,
    settings: { joinMode, slowModeSeconds },
    mutes,
    life: await lifeCarryFrom(room),
    lists: await listCarryFrom(room)
  }
}
