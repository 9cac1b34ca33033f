/** View keys of a room's life (handlers/life.ts); keys.ts holds the rest. */
export const L = {
  pins: 'meta/pins',
  welcome: 'meta/welcome',
  sessions: 'meta/sessions',
  /** Activity positions (messages + members) of the latest joins: what lockdown measures a wave with. */
  wave: 'meta/join-wave',
  /** One member's reactions to one message: the kinds they left. */
  react: (msgId: string, member: string) => `react/${msgId}/${member}`,
  verifiedMember: (member: string) => `verified/member/${member}`,
  verifiedMemberPrefix: 'verified/member/',
  /** Carried over a move: a member verified under their id in the old room. */
  verifiedPrev: (prev: string) => `verified/prev/${prev}`,
  verifiedPrevPrefix: 'verified/prev/',
  verifiedResource: (name: string) => `verified/resource/${name}`,
  verifiedResourcePrefix: 'verified/resource/'
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
  nonce?: string
}
export type Verified = { title: string; by: string; time: number; nonce?: string }
