import { z } from 'zod'

/**
 * Records of a room's life (issue 17): pins, the welcome, scheduled sessions, reactions,
 * and verified professionals. Kept apart from schema.ts; merged into
 * `recordSchemas` there. Moderator records carry by/nonce/sig and count once (acceptSigned).
 */
const hex = (bytes: number) => z.string().regex(new RegExp(`^[0-9a-f]{${bytes * 2}}$`))
const Key = hex(32)
const Sig = hex(64)
const base = { v: z.literal(1) }
const signed = { by: Key, nonce: hex(16), sig: Sig }
const Time = z.number().int().nonnegative().max(8.64e15)
const MessageRef = z.string().regex(/^[0-9a-f]{64}-\d{1,15}$/)

import { REACTIONS, REPEATS } from '../../shared/api/life-methods.ts'
const Reaction = z.enum(REACTIONS)
export const MAX_PINS = 20
export const MAX_SESSIONS = 20
/** A member's post indices kept for flood limits: the largest `posts` a room can set. */
export const FLOOD_MAX = 50

/** Flood limits: at most `posts` of the room's last `window` messages; newcomers (fewer than `newcomerFor` room messages since they joined) at most `newcomerPosts`. */
export const Flood = z
  .object({
    posts: z.number().int().min(1).max(FLOOD_MAX),
    window: z.number().int().min(2).max(1000),
    newcomerPosts: z.number().int().min(1).max(FLOOD_MAX),
    newcomerFor: z.number().int().min(0).max(100_000)
  })
  .strict()
  .refine((f) => f.posts <= f.window && f.newcomerPosts <= f.posts, 'posts ≤ window and newcomerPosts ≤ posts')
/** Lockdown: after `joins` joins within `window` messages and joins, joining switches to approval. */
export const Lockdown = z.object({ joins: z.number().int().min(2).max(1000), window: z.number().int().min(2).max(100_000) }).strict()
/** Optional fields of the `settings` record (rooms and records without them keep working). */
export const settingsExtra = {
  flood: Flood.nullable().optional(),
  lockdown: Lockdown.nullable().optional()
}

const Session = {
  id: hex(16),
  title: z.string().trim().min(1).max(120),
  /** First occurrence, UTC ms. */
  start: Time,
  minutes: z.number().int().min(5).max(600),
  repeat: z.enum(REPEATS),
  /** IANA time zone the recurrence keeps its wall time in (e.g. Europe/London); UTC when absent. */
  zone: z
    .string()
    .regex(/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+){0,2}$/)
    .max(64)
    .optional(),
  note: z.string().max(500).optional()
}

export const lifeSchemas = {
  pin: z.object({ ...base, type: z.literal('pin'), target: MessageRef, note: z.string().max(200).optional(), time: Time, ...signed }).strict(),
  unpin: z.object({ ...base, type: z.literal('unpin'), target: MessageRef, time: Time, ...signed }).strict(),
  welcome: z.object({ ...base, type: z.literal('welcome'), text: z.string().max(4000), time: Time, ...signed }).strict(),
  session: z.object({ ...base, type: z.literal('session'), ...Session, time: Time, ...signed }).strict(),
  'cancel-session': z.object({ ...base, type: z.literal('cancel-session'), id: hex(16), time: Time, ...signed }).strict(),
  react: z.object({ ...base, type: z.literal('react'), target: MessageRef, kind: Reaction, on: z.boolean(), time: Time }).strict(),
  verify: z
    .object({
      ...base,
      type: z.literal('verify'),
      member: Key.optional(),
      resource: z.string().trim().min(1).max(120).optional(),
      title: z.string().trim().min(1).max(80),
      time: Time,
      ...signed
    })
    .strict()
    .refine((r) => !!r.member !== !!r.resource, 'exactly one of member and resource'),
  unverify: z
    .object({ ...base, type: z.literal('unverify'), member: Key.optional(), resource: z.string().trim().min(1).max(120).optional(), time: Time, ...signed })
    .strict()
    .refine((r) => !!r.member !== !!r.resource, 'exactly one of member and resource')
} as const

/** What a room's life brings along when the room moves to new keys (rekey-schema.ts `carry.life`). */
export const LifeCarry = z
  .object({
    pins: z.array(z.object({ target: MessageRef, by: Key, time: Time, note: z.string().max(200).nullable() }).strict()).max(MAX_PINS),
    welcome: z
      .object({ version: z.number().int().min(1), text: z.string().max(4000), by: Key, time: Time })
      .strict()
      .nullable(),
    sessions: z.array(z.object({ ...Session, by: Key, time: Time }).strict()).max(MAX_SESSIONS),
    settings: z.object(settingsExtra).strict(),
    /** Verified professionals: members by their id in the old room, resources by name. */
    verified: z
      .array(z.object({ member: Key.optional(), resource: z.string().max(120).optional(), title: z.string().max(80), by: Key, time: Time }).strict())
      .max(2000)
  })
  .strict()
export type LifeCarry = z.infer<typeof LifeCarry>
