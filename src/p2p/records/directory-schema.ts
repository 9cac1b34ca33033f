import { z } from 'zod'
import { SealedCopy } from './moderation-schema.ts'

/**
 * Knocking on a listed room (docs/architecture.md, "Knocking"; docs/records.md).
 * `knock`: the owner's device records a stranger's knock, signed by the owner key, with the
 * knock (note, display name, the knocker's box key and reply seed) sealed to the owner and each
 * moderator key. `knock-answer`: a moderator's approval or refusal, signed, with what goes back to
 * the knocker sealed to the knocker's box key. Members see that someone knocked and was answered.
 */
const hex = (bytes: number) => z.string().regex(new RegExp(`^[0-9a-f]{${bytes * 2}}$`))
const Time = z.number().int().nonnegative().max(8.64e15)
const signed = { by: hex(32), nonce: hex(16), sig: hex(64) }
const base = { v: z.literal(1) }

export const directorySchemas = {
  knock: z.object({ ...base, type: z.literal('knock'), request: hex(16), sealed: z.array(SealedCopy).min(1).max(64), time: Time, ...signed }).strict(),
  'knock-answer': z
    .object({ ...base, type: z.literal('knock-answer'), request: hex(16), approve: z.boolean(), box: z.string().max(2000), time: Time, ...signed })
    .strict()
} as const
