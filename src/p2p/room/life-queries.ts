import { K, prefixRange, type MemberRecord } from './keys.ts'
import type { ViewReader } from '../compat/types.ts'
import { L, type Pin, type Session, type Verified, type Welcome } from './life-keys.ts'

type View = ViewReader

/**
 * A member's verified-professional title: verified here, or in the room this one continues (under
 * their old id). `member` may still be on its way: it is needed only for that fallback.
 */
export async function verifiedTitle(view: View, memberId: string, member: MemberRecord | null | Promise<MemberRecord | null>): Promise<string | null> {
  const own = (await view.get<Verified>(L.verifiedMember(memberId)))?.value
  if (own) return own.title
  const prev = (await member)?.prev
  if (!prev) return null
  return (await view.get<Verified>(L.verifiedPrev(prev)))?.value?.title ?? null
}

async function entries<T>(view: View, prefix: string): Promise<Array<{ key: string; value: T }>> {
  const out = []
  for await (const e of view.createReadStream<T>(prefixRange(prefix))) out.push({ key: e.key.slice(prefix.length), value: e.value })
  return out
}

const value = async <T>(view: View, key: string): Promise<T | null> => (await view.get<T>(key))?.value ?? null

export const pinsOf = async (view: View) =>
  ((await value<Pin[]>(view, L.pins)) ?? []).map((p) => ({ messageId: p.target, by: p.by, time: p.time, note: p.note }))

/** Everything getRoomLife answers, read from one room's view. */
export async function roomLife(view: View) {
  const [welcome, sessions, pins, members, resources, carried] = await Promise.all([
    value<Welcome>(view, L.welcome),
    value<Session[]>(view, L.sessions),
    pinsOf(view),
    entries<Verified>(view, L.verifiedMemberPrefix),
    entries<Verified>(view, L.verifiedResourcePrefix),
    entries<Verified>(view, L.verifiedPrevPrefix)
  ])
  // members verified in an earlier room of this one: found by their old id
  const byPrev = new Map(carried.map((c) => [c.key, c.value]))
  const continued = byPrev.size ? (await entries<MemberRecord>(view, K.memberPrefix)).filter((m) => m.value.prev && byPrev.has(m.value.prev)) : []
  return {
    welcome: welcome && welcome.text ? { version: welcome.version, text: welcome.text, by: welcome.by, time: welcome.time } : null,
    sessions: (sessions ?? []).map((s) => ({
      sessionId: s.id,
      title: s.title,
      start: s.start,
      minutes: s.minutes,
      repeat: s.repeat,
      zone: s.zone ?? null,
      note: s.note ?? null,
      by: s.by
    })),
    pins,
    verified: {
      members: [
        ...members.map((m) => ({ memberId: m.key, title: m.value.title, by: m.value.by, time: m.value.time })),
        ...continued.map((m) => ({ memberId: m.key, ...pick(byPrev.get(m.value.prev!)!) }))
      ],
      resources: resources.map((r) => ({ name: r.key, title: r.value.title, by: r.value.by, time: r.value.time }))
    }
  }
}

const pick = (v: Verified) => ({ title: v.title, by: v.by, time: v.time })
