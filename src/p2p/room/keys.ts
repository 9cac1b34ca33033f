import type { RoomClock } from './clock.ts'

/** Key layout of a room's Hyperbee view. Every key is derived from the log alone (see apply). */
export const K = {
  genesis: 'meta/genesis',
  counters: 'meta/counters',
  /**
   * The latest effective time claims (clock.ts): what slow mode and timed mutes measure against.
   * Views written before 2026-12 hold it here; it now lives in the counters (`Counters.clock`),
   * one view write less per record. Reads of this key go through ApplyContext.value and
   * RoomQueries.value, which answer from the counters first.
   */
  clock: 'meta/clock',
  msg: (id: string) => `msg/${id}`,
  /** The timeline: position -> TimelineEntry (a copy of the message, so a page is one range read). */
  idx: (index: number) => `idx/${String(index).padStart(12, '0')}`,
  idxPrefix: 'idx/',
  member: (memberId: string) => `member/${memberId}`,
  memberPrefix: 'member/',
  ticket: (id: string) => `ticket/${id}`,
  nonce: (nonce: string) => `nonce/${nonce}`,
  /**
   * Highest log length of a writer that apply has applied (ReplayGuard in apply.ts), unless the
   * writer's member record says so already (`MemberRecord.applied`): read both, take the larger.
   */
  applied: (writer: string) => `applied/${writer}`,
  mod: (key: string) => `mod/${key}`,
  modPrefix: 'mod/',
  blocked: (member: string) => `blocked/${member}`,
  blockedPrefix: 'blocked/',
  hidden: (msgId: string) => `hidden/${msgId}`,
  mute: (member: string) => `mute/${member}`,
  accepted: (member: string) => `accepted/${member}`,
  guidelines: 'meta/guidelines',
  resources: 'meta/resources',
  settings: 'meta/settings',
  pending: (member: string, length: number) => `pend/${member}/${String(length).padStart(12, '0')}`,
  pendingPrefix: (member: string) => `pend/${member}/`,
  report: (id: string) => `report/${id}`,
  reportPrefix: 'report/',
  /** The move of this room to new keys (handlers/rekey.ts), once accepted. */
  moved: 'meta/moved',
  /** In a room that continues another: who of the old room may continue, and who did. */
  carried: (prev: string) => `carry/member/${prev}`,
  carriedPrefix: 'carry/member/',
  carriedMute: (prev: string) => `carry/mute/${prev}`,
  continued: (prev: string) => `carry/used/${prev}`,
  /** Support requests (handlers/support.ts) and the offers that answer them, per member. */
  support: (id: string) => `support/${id}`,
  supportPrefix: 'support/',
  offer: (member: string, nonce: string) => `offer/${member}/${nonce}`,
  offerPrefix: (member: string) => `offer/${member}/`,
  /** Knocks on the room's directory listing (handlers/directory.ts), and how many wait for an answer. */
  knock: (id: string) => `knock/${id}`,
  knockPrefix: 'knock/',
  knocksPending: 'meta/knocks-pending',
  /** Moderator keys that signed records appended by a writer (handlers/signers.ts). */
  signer: (writer: string, key: string) => `signer/${writer}/${key}`,
  signerPrefix: (writer: string) => `signer/${writer}/`,
  /** A private conversation one of its two members ended: no post counts after it. */
  ended: 'meta/ended',
  /**
   * How many times members changed their names: a write here tells a client that earlier posts
   * now read with another name (changes.ts), without reading what each member was called before.
   */
  renames: 'meta/renames',
  modlog: (seq: number) => `modlog/${String(seq).padStart(12, '0')}`,
  modlogPrefix: 'modlog/'
} as const

/**
 * Whether `by` may block the room's creator writer `member`. The creator of a room its owner made
 * (or moved) is the owner's own device: nobody blocks it. A room a moderator moved has that
 * moderator's device as creator; the owner alone may block it there, so a rogue moderator cannot
 * make themselves unblockable by moving the room (the owner blocks, then moves it again).
 * The blocked creator stays the room's indexer (removing the only indexer would stop the room).
 */
export const mayBlockCreator = (genesis: Pick<Genesis, 'owner' | 'by'>, by: string): boolean =>
  genesis.by !== undefined && genesis.by !== genesis.owner && by === genesis.owner

export type KnockState = {
  sealed: Array<{ to: string; box: string }>
  time: number
  nonce: string
  answer: { by: string; approve: boolean; box: string; time: number; nonce: string } | null
}

export type Genesis = {
  name: string
  owner: string
  time: number
  creator: string
  /** A room that continues another: the old room's key and the rekey that moved it, and who moved it. */
  prev?: { key: string; rekey: string }
  by?: string
  /** The moderators the move carried over (what followers check the move against). */
  moderators?: string[]
}
export type Moved = {
  by: string
  nonce: string
  time: number
  sealed: Array<{ to: string; box: string }>
  moderators: string[]
  /** Messages the room had when it moved (where the next room's messages start). */
  at: number
}
export type Counters = {
  messages: number
  skipped: number
  members: number
  modlog: number
  reports: number
  /** running hash of apply's writes (apply.ts hashing) */ hash?: string
  /**
   * Running hash of apply's writes to blocked/ alone, started from `hash` (view-writes.ts): it
   * changes exactly when the block list may have, so peers re-read that list only then.
   */
  blocks?: string
  /** The room's clock (clock.ts); views written before it was kept here hold it at K.clock. */
  clock?: RoomClock
}
export type StoredMessage = {
  author: string
  text: string | null
  cw: string | null
  replyTo: string | null
  time: number
  editedTime: number | null
  deleted: boolean
  /** -1 while the post waits for a moderator's approval (approval-required rooms). */
  index: number
  /** Reaction counts by kind (handlers/life.ts); absent when there are none. */
  reactions?: Record<string, number>
}
/** A published message as the timeline holds it (idx/). Rooms written before it hold the id alone. */
export type TimelineEntry = StoredMessage & { id: string; hidden: { reason: string } | null }
/** A moderator action in force; `nonce` names it, so only a lift that names it can undo it. */
export type HiddenState = { by: string; reason: string; time: number; nonce?: string }
export type Blocked = { by: string; reason: string; time: number; nonce?: string }
export type MemberRecord = {
  name: string | null
  posts: number
  joinedBy: string | null
  /** false while an approval-required room waits for a moderator's approve-member record. */
  approved?: boolean
  /** Effective time (clock.ts) of the member's last accepted post: slow mode measures from it. */
  lastPostTime?: number
  /** The public key others seal to this member with (hex Ed25519, used as Curve25519). */
  box?: string
  /** In a room that continues another: this member's id in the old room. */
  prev?: string
  /** Room message count when they joined: newcomer flood limits count from it (room/flood.ts). */
  joinedAt?: number
  /** Timeline indices of their latest accepted posts, oldest first (at most FLOOD_MAX). */
  recent?: number[]
  /**
   * The member's log length at the post that last wrote this record: the replay guard's mark
   * (apply.ts), kept here so a post does not write a separate applied/ key.
   */
  applied?: number
}
export type Guidelines = { version: number; text: string; by: string; time: number; nonce?: string }
export type Settings = {
  joinMode: 'open' | 'approval'
  slowModeSeconds: number
  nonce?: string
  /** Flood limits and lockdown (room/flood.ts); absent in rooms set before them. */
  flood?: Flood | null
  lockdown?: { joins: number; window: number } | null
  /** Set when a wave of joins switched joining to approval (not by a moderator). */
  lockedDown?: boolean
}
export type Flood = { posts: number; window: number; newcomerPosts: number; newcomerFor: number }
/**
 * A mute in force: until the room has accepted `untilMessages` messages, or until the member's
 * effective time reaches `untilTime` (the moderator's claimed time plus the duration), whichever
 * the moderator chose; neither means until unmuted. Views written before timed mutes hold `until`
 * (= untilMessages).
 */
export type MuteState = { by: string; reason: string; untilMessages?: number | null; untilTime?: number | null; until?: number | null; nonce?: string }
export type ModAction = { action: string; by: string; target: string | null; reason: string | null; time: number }
export type ReportState = {
  reporter: string
  sealed: Array<{ to: string; box: string }>
  time: number
  /** `note`: the moderator's note, sealed to the reporter's box key. */
  resolved: { by: string; outcome: 'dismissed' | 'actioned'; time: number; note?: string } | null
}
export type SupportRequestState = {
  requester: string
  sealed: Array<{ to: string; box: string }>
  time: number
  accepted: { by: string; time: number } | null
}
export type SupportOfferState = { by: string; request: string | null; box: string; time: number }
export type Ended = { by: string; time: number }
export const DEFAULT_SETTINGS: Settings = { joinMode: 'open', slowModeSeconds: 0 }
export type TicketState = { revoked: boolean; uses: number }

/** How far apply has gone in a writer's log (the replay guard's mark, apply.ts). */
export async function appliedLength(get: <T>(key: string) => Promise<T | null>, writer: string): Promise<number> {
  const [mark, member] = await Promise.all([get<number>(K.applied(writer)), get<MemberRecord>(K.member(writer))])
  return Math.max(mark ?? 0, member?.applied ?? 0)
}

export const prefixRange = (prefix: string) => ({ gte: prefix, lt: prefix + '\xff' })
