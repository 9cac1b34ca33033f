import { z } from 'zod'
import { settingsExtra } from './life-schema.ts'

/**
 * Moderation and safety records (issue 3). Signed ones carry by/nonce/sig and count only if the
 * signer is an authority at that point of the log (owner-only for moderator changes).
 * Kept apart from schema.ts so that file stays about the core room records.
 */
const hex = (bytes: number) => z.string().regex(new RegExp(`^[0-9a-f]{${bytes * 2}}$`))
const Key = hex(32)
const base = { v: z.literal(1) }
const signed = { by: Key, nonce: hex(16), sig: hex(64) }
const Time = z.number().int().nonnegative().max(8.64e15)
const MessageRef = z.string().regex(/^[0-9a-f]{64}-\d{1,15}$/)
const Reason = z.string().max(500)
/** The nonce of the action a lift undoes: a lift counts only against that very action. */
const Of = hex(16).optional()

export const ResourceRecord = z
  .object({
    name: z.string().min(1).max(120),
    phone: z.string().max(40).optional(),
    text: z.string().max(80).optional(),
    url: z.string().max(300).optional(),
    region: z.string().max(40).optional(),
    hours: z.string().max(120).optional(),
    note: z.string().max(500).optional()
  })
  .strict()

/** One sealed copy of a report per moderator key (crypto_box_seal to its Curve25519 form). */
export const SealedCopy = z.object({ to: Key, box: z.string().max(8000) }).strict()

export const moderationSchemas = {
  'mod-add': z.object({ ...base, type: z.literal('mod-add'), moderator: Key, time: Time, ...signed }).strict(),
  'mod-remove': z.object({ ...base, type: z.literal('mod-remove'), moderator: Key, time: Time, ...signed }).strict(),
  block: z.object({ ...base, type: z.literal('block'), member: Key, reason: Reason, time: Time, ...signed }).strict(),
  unblock: z.object({ ...base, type: z.literal('unblock'), member: Key, of: Of, reason: Reason.optional(), time: Time, ...signed }).strict(),
  hide: z.object({ ...base, type: z.literal('hide'), target: MessageRef, reason: Reason, time: Time, ...signed }).strict(),
  unhide: z.object({ ...base, type: z.literal('unhide'), target: MessageRef, of: Of, reason: Reason.optional(), time: Time, ...signed }).strict(),
  mute: z
    .object({
      ...base,
      type: z.literal('mute'),
      member: Key,
      reason: Reason,
      forMessages: z.number().int().min(1).max(100_000).optional(),
      /** A timed mute: the moderator's claimed time plus the duration (clock.ts says what that means). */
      untilTime: Time.optional(),
      time: Time,
      ...signed
    })
    .strict(),
  unmute: z.object({ ...base, type: z.literal('unmute'), member: Key, of: Of, time: Time, ...signed }).strict(),
  'approve-member': z.object({ ...base, type: z.literal('approve-member'), member: Key, time: Time, ...signed }).strict(),
  guidelines: z.object({ ...base, type: z.literal('guidelines'), text: z.string().min(1).max(20_000), time: Time, ...signed }).strict(),
  'accept-guidelines': z.object({ ...base, type: z.literal('accept-guidelines'), version: z.number().int().min(1), time: Time }).strict(),
  resources: z.object({ ...base, type: z.literal('resources'), resources: z.array(ResourceRecord).max(50), time: Time, ...signed }).strict(),
  settings: z
    .object({
      ...base,
      type: z.literal('settings'),
      joinMode: z.enum(['open', 'approval']),
      slowModeSeconds: z.number().int().min(0).max(86_400),
      ...settingsExtra,
      time: Time,
      ...signed
    })
    .strict(),
  report: z.object({ ...base, type: z.literal('report'), sealed: z.array(SealedCopy).min(1).max(64), time: Time }).strict(),
  'resolve-report': z
    .object({
      ...base,
      type: z.literal('resolve-report'),
      report: MessageRef,
      outcome: z.enum(['dismissed', 'actioned']),
      /** The moderator's note to the reporter, sealed to the reporter's box key. */
      note: z.string().max(2000).optional(),
      time: Time,
      ...signed
    })
    .strict(),
  /** A moderator key names the writer that appends it: reports about that writer's posts go around the key. */
  'bind-writer': z.object({ ...base, type: z.literal('bind-writer'), writer: Key, time: Time, ...signed }).strict()
} as const
