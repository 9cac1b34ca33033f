import type { ListEnvelope } from '../records/list-schema.ts'
import type { ActiveEntry } from './match.ts'

/** View keys of shared block lists (room/handlers/lists.ts writes them). */
export const LK = {
  /** This room's own list: the newest envelope published here. */
  own: 'lists/own',
  sub: (listId: string) => `lists/sub/${listId}`,
  subPrefix: 'lists/sub/',
  /** Every entry in force here (own list and subscriptions), normalised: what each post is checked against. */
  active: 'lists/active'
} as const

export type OwnList = { list: ListEnvelope }
export type Subscription = { list: ListEnvelope; trusted: string[]; source: string; by: string; time: number; nonce?: string }
export type ActiveEntries = ActiveEntry[]
