import { z } from 'zod'
import { RoomId, ModeratorKey } from './common.ts'

const room = { roomId: RoomId }
const def = <P extends z.ZodType, R extends z.ZodType>(params: P, result: R, doc: string) => ({ params, result, doc })

export const ListId = z.string().regex(/^[0-9a-f]{32}$/, 'listId must be 32 hex characters')
export const BLOCK_LIST_KINDS = ['phrase', 'link'] as const
export const BlockListEntry = z.object({ kind: z.enum(BLOCK_LIST_KINDS), value: z.string().trim().min(1).max(200) }).strict()
export const BlockList = z.object({
  listId: ListId,
  name: z.string(),
  version: z.number().int(),
  /** When this version was signed (the signer's claim). */
  time: z.number(),
  /** The key that signed this version. */
  by: ModeratorKey,
  entries: z.array(BlockListEntry)
})
export const Subscription = BlockList.extend({
  /** The home room's name, as the moderator who subscribed saw it. */
  source: z.string(),
  subscribedBy: ModeratorKey,
  /** How many of the home room's keys may sign new versions. */
  trusted: z.number().int()
})

/** Shared block lists (issue 17); merged into `methods`. */
export const listMethods = {
  publishBlockList: def(
    z
      .object({
        ...room,
        name: z.string().trim().min(1).max(80),
        entries: z.array(BlockListEntry).max(300)
      })
      .strict(),
    z.object({ listId: ListId, version: z.number().int() }),
    "Publish a new version of this room's block list (moderators): phrases and link domains that posts here, and in every room that subscribes to it, may not contain. Other rooms' subscribers get the new version from any device in both rooms."
  ),
  getBlockLists: def(
    z.object(room).strict(),
    z.object({ own: BlockList.nullable(), subscriptions: z.array(Subscription) }),
    "The room's own block list and the lists it subscribes to, with their entries (everyone in the room can read them: they are the room's rules)."
  ),
  subscribeBlockList: def(
    z.object({ ...room, fromRoomId: RoomId }).strict(),
    z.object({ listId: ListId, version: z.number().int() }),
    "Subscribe this room to another room's block list (moderators of this room, on a device in both). New versions signed by that room's owner or moderators of now follow by themselves; lifting the subscription lifts its entries."
  ),
  unsubscribeBlockList: def(
    z.object({ ...room, listId: ListId }).strict(),
    z.object({ ok: z.literal(true) }),
    'Stop following a block list (moderators): its entries stop applying here at once.'
  )
} as const
