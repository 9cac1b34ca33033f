import type { RecordOf } from '../../records/schema.ts'
import { MAX_PINS, MAX_SESSIONS } from '../../records/life-schema.ts'
import { K, type Guidelines, type MemberRecord, type MuteState, type StoredMessage } from '../keys.ts'
import { L, type Pin, type Session, type Verified, type Welcome } from '../life-keys.ts'
import { acceptSigned } from '../authority.ts'
import { muteInForce } from '../gates.ts'
import { effectiveTime, type RoomClock } from '../clock.ts'
import { saveMessage } from './messages.ts'
import type { ApplyContext } from '../apply-context.ts'

// Moderator records spend their nonce first (acceptSigned), then check the state they meet.

/** A published, undeleted message of this room is pinned (at most MAX_PINS at once). */
export async function pin(ctx: ApplyContext, r: RecordOf<'pin'>): Promise<boolean> {
  if (!(await acceptSigned(ctx, r))) return false
  const [msg, pins] = await Promise.all([ctx.value<StoredMessage>(K.msg(r.target)), ctx.value<Pin[]>(L.pins)])
  const list = pins ?? []
  if (!msg || msg.index < 0 || msg.deleted || list.length >= MAX_PINS || list.some((p) => p.target === r.target)) return false
  await ctx.view.put(L.pins, [...list, { target: r.target, by: r.by, time: r.time, note: r.note ?? null, nonce: r.nonce }])
  await ctx.log('pin', r.by, r.target, r.note ?? null, r.time)
  return true
}

export async function unpin(ctx: ApplyContext, r: RecordOf<'unpin'>): Promise<boolean> {
  if (!(await acceptSigned(ctx, r))) return false
  const list = (await ctx.value<Pin[]>(L.pins)) ?? []
  if (!list.some((p) => p.target === r.target)) return false
  await ctx.view.put(
    L.pins,
    list.filter((p) => p.target !== r.target)
  )
  await ctx.log('unpin', r.by, r.target, null, r.time)
  return true
}

/** The welcome each newcomer sees once; a new version is shown again. Empty text: no welcome. */
export async function welcome(ctx: ApplyContext, r: RecordOf<'welcome'>): Promise<boolean> {
  if (!(await acceptSigned(ctx, r))) return false
  const prev = await ctx.value<Welcome>(L.welcome)
  const next: Welcome = { version: (prev?.version ?? 0) + 1, text: r.text, by: r.by, time: r.time, nonce: r.nonce }
  await ctx.view.put(L.welcome, next)
  await ctx.log('welcome', r.by, `v${next.version}`, null, r.time)
  return true
}

/** A scheduled session (time in UTC, a recurrence); the same id replaces it. */
export async function session(ctx: ApplyContext, r: RecordOf<'session'>): Promise<boolean> {
  if (!(await acceptSigned(ctx, r))) return false
  const list = (await ctx.value<Session[]>(L.sessions)) ?? []
  const others = list.filter((s) => s.id !== r.id)
  if (others.length >= MAX_SESSIONS) return false
  const s: Session = { id: r.id, title: r.title, start: r.start, minutes: r.minutes, repeat: r.repeat, by: r.by, time: r.time, nonce: r.nonce }
  if (r.zone) s.zone = r.zone
  if (r.note) s.note = r.note
  await ctx.view.put(L.sessions, [...others, s])
  await ctx.log(others.length < list.length ? 'session-changed' : 'session', r.by, r.id, r.title, r.time)
  return true
}

export async function cancelSession(ctx: ApplyContext, r: RecordOf<'cancel-session'>): Promise<boolean> {
  if (!(await acceptSigned(ctx, r))) return false
  const list = (await ctx.value<Session[]>(L.sessions)) ?? []
  const gone = list.find((s) => s.id === r.id)
  if (!gone) return false
  await ctx.view.put(
    L.sessions,
    list.filter((s) => s.id !== r.id)
  )
  await ctx.log('session-cancelled', r.by, r.id, gone.title, r.time)
  return true
}

/**
 * A member's reaction, on or off: one per member per message per kind. Like a post, it needs a
 * member in good standing (approved, guidelines accepted, not muted; a blocked member's records
 * never get here). Counts live with the message; who reacted, only under react/ (for toggling).
 */
export async function react(ctx: ApplyContext, r: RecordOf<'react'>): Promise<boolean> {
  const [member, msg, mine, guidelines, accepted, muted, clock] = await Promise.all([
    ctx.value<MemberRecord>(K.member(ctx.author)),
    ctx.value<StoredMessage>(K.msg(r.target)),
    ctx.value<string[]>(L.react(r.target, ctx.author)),
    ctx.value<Guidelines>(K.guidelines),
    ctx.value<number>(K.accepted(ctx.author)),
    ctx.value<MuteState>(K.mute(ctx.author)),
    ctx.value<RoomClock>(K.clock)
  ])
  if (!member || member.approved === false || !msg || msg.index < 0 || msg.deleted) return false
  if (guidelines && accepted !== guidelines.version) return false
  if (muteInForce(muted, ctx.counters.messages, effectiveTime(clock, ctx.author, r.time))) return false
  const kinds = mine ?? []
  if (kinds.includes(r.kind) === r.on) return false // nothing to change
  const next = r.on ? [...kinds, r.kind] : kinds.filter((k) => k !== r.kind)
  if (next.length) await ctx.view.put(L.react(r.target, ctx.author), next)
  else await ctx.view.del(L.react(r.target, ctx.author))
  const counts = { ...msg.reactions, [r.kind]: (msg.reactions?.[r.kind] ?? 0) + (r.on ? 1 : -1) }
  if (counts[r.kind] <= 0) delete counts[r.kind]
  const { reactions: _old, ...rest } = msg
  await saveMessage(ctx, r.target, Object.keys(counts).length ? { ...rest, reactions: counts } : rest)
  return true
}

/** A member or a resource verified as a professional by a moderator; the log says who. */
export async function verify(ctx: ApplyContext, r: RecordOf<'verify'>): Promise<boolean> {
  if (!(await acceptSigned(ctx, r))) return false
  if (r.member && !(await ctx.view.get(K.member(r.member)))) return false
  const key = r.member ? L.verifiedMember(r.member) : L.verifiedResource(r.resource!)
  const state: Verified = { title: r.title, by: r.by, time: r.time, nonce: r.nonce }
  await ctx.view.put(key, state)
  await ctx.log('verify', r.by, r.member ?? `resource:${r.resource}`, r.title, r.time)
  return true
}

export async function unverify(ctx: ApplyContext, r: RecordOf<'unverify'>): Promise<boolean> {
  if (!(await acceptSigned(ctx, r))) return false
  let key = r.member ? L.verifiedMember(r.member) : L.verifiedResource(r.resource!)
  if (!(await ctx.view.get(key)) && r.member) {
    // verified in the room this one continues (carried under their old id)
    const prev = (await ctx.value<MemberRecord>(K.member(r.member)))?.prev
    key = prev ? L.verifiedPrev(prev) : key
  }
  if (!(await ctx.view.get(key))) return false
  await ctx.view.del(key)
  await ctx.log('unverify', r.by, r.member ?? `resource:${r.resource}`, null, r.time)
  return true
}
