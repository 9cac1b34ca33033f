import { z } from 'zod'
import { RoomId, ModeratorKey } from './common.ts'

const room = { roomId: RoomId }
const def = <P extends z.ZodType, R extends z.ZodType>(params: P, result: R, doc: string) => ({ params, result, doc })
const Ok = z.object({ ok: z.literal(true) })

/** A listing is named by its listing key (Ed25519 public key, 64 hex chars): the room's own keys stay unpublished. */
export const ListingId = z.string().regex(/^[0-9a-f]{64}$/, 'listingId must be 64 hex characters')
/** A knock is named by 32 hex characters (derived from the knocker's one-time reply key). */
export const JoinRequestId = z.string().regex(/^[0-9a-f]{32}$/, 'requestId must be 32 hex characters')
/** A topic tag: lower case letters, digits and dashes ("grief", "night-owls"). */
export const Topic = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[\p{Ll}\p{N}][\p{Ll}\p{N}-]{0,23}$/u, 'a topic is 1-24 letters, digits or dashes')
/** A language tag (BCP 47, short form): "en", "es", "pt-BR". */
export const Language = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/, 'a language is a tag such as en, es or pt-BR')
/** A time zone the room is most active in: an IANA name ("Europe/Madrid") or "UTC". */
export const ListingZone = z.string().regex(/^(UTC|[A-Za-z_]+(\/[A-Za-z0-9_+-]+){1,2})$/, 'a time zone is an IANA name such as Europe/Madrid')
/**
 * How many members a room has, as a coarse band (never an exact count): '1-9', '10-49',
 * '50-199' or '200+'.
 */
export const MembersBand = z.enum(['1-9', '10-49', '50-199', '200+'])

const Listed = z.object({
  listingId: ListingId,
  name: z.string(),
  description: z.string(),
  topics: z.array(z.string()),
  languages: z.array(z.string()),
  timeZones: z.array(z.string()),
  /** A moderator was on duty when the owner's device last refreshed the listing (every few minutes while it is online). */
  onDuty: z.boolean(),
  members: MembersBand,
  /** Knocks wait for a moderator; false: the owner's device lets knockers in at once (within the same limits). */
  requireKnock: z.boolean(),
  /** The room owner's key: the room an approval leads to is checked against it. */
  owner: ModeratorKey,
  /** When the owner's device last published it (its claim, ms since the epoch). */
  updatedAt: z.number()
})

const JoinState = z.enum(['pending', 'approved', 'declined'])

/** The room directory with no server, and knocking (issue 13); merged into `methods`. */
export const directoryMethods = {
  listRoom: def(
    z
      .object({
        ...room,
        description: z.string().trim().min(1).max(300),
        topics: z.array(Topic).min(1).max(5),
        languages: z.array(Language).min(1).max(5),
        requireKnock: z.boolean(),
        timeZones: z.array(ListingZone).max(3).optional()
      })
      .strict(),
    z.object({ listingId: ListingId }),
    "List a room you own in the directory (owner only): a listing signed by the room's listing key, findable on the DHT while this device is online. Listing again updates it."
  ),
  unlistRoom: def(
    z.object(room).strict(),
    Ok,
    'Withdraw the listing (owner only): a signed withdrawal replaces it on the DHT and this device stops announcing it.'
  ),
  searchDirectory: def(
    z
      .object({
        query: z.string().trim().max(100).optional(),
        topic: Topic.optional(),
        language: Language.optional()
      })
      .strict(),
    z.object({ rooms: z.array(Listed) }),
    'Look up the listed rooms on the DHT and keep those whose signatures check out, that are not withdrawn or stale, and that match the query (name or description), topic and language.'
  ),
  requestToJoin: def(
    z
      .object({
        listingId: ListingId,
        note: z.string().trim().max(500).optional(),
        displayName: z.string().trim().min(1).max(64).optional()
      })
      .strict(),
    z.object({ requestId: JoinRequestId }),
    "Knock on a listed room: the note reaches the room's moderators, sealed to their keys. An approval brings the room to this device by itself."
  ),
  listMyJoinRequests: def(
    z.object({}).strict(),
    z.object({
      requests: z.array(
        z.object({
          requestId: JoinRequestId,
          listingId: ListingId,
          name: z.string(),
          time: z.number(),
          state: JoinState,
          /** The room on this device once an approval has been acted on. */
          roomId: RoomId.nullable()
        })
      )
    }),
    'Your knocks on this device, newest first: pending, approved (with the room, once joined) or declined.'
  ),
  listJoinRequests: def(
    z.object(room).strict(),
    z.object({
      requests: z.array(
        z.object({
          requestId: JoinRequestId,
          note: z.string().nullable(),
          displayName: z.string().nullable(),
          time: z.number(),
          state: JoinState,
          /** The moderator key that answered, or null while it waits. */
          answeredBy: ModeratorKey.nullable()
        })
      ),
      /** Knocks sealed to this key that did not open: counted, not listed. */
      unreadable: z.number().int().nonnegative()
    }),
    "The room's knocks, oldest first (moderators only: they are sealed to moderator keys)."
  ),
  answerJoinRequest: def(
    z.object({ ...room, requestId: JoinRequestId, approve: z.boolean() }).strict(),
    Ok,
    'Approve (a one-use invite, sealed to the knocker) or decline a knock (moderators). Each knock is answered once.'
  )
} as const
