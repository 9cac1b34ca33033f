import { z } from 'zod'
import { RoomId, MemberId, MessageId, ModeratorKey, Message } from './common.ts'

const room = { roomId: RoomId }
const Ok = z.object({ ok: z.literal(true) })
const def = <P extends z.ZodType, R extends z.ZodType>(params: P, result: R, doc: string) => ({ params, result, doc })

/** The supportive reactions (counts only, no names by default). */
export const REACTIONS = ['heard', 'strength', 'hug', 'same', 'thanks'] as const
export const ReactionKind = z.enum(REACTIONS)
export const REPEATS = ['none', 'daily', 'weekly', 'fortnightly', 'monthly'] as const
export const SessionId = z.string().regex(/^[0-9a-f]{32}$/, 'sessionId must be 32 hex characters')
/** An IANA time zone name, as Intl knows them (Europe/London, America/New_York, UTC). */
export const TimeZone = z
  .string()
  .regex(/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+){0,2}$/)
  .max(64)
export const Pin = z.object({ messageId: MessageId, by: ModeratorKey, time: z.number(), note: z.string().nullable() })
export const Session = z.object({
  sessionId: SessionId,
  title: z.string(),
  /** The first occurrence, in UTC (ms since epoch). */
  start: z.number(),
  minutes: z.number().int(),
  repeat: z.enum(REPEATS),
  /** The zone whose wall-clock time a recurrence keeps (null: UTC). */
  zone: TimeZone.nullable(),
  note: z.string().nullable(),
  by: ModeratorKey
})
export const FloodSettings = z
  .object({
    posts: z.number().int().min(1).max(50),
    window: z.number().int().min(2).max(1000),
    newcomerPosts: z.number().int().min(1).max(50),
    newcomerFor: z.number().int().min(0).max(100_000)
  })
  .strict()
  .refine((f) => f.posts <= f.window && f.newcomerPosts <= f.posts, 'posts must be at most window, and newcomerPosts at most posts')
export const LockdownSettings = z.object({ joins: z.number().int().min(2).max(1000), window: z.number().int().min(2).max(100_000) }).strict()

/** Room life (issue 17): pins, welcome, sessions, reactions, search, verified professionals. */
export const lifeMethods = {
  pinMessage: def(
    z.object({ ...room, messageId: MessageId, note: z.string().trim().max(200).optional() }).strict(),
    Ok,
    'Pin a message at the top of the room (moderators; at most 20).'
  ),
  unpinMessage: def(z.object({ ...room, messageId: MessageId }).strict(), Ok, 'Unpin a message (moderators).'),
  setWelcome: def(
    z.object({ ...room, text: z.string().trim().max(4000) }).strict(),
    z.object({ version: z.number().int() }),
    'Set the welcome each newcomer is shown once (moderators); empty text removes it.'
  ),
  scheduleSession: def(
    z
      .object({
        ...room,
        sessionId: SessionId.optional(),
        title: z.string().trim().min(1).max(120),
        start: z.number().int().nonnegative(),
        minutes: z.number().int().min(5).max(600),
        repeat: z.enum(REPEATS),
        zone: TimeZone.optional(),
        note: z.string().trim().max(500).optional()
      })
      .strict(),
    z.object({ sessionId: SessionId }),
    'Schedule a session (moderators): start in UTC ms, a recurrence kept in `zone` wall time (UTC if absent). A sessionId replaces that session.'
  ),
  cancelSession: def(z.object({ ...room, sessionId: SessionId }).strict(), Ok, 'Cancel a scheduled session (moderators).'),
  reactToMessage: def(
    z.object({ ...room, messageId: MessageId, kind: ReactionKind, on: z.boolean().optional() }).strict(),
    z.object({ on: z.boolean(), reactions: z.record(z.string(), z.number().int()) }),
    'Leave (or take back) a supportive reaction; without `on` it toggles. Others see counts, not names.'
  ),
  searchMessages: def(
    z.object({ ...room, query: z.string().trim().min(1).max(200), limit: z.number().int().min(1).max(200).optional() }).strict(),
    z.object({ messages: z.array(Message), scanned: z.number().int(), hasMore: z.boolean() }),
    "Search the room's history on this device (every set of keys it had), newest first. Nothing is sent."
  ),
  verifyProfessional: def(
    z
      .object({ ...room, memberId: MemberId.optional(), resource: z.string().trim().min(1).max(120).optional(), title: z.string().trim().min(1).max(80) })
      .strict()
      .refine((p) => !!p.memberId !== !!p.resource, 'give exactly one of memberId and resource'),
    Ok,
    'Mark a member or a room resource (by name) as a verified professional, with a title (moderators). The log says who verified.'
  ),
  unverifyProfessional: def(
    z
      .object({ ...room, memberId: MemberId.optional(), resource: z.string().trim().min(1).max(120).optional() })
      .strict()
      .refine((p) => !!p.memberId !== !!p.resource, 'give exactly one of memberId and resource'),
    Ok,
    'Remove a verified-professional mark (moderators).'
  ),
  getRoomLife: def(
    z.object(room).strict(),
    z.object({
      welcome: z.object({ version: z.number().int(), text: z.string(), by: ModeratorKey, time: z.number() }).nullable(),
      sessions: z.array(Session),
      pins: z.array(Pin),
      verified: z.object({
        members: z.array(z.object({ memberId: MemberId, title: z.string(), by: ModeratorKey, time: z.number() })),
        resources: z.array(z.object({ name: z.string(), title: z.string(), by: ModeratorKey, time: z.number() }))
      })
    }),
    "The room's welcome, scheduled sessions, pins and verified professionals."
  ),
  exportMyData: def(
    z
      .object({
        /** A folder to write into (created if missing); the profile's exports/ folder if absent. */
        dir: z.string().min(1).max(4096).optional(),
        /** This app's own settings to include (language, theme...): the engine does not know them. */
        appSettings: z.record(z.string().max(100), z.union([z.string().max(200), z.number(), z.boolean(), z.null()])).optional()
      })
      .strict(),
    z.object({
      dir: z.string(),
      json: z.string(),
      html: z.string(),
      rooms: z.number().int(),
      messages: z.number().int(),
      actions: z.number().int()
    }),
    'Write a readable archive of your rooms, your messages, your moderation actions and your settings: a JSON file and an HTML page to read. No keys, and nobody else’s messages.'
  ),
  getUnanswered: def(
    z.object({ ...room, minutes: z.number().int().min(1).max(1440).optional() }).strict(),
    z.object({
      items: z.array(
        z.object({
          messageId: MessageId,
          level: z.enum(['concern', 'urgent']),
          about: z.enum(['self', 'other']),
          time: z.number(),
          authorName: z.string().nullable()
        })
      )
    }),
    'Distressed posts of the last day that nobody has answered for `minutes` (60 if absent): no reply, no @mention of the author since, no reaction. Graded by the distress check on this device; nothing is stored or sent. The app nudges moderators on duty and members who opted in, newest first.'
  )
} as const
