import { z } from 'zod'
import { RoomId, MemberId, MessageId, ModeratorKey, DisplayName, PostText, ContentWarning, Message, RoomSummary, Resource } from './common.ts'
import { moderationMethods } from './moderation-methods.ts'
import { presenceMethods } from './presence-methods.ts'
import { lifeMethods, Pin } from './life-methods.ts'
import { supportMethods } from './support-methods.ts'
import { listMethods } from './list-methods.ts'
import { directoryMethods } from './directory-methods.ts'

const room = { roomId: RoomId }
const Ok = z.object({ ok: z.literal(true) })
const def = <P extends z.ZodType, R extends z.ZodType>(params: P, result: R, doc: string) => ({ params, result, doc })

/**
 * The one API contract: method name -> params schema, result schema, one line of docs.
 * Implemented once in src/p2p/api, carried by stdio JSON-RPC, WebSocket and Electron IPC.
 */
export const methods = {
  // ---- rooms (issue: engine) ----
  createRoom: def(
    z.object({ name: z.string().trim().min(1).max(80), displayName: DisplayName.optional() }).strict(),
    z.object({ roomId: RoomId, invite: z.string(), link: z.string() }),
    'Create a room you own; returns its id and a first invite (valid 7 days), with its short link.'
  ),
  createInvite: def(
    z
      .object({
        ...room,
        /** A name for the invite, shown in the moderator console (e.g. "for the Tuesday group"). */
        label: z.string().trim().max(60).optional(),
        /** Days until it stops working (default 7; 0 = never). */
        expiresInDays: z.number().int().min(0).max(365).optional(),
        /** How many people may join with it (default: no limit). */
        maxUses: z.number().int().min(1).max(10_000).optional()
      })
      .strict(),
    z.object({ invite: z.string(), inviteId: z.string(), link: z.string(), expires: z.number().nullable(), maxUses: z.number().nullable() }),
    'Make an invite signed by your owner/moderator key: it stops working after expiresInDays (default 7) or maxUses joins, enforced by every peer. link is a short hearth://i/ link to it, findable while this device is online every two days; invite is the full invite, which works without it.'
  ),
  createSeedInvite: def(
    z.object(room).strict(),
    z.object({ seedInvite: z.string() }),
    'A seed invite for an always-on blind seeder (`hearth seed --blind`): it keeps the room available without the key to read it (owner and moderators).'
  ),
  revokeInvite: def(
    z.object({ ...room, inviteId: z.string().regex(/^[0-9a-f]{32}$/) }).strict(),
    Ok,
    'Revoke an invite ticket you (or a fellow moderator) issued: nobody joins with it afterwards.'
  ),
  listInvites: def(
    z.object(room).strict(),
    z.object({
      invites: z.array(
        z.object({
          inviteId: z.string(),
          issuer: ModeratorKey,
          label: z.string().nullable(),
          createdAt: z.number().nullable(),
          expires: z.number().nullable(),
          maxUses: z.number().int().nullable(),
          revoked: z.boolean(),
          uses: z.number().int(),
          /** The invite itself, to copy again (null for invites issued before it was kept). */
          invite: z.string().nullable(),
          /** Its short hearth://i/ link (null when the invite itself was not kept). */
          link: z.string().nullable(),
          /** Whether it can still admit someone (not revoked, expired or used up). */
          usable: z.boolean()
        })
      )
    }),
    'Invites this device issued for the room: label, when made, limits, uses, and the invite to copy again.'
  ),
  joinRoom: def(
    z.object({ invite: z.string().trim().min(10).max(2000), displayName: DisplayName.optional() }).strict(),
    z.object({ roomId: RoomId, state: z.enum(['joining', 'ready']) }),
    'Join with an invite, its hearth://join/ link or its short hearth://i/ link (looked up on the DHT). state is "joining" if no peer of the room was reachable yet: it completes in the background.'
  ),
  listRooms: def(z.object({}).strict(), z.object({ rooms: z.array(RoomSummary) }), 'Rooms on this device with unread counts.'),
  getRoom: def(
    z.object(room).strict(),
    RoomSummary.extend({
      owner: ModeratorKey.nullable(),
      memberCount: z.number().int(),
      skipped: z.number().int(),
      viewHash: z.string(),
      /** The room's moves to new keys: the message index each set of keys starts at, and when. */
      moves: z.array(z.object({ at: z.number().int().nonnegative(), time: z.number() })),
      /** Pinned messages, oldest pin first (life-methods.ts). */
      pins: z.array(Pin)
    }),
    'One room: summary, owner key, member count, skipped-record count, view hash, moves to new keys.'
  ),
  leaveRoom: def(
    z.object({ ...room, erase: z.boolean().optional() }).strict(),
    Ok,
    'Stop syncing a room and forget it on this device; erase: true also deletes the room key here, leaving its stored data unreadable.'
  ),
  markRead: def(z.object(room).strict(), Ok, 'Mark every message in the room as read.'),
  postMessage: def(
    z.object({ ...room, text: PostText, contentWarning: ContentWarning.optional(), replyTo: MessageId.optional() }).strict(),
    z.object({ messageId: MessageId }),
    'Post a message; durable on disk when this returns.'
  ),
  editMessage: def(
    z.object({ ...room, messageId: MessageId, text: PostText, contentWarning: ContentWarning.nullable().optional() }).strict(),
    Ok,
    'Edit one of your own messages.'
  ),
  deleteMessage: def(z.object({ ...room, messageId: MessageId }).strict(), Ok, 'Delete one of your own messages (its text leaves the view).'),
  getMessages: def(
    z.object({ ...room, limit: z.number().int().min(1).max(500).optional(), before: MessageId.optional() }).strict(),
    z.object({ messages: z.array(Message), hasMore: z.boolean() }),
    'Latest messages (oldest first), or the page before a message.'
  ),
  getMessage: def(z.object({ ...room, messageId: MessageId }).strict(), z.object({ message: Message }), 'One message by id.'),
  setProfile: def(z.object({ ...room, displayName: DisplayName }).strict(), Ok, 'Set your display name in one room.'),
  whoami: def(
    z.object(room).strict(),
    z.object({ memberId: MemberId, displayName: z.string().nullable(), moderatorKey: ModeratorKey.nullable(), writable: z.boolean() }),
    'Your member id (writer key) in the room, and your moderator key if you hold one.'
  ),
  listMembers: def(
    z.object(room).strict(),
    z.object({
      members: z.array(
        z.object({
          memberId: MemberId,
          displayName: z.string().nullable(),
          posts: z.number().int(),
          blocked: z.boolean(),
          muted: z.boolean(),
          approved: z.boolean()
        })
      )
    }),
    'Members known to the room view.'
  ),
  ...moderationMethods,
  ...presenceMethods,
  ...lifeMethods,
  ...supportMethods,
  ...listMethods,
  ...directoryMethods
} as const

export type Methods = typeof methods
export type MethodName = keyof Methods
export type Params<M extends MethodName> = z.input<Methods[M]['params']>
export type Result<M extends MethodName> = z.infer<Methods[M]['result']>
export const methodNames = Object.keys(methods) as MethodName[]
export const isMethodName = (name: unknown): name is MethodName => typeof name === 'string' && Object.prototype.hasOwnProperty.call(methods, name)

export { RoomId, MemberId, MessageId, ModeratorKey, Resource }
