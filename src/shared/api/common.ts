import { z } from 'zod'
import { isRegionCode } from '../regions.ts'

/** A room is named by its Autobase key, z-base-32 encoded (52 chars). */
export const RoomId = z.string().regex(/^[ybndrfg8ejkmcpqxot1uwisza345h769]{52}$/, 'roomId must be a 52-character z-base-32 room key')
/** A member is named by their writer key in that room (64 hex chars). */
export const MemberId = z.string().regex(/^[0-9a-f]{64}$/, 'memberId must be 64 hex characters')
/** A moderator signing key (Ed25519 public key, 64 hex chars). */
export const ModeratorKey = z.string().regex(/^[0-9a-f]{64}$/, 'moderatorKey must be 64 hex characters')
/** A message is named by its author's writer key and the block index in the author's log. */
export const MessageId = z.string().regex(/^[0-9a-f]{64}-\d{1,15}$/, 'messageId must look like <memberId>-<seq>')

export const DisplayName = z.string().trim().min(1).max(64)
export const PostText = z.string().min(1).max(4000)
export const ContentWarning = z.string().trim().min(1).max(200)
export const Reason = z.string().trim().max(500)
export const Region = z.string().regex(/^[A-Z]{2}$/, 'region must be an ISO 3166-1 alpha-2 code such as GB')

export const Message = z.object({
  id: MessageId,
  author: MemberId,
  authorName: z.string().nullable(),
  text: z.string().nullable(),
  contentWarning: z.string().nullable(),
  replyTo: MessageId.nullable(),
  /** The author's claimed time (ms since epoch): shown, never trusted. */
  time: z.number(),
  editedTime: z.number().nullable(),
  deleted: z.boolean(),
  hidden: z.boolean(),
  hiddenReason: z.string().nullable(),
  /** Position in the room's current linear order (it can change when the view reorders); -1 while held for approval. */
  index: z.number().int().min(-1),
  /** Supportive reactions by kind, counts only (no names); absent when there are none. */
  reactions: z.record(z.string(), z.number().int().nonnegative()).optional(),
  /** The kinds you reacted with yourself. */
  reacted: z.array(z.string()).optional(),
  /** The author is marked by the room's moderators as a verified professional: the title they gave. */
  verified: z.string().optional(),
  /** The text @mentions your display name in this room (worked out on this device). */
  mentionsMe: z.literal(true).optional()
})
export type Message = z.infer<typeof Message>

export const RoomSummary = z.object({
  roomId: RoomId,
  name: z.string(),
  messageCount: z.number().int().nonnegative(),
  unread: z.number().int().nonnegative(),
  peers: z.number().int().nonnegative(),
  writable: z.boolean(),
  isModerator: z.boolean(),
  isOwner: z.boolean(),
  /** 'joining' until the room's genesis record is readable, then 'ready'. */
  state: z.enum(['joining', 'ready']),
  /** The room moved to new keys and this device was not given them: its history stays readable here. */
  movedAway: z.literal(true).optional(),
  /** 'private': a private support conversation between a member and a moderator (two people). */
  kind: z.enum(['room', 'private']),
  /** For a private conversation: the room it was opened from (on this device), so the app can say whose room it belongs to. */
  fromRoomId: RoomId.optional(),
  /** A private conversation one of the two ended: it stays readable, nothing more can be posted. */
  ended: z.literal(true).optional()
})
export type RoomSummary = z.infer<typeof RoomSummary>

export const Resource = z.object({
  name: z.string().trim().min(1).max(120),
  phone: z.string().max(40).optional(),
  text: z.string().max(80).optional(),
  url: z.string().url().max(300).optional(),
  /** Where the line answers: a region code from the list, or 'everywhere' (also what no region means). */
  region: z.union([Region.refine(isRegionCode, 'region must be a region code from the list, or everywhere'), z.literal('everywhere')]).optional(),
  hours: z.string().max(120).optional(),
  note: z.string().max(500).optional()
})
export type Resource = z.infer<typeof Resource>

/** A room resource as a member sees it: `match` says whether it is for their region, everywhere, or another region. */
export const ResourceForYou = Resource.extend({ match: z.enum(['region', 'everywhere', 'other']) })
export type ResourceForYou = z.infer<typeof ResourceForYou>
