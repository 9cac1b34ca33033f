import { z } from 'zod'
import { RoomId, MemberId, MessageId, ModeratorKey } from './common.ts'

const room = { roomId: RoomId }
const def = <P extends z.ZodType, R extends z.ZodType>(params: P, result: R, doc: string) => ({ params, result, doc })
const Conversation = z.object({ roomId: RoomId })

/** Private support conversations (issue 13); merged into `methods`. */
export const supportMethods = {
  requestSupport: def(
    z.object({ ...room, note: z.string().trim().max(500).optional() }).strict(),
    z.object({ requestId: MessageId }),
    "Ask the room's moderators for someone to talk to now. The note is sealed to the owner and moderator keys; members see only that you asked."
  ),
  listSupportRequests: def(
    z.object(room).strict(),
    z.object({
      requests: z.array(
        z.object({
          requestId: MessageId,
          requester: MemberId,
          requesterName: z.string().nullable(),
          /** The requester's note; null when there was none, or for a member reading their own request. */
          note: z.string().nullable(),
          time: z.number(),
          /** The moderator key that accepted it, or null while it waits. */
          acceptedBy: ModeratorKey.nullable(),
          /** The private conversation, when this device is one of its two people. */
          conversationRoomId: RoomId.nullable()
        })
      ),
      /** Requests sealed to this key whose note did not open: listed with a null note, and counted. */
      unreadable: z.number().int().nonnegative()
    }),
    'Support requests in the room, oldest first: moderators see every request; a member sees their own.'
  ),
  acceptSupportRequest: def(
    z.object({ ...room, requestId: MessageId }).strict(),
    Conversation,
    "Accept a support request (moderators): opens a private conversation with the requester, separately keyed; its invite reaches only the requester's device, sealed."
  ),
  openPrivateConversation: def(
    z.object({ ...room, memberId: MemberId }).strict(),
    Conversation,
    'Open a private conversation with a member (moderators), e.g. after hiding their post. It appears on their device by itself.'
  ),
  endConversation: def(
    z.object(room).strict(),
    z.object({ ok: z.literal(true) }),
    'End a private conversation (either of its two people): nothing more can be posted there; what was said stays readable to the two.'
  )
} as const
