import { z } from 'zod'
import { SealedCopy } from './moderation-schema.ts'

/**
 * Private support conversations (docs/architecture.md, "Private support conversations").
 * In a room: a member's `support-request` (its note sealed to the owner and moderator keys), and a
 * moderator's signed `support-offer`, which seals the invite to a new, separately keyed room to the
 * member's box key. In that private room: `end-conversation`, by either of the two.
 */
const hex = (bytes: number) => z.string().regex(new RegExp(`^[0-9a-f]{${bytes * 2}}$`))
const Key = hex(32)
const Time = z.number().int().nonnegative().max(8.64e15)
const MessageRef = z.string().regex(/^[0-9a-f]{64}-\d{1,15}$/)
const signed = { by: Key, nonce: hex(16), sig: hex(64) }
const base = { v: z.literal(1) }

export const supportSchemas = {
  'support-request': z.object({ ...base, type: z.literal('support-request'), sealed: z.array(SealedCopy).min(1).max(64), time: Time }).strict(),
  'support-offer': z
    .object({
      ...base,
      type: z.literal('support-offer'),
      /** The member the conversation is for (their writer key in this room). */
      member: Key,
      /** The request it answers; absent when a moderator opens the conversation. */
      request: MessageRef.optional(),
      /** The private room's invite, sealed to the member's box key. */
      box: z.string().max(2000),
      time: Time,
      ...signed
    })
    .strict(),
  'end-conversation': z.object({ ...base, type: z.literal('end-conversation'), time: Time }).strict()
} as const
