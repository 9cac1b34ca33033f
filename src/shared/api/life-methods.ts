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
/** Coarse UTC-offset bands of three hours: 0 = UTC−12…−10, 4 = UTC+0…+2, 8 = UTC+12…+14. */
export const Band = z.number().int().min(0).max(8)
export const ListRef = z.string().regex(/^hearth-list:[0-9a-f]{64}$/, 'a list reference looks like hearth-list:<64 hex>')

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

/** Something on this device that asks for a person's attention; never sent anywhere. */
export const Attention = z.object({
  roomId: RoomId,
  kind: z.enum(['unanswered', 'mention', 'session']),
  messageId: MessageId.optional(),
  sessionId: SessionId.optional(),
  /** When the post was written, or when the session starts (ms since epoch). */
  at: z.number(),
  authorName: z.string().nullable().optional(),
  title: z.string().optional()
})
export const Preferences = z.object({
  /** Be nudged about distressed posts nobody answered (moderators on duty always are). */
  nudges: z.boolean(),
  /** A reminder shortly before a scheduled session. */
  reminders: z.boolean(),
  /** A notification when someone @mentions your name. */
  mentions: z.boolean(),
  /** Share a coarse UTC-offset band in presence (null: share nothing). */
  band: Band.nullable()
})

/** Room life (issue 17): pins, welcome, sessions, reactions, search, verification, shared block lists, attention, export. */
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
    "Mark a member or a room resource (by name) as a verified professional, with a title (moderators). The log says who verified."
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
      }),
      lists: z.object({
        publishing: z.boolean(),
        /** What other rooms subscribe with, while this room publishes. */
        listRef: ListRef.nullable(),
        subscriptions: z.array(z.object({ publisher: ModeratorKey, name: z.string(), blocked: z.number().int() })),
        /** You must agree to show your link keys before your next post counts. */
        linkKeysNeeded: z.boolean()
      })
    }),
    "The room's welcome, scheduled sessions, pins, verified professionals and shared block lists."
  ),
  publishBlockList: def(
    z.object({ ...room, on: z.boolean() }).strict(),
    z.object({ listRef: ListRef.nullable() }),
    "Publish (or stop publishing) this room's blocks as a list other rooms can subscribe to (moderators; the owner's device signs the entries)."
  ),
  subscribeBlockList: def(
    z.object({ ...room, listRef: ListRef, name: z.string().trim().min(1).max(80) }).strict(),
    Ok,
    "Subscribe this room to another room's block list (moderators). Its blocks apply here with their source; entries arrive through devices in both rooms."
  ),
  unsubscribeBlockList: def(z.object({ ...room, publisher: ModeratorKey }).strict(), Ok, 'Unsubscribe from a block list: the blocks that came from it are lifted.'),
  shareLinkKeys: def(
    z.object(room).strict(),
    z.object({ shared: z.number().int() }),
    "Agree to show your link key for each block list the room shares, so your posts count (people in rooms sharing a list can tell it is the same person)."
  ),
  getAttention: def(
    z.object({ roomId: RoomId.optional() }).strict(),
    z.object({ items: z.array(Attention) }),
    'What needs attention on this device now: distressed posts nobody answered (moderators on duty, and members who opted in), mentions, sessions about to start.'
  ),
  getPreferences: def(z.object({}).strict(), Preferences, "This device's preferences for nudges, reminders, mentions and sharing a time band."),
  setPreferences: def(Preferences.partial().strict(), Preferences, "Change this device's preferences; returns them all."),
  exportMyData: def(
    z
      .object({
        path: z.string().min(1).max(4096).optional(),
        appSettings: z.record(z.string(), z.union([z.string().max(200), z.number(), z.boolean(), z.null()])).optional(),
        inline: z.boolean().optional()
      })
      .strict(),
    z.object({
      dir: z.string(),
      json: z.string(),
      html: z.string(),
      rooms: z.number().int(),
      messages: z.number().int(),
      actions: z.number().int(),
      /** With inline: the two files' contents too (the browser build downloads them). */
      content: z.object({ json: z.string(), html: z.string() }).optional()
    }),
    'Write a readable archive (JSON and HTML) of your rooms, your messages, your moderation actions and your settings, to `path` or the profile folder. No keys.'
  )
} as const
