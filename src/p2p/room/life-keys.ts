/** View keys of a room's life (handlers/life.ts, handlers/lists.ts); keys.ts holds the rest. */
export const L = {
  pins: 'meta/pins',
  welcome: 'meta/welcome',
  sessions: 'meta/sessions',
  /** Activity positions (messages + members) of the latest joins: what lockdown measures a wave with. */
  wave: 'meta/join-wave',
  /** Block lists this room publishes and subscribes to. */
  lists: 'meta/lists',
  /** One member's reactions to one message: the kinds they left. */
  react: (msgId: string, member: string) => `react/${msgId}/${member}`,
  verifiedMember: (member: string) => `verified/member/${member}`,
  verifiedMemberPrefix: 'verified/member/',
  /** Carried over a move: a member verified under their id in the old room. */
  verifiedPrev: (prev: string) => `verified/prev/${prev}`,
  verifiedPrevPrefix: 'verified/prev/',
  verifiedResource: (name: string) => `verified/resource/${name}`,
  verifiedResourcePrefix: 'verified/resource/',
  /** The latest entry of a list for one subject (a link key). */
  listEntry: (list: string, subject: string) => `lentry/${list}/${subject}`,
  listEntryPrefix: (list: string) => `lentry/${list}/`,
  /** Which member showed this link key for this list. */
  linked: (list: string, key: string) => `linked/${list}/${key}`
} as const

export type Pin = { target: string; by: string; time: number; note: string | null; nonce?: string }
export type Welcome = { version: number; text: string; by: string; time: number; nonce?: string }
export type Session = {
  id: string
  title: string
  start: number
  minutes: number
  repeat: 'none' | 'daily' | 'weekly' | 'fortnightly' | 'monthly'
  zone?: string
  note?: string
  by: string
  time: number
}
export type Verified = { title: string; by: string; time: number; nonce?: string }
export type Subscription = { publisher: string; name: string; by: string; time: number }
export type Lists = { publish: boolean; subs: Subscription[] }
export type ListEntry = { on: boolean; seq: number; reason: string; time: number }
export const NO_LISTS: Lists = { publish: false, subs: [] }

/** The lists a member must show a link key for before posting: the room's own (if it publishes) and those it subscribes to. */
export function listsNeeded(lists: Lists | null, owner: string | undefined): string[] {
  if (!lists) return []
  return [...(lists.publish && owner ? [owner] : []), ...lists.subs.map((s) => s.publisher)]
}
