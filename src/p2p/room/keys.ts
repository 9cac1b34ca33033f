/** Key layout of a room's Hyperbee view. Every key is derived from the log alone (see apply). */
export const K = {
  genesis: 'meta/genesis',
  counters: 'meta/counters',
  msg: (id: string) => `msg/${id}`,
  idx: (index: number) => `idx/${String(index).padStart(12, '0')}`,
  idxPrefix: 'idx/',
  member: (memberId: string) => `member/${memberId}`,
  memberPrefix: 'member/',
  ticket: (id: string) => `ticket/${id}`,
  nonce: (nonce: string) => `nonce/${nonce}`
} as const

export type Genesis = { name: string; owner: string; time: number; creator: string }
export type Counters = { messages: number; skipped: number; members: number }
export type StoredMessage = {
  author: string
  text: string | null
  cw: string | null
  replyTo: string | null
  time: number
  editedTime: number | null
  deleted: boolean
  index: number
}
export type MemberRecord = { name: string | null; posts: number; joinedBy: string | null }
export type TicketState = { revoked: boolean; uses: number }

export const prefixRange = (prefix: string) => ({ gte: prefix, lt: prefix + '\xff' })
