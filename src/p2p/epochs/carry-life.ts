import { K, type Settings } from '../room/keys.ts'
import { L, type Pin, type Session, type Verified, type Welcome } from '../room/life-keys.ts'
import type { LifeCarry } from '../records/life-schema.ts'
import type { Room } from '../room/room.ts'

/**
 * The old room's life the new one starts with (handlers/life-carry.ts takes it in): pins, the
 * welcome, sessions, flood limits and lockdown, verified professionals. Nonces stay behind: they
 * name records of the old room.
 */
export async function lifeCarryFrom(room: Room): Promise<LifeCarry> {
  const [pins, welcome, sessions, settings, members, resources] = await Promise.all([
    room.queries.value<Pin[]>(L.pins),
    room.queries.value<Welcome>(L.welcome),
    room.queries.value<Session[]>(L.sessions),
    room.queries.value<Settings>(K.settings),
    room.queries.entries<Verified>(L.verifiedMemberPrefix),
    room.queries.entries<Verified>(L.verifiedResourcePrefix)
  ])
  // members verified in a room this one continued are still known only by their older id
  const carried = await room.queries.entries<Verified>(L.verifiedPrevPrefix)
  const continued = new Map((await room.queries.members()).filter((m) => m.prev).map((m) => [m.prev!, m.memberId]))
  const mark = (v: Verified) => ({ title: v.title, by: v.by, time: v.time })
  return {
    pins: (pins ?? []).map((p) => ({ target: p.target, by: p.by, time: p.time, note: p.note })),
    welcome: welcome?.text ? { version: welcome.version, text: welcome.text, by: welcome.by, time: welcome.time } : null,
    sessions: (sessions ?? []).map(({ nonce: _nonce, ...s }) => s),
    settings: { ...(settings?.flood ? { flood: settings.flood } : {}), ...(settings?.lockdown ? { lockdown: settings.lockdown } : {}) },
    verified: [
      ...members.map((m) => ({ member: m.key.slice(L.verifiedMemberPrefix.length), ...mark(m.value) })),
      ...carried
        .filter((c) => continued.has(c.key.slice(L.verifiedPrevPrefix.length)))
        .map((c) => ({ member: continued.get(c.key.slice(L.verifiedPrevPrefix.length))!, ...mark(c.value) })),
      ...resources.map((r) => ({ resource: r.key.slice(L.verifiedResourcePrefix.length), ...mark(r.value) }))
    ]
  }
}
