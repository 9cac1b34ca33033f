import { fail } from '../../shared/api/errors.ts'
import { MAX_PINS, MAX_SESSIONS } from '../records/life-schema.ts'
import { K, type Guidelines, type MuteState } from '../room/keys.ts'
import { L, type Pin, type Session } from '../room/life-keys.ts'
import { muteInForce } from '../room/gates.ts'
import { pinsOf, roomLife } from '../room/life-queries.ts'
import { randomBytes, toHex } from '../crypto.ts'
import { isAuthorityKey } from '../room/queries-authority.ts'
import { moderate, made } from './moderate.ts'
import { requireSigningKey, writable } from './guards.ts'
import { searchHistory } from './search.ts'
import { exportMyData } from '../export/write.ts'
import { unanswered } from './unanswered.ts'
import type { ImplFactory } from './context.ts'
import type { Room } from '../room/room.ts'
import type { HearthNode } from '../node.ts'

const OK = { ok: true as const }

/** A message of this room as it is now that can be pinned or reacted to: published, not deleted. */
async function requirePinnable(room: Room, messageId: string) {
  const msg = await room.queries.rawMessage(messageId)
  if (!msg) throw fail('message_not_found', { messageId })
  if (msg.index < 0 || msg.deleted) throw fail('not_pinnable')
}

/** The room, if this device holds a moderator key of it: said before any check of the room's state. */
async function asModerator(node: HearthNode, roomId: string): Promise<Room> {
  const kp = requireSigningKey(node, roomId)
  const room = node.room(roomId)
  if (!(await isAuthorityKey(room.base.view, toHex(kp.publicKey)))) throw fail('not_moderator')
  return room
}

const pins = async (room: Room) => (await room.queries.value<Pin[]>(L.pins)) ?? []
const sessions = async (room: Room) => (await room.queries.value<Session[]>(L.sessions)) ?? []

/** A time zone Intl knows: a recurrence is kept in its wall time on every device. */
function requireZone(zone: string | undefined) {
  if (!zone) return
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone })
  } catch {
    throw fail('zone_unknown', { zone })
  }
}

/** Who may react: the same standing a post needs, minus the post-rate limits (a reaction adds no text). */
async function requireStanding(node: HearthNode, roomId: string) {
  const room = await writable(node, roomId)
  const [member, guidelines, accepted, mute, counters] = await Promise.all([
    room.queries.member(room.memberId),
    room.queries.value<Guidelines>(K.guidelines),
    room.queries.value<number>(K.accepted(room.memberId)),
    room.queries.value<MuteState>(K.mute(room.memberId)),
    room.queries.counters()
  ])
  if (member?.approved === false) throw fail('awaiting_approval')
  if (guidelines && accepted !== guidelines.version) throw fail('guidelines_not_accepted', { version: guidelines.version })
  const muted = muteInForce(mute, counters.messages, Date.now())
  if (muted) throw fail('muted', muted)
  return room
}

export const lifeMethods: ImplFactory<
  | 'pinMessage'
  | 'unpinMessage'
  | 'setWelcome'
  | 'scheduleSession'
  | 'cancelSession'
  | 'reactToMessage'
  | 'searchMessages'
  | 'verifyProfessional'
  | 'unverifyProfessional'
  | 'getRoomLife'
  | 'exportMyData'
  | 'getUnanswered'
> = (node) => ({
  async pinMessage({ roomId, messageId, note }) {
    const room = await asModerator(node, roomId)
    const current = await pins(room)
    if (current.some((p) => p.target === messageId)) throw fail('already_pinned')
    if (current.length >= MAX_PINS) throw fail('too_many_pins', { limit: MAX_PINS })
    await requirePinnable(room, messageId)
    const pinned = async (r: Room, s: { nonce: string }) => (await pins(r)).some((p) => p.nonce === s.nonce)
    await moderate(node, roomId, { type: 'pin', target: messageId, ...(note ? { note } : {}) }, pinned)
    return OK
  },
  async unpinMessage({ roomId, messageId }) {
    if (!(await pins(await asModerator(node, roomId))).some((p) => p.target === messageId)) throw fail('not_pinned')
    const unpinned = async (r: Room) => !(await pins(r)).some((p) => p.target === messageId)
    await moderate(node, roomId, { type: 'unpin', target: messageId }, unpinned)
    return OK
  },
  async setWelcome({ roomId, text }) {
    const room = await moderate(node, roomId, { type: 'welcome', text }, made(L.welcome))
    return { version: (await room.queries.value<{ version: number }>(L.welcome))!.version }
  },
  async scheduleSession({ roomId, sessionId, title, start, minutes, repeat, zone, note }) {
    requireZone(zone)
    const current = await sessions(await asModerator(node, roomId))
    if (sessionId && !current.some((s) => s.id === sessionId)) throw fail('session_not_found', { sessionId })
    if (!sessionId && current.length >= MAX_SESSIONS) throw fail('too_many_sessions', { limit: MAX_SESSIONS })
    const id = sessionId ?? randomBytes(16).toString('hex')
    const record = { type: 'session', id, title, start, minutes, repeat, ...(zone ? { zone } : {}), ...(note ? { note } : {}) }
    const scheduled = async (r: Room, s: { nonce: string }) => (await sessions(r)).some((x) => x.nonce === s.nonce)
    await moderate(node, roomId, record, scheduled)
    return { sessionId: id }
  },
  async cancelSession({ roomId, sessionId }) {
    if (!(await sessions(await asModerator(node, roomId))).some((s) => s.id === sessionId)) throw fail('session_not_found', { sessionId })
    const gone = async (r: Room) => !(await sessions(r)).some((s) => s.id === sessionId)
    await moderate(node, roomId, { type: 'cancel-session', id: sessionId }, gone)
    return OK
  },
  async reactToMessage({ roomId, messageId, kind, on }) {
    const room = await requireStanding(node, roomId)
    await requirePinnable(room, messageId)
    const mine = async () => (await room.queries.value<string[]>(L.react(messageId, room.memberId))) ?? []
    const want = on ?? !(await mine()).includes(kind)
    if ((await mine()).includes(kind) !== want) {
      await room.append({ type: 'react', target: messageId, kind, on: want, time: Date.now() })
      if ((await mine()).includes(kind) !== want) throw fail('not_applied', { action: 'react' })
    }
    return { on: want, reactions: (await room.queries.rawMessage(messageId))?.reactions ?? {} }
  },
  async searchMessages({ roomId, query, limit }) {
    return searchHistory(node.history(roomId), query, limit ?? 50)
  },
  async verifyProfessional({ roomId, memberId, resource, title }) {
    const room = await asModerator(node, roomId)
    if (memberId && !(await room.queries.member(memberId))) throw fail('member_not_found', { memberId })
    if (resource && !(await roomResourceNames(room)).includes(resource)) throw fail('resource_not_found', { name: resource })
    const key = memberId ? L.verifiedMember(memberId) : L.verifiedResource(resource!)
    await moderate(node, roomId, { type: 'verify', ...(memberId ? { member: memberId } : { resource }), title }, made(key))
    return OK
  },
  async unverifyProfessional({ roomId, memberId, resource }) {
    const room = await asModerator(node, roomId)
    const key = memberId ? await verifiedMemberKey(room, memberId) : L.verifiedResource(resource!)
    if (!key || !(await room.queries.value(key))) throw fail('not_verified')
    const lifted = async (r: Room) => (await r.queries.value(key)) === null
    await moderate(node, roomId, { type: 'unverify', ...(memberId ? { member: memberId } : { resource }) }, lifted)
    return OK
  },
  async getRoomLife({ roomId }) {
    return roomLife(node.room(roomId).base.view)
  },
  async getUnanswered({ roomId, minutes }) {
    const me = new Set(node.epochs(roomId).map((r) => r.memberId))
    return { items: await unanswered(node.history(roomId), me, minutes ?? 60, Date.now()) }
  },
  async exportMyData({ dir, appSettings }) {
    return exportMyData(node, dir, appSettings ?? {})
  }
})

/** Where a member's verification lives: under their id, or (carried over a move) under their old one. */
async function verifiedMemberKey(room: Room, memberId: string): Promise<string | null> {
  if (await room.queries.value(L.verifiedMember(memberId))) return L.verifiedMember(memberId)
  const prev = (await room.queries.member(memberId))?.prev
  return prev ? L.verifiedPrev(prev) : null
}

async function roomResourceNames(room: Room): Promise<string[]> {
  return ((await room.queries.value<{ resources: Array<{ name: string }> }>(K.resources))?.resources ?? []).map((r) => r.name)
}

/** The pins getRoom answers with. */
export const roomPins = (room: Room) => pinsOf(room.base.view)
