import { z } from 'zod'

/**
 * Every record a writer appends: JSON, versioned (v), typed (type), schema-checked in apply.
 * Records that fail these schemas are skipped and counted, never thrown.
 */
export const RECORD_VERSION = 1

const hex = (bytes: number) => z.string().regex(new RegExp(`^[0-9a-f]{${bytes * 2}}$`))
export const Hex32 = hex(32)
export const Hex16 = hex(16)
export const Sig = hex(64)
const Time = z.number().int().nonnegative().max(8.64e15)
const MessageRef = z.string().regex(/^[0-9a-f]{64}-\d{1,15}$/)

const base = { v: z.literal(RECORD_VERSION) }
/** Fields of a record signed by an owner/moderator key (see signing.ts). */
export const signed = { by: Hex32, nonce: Hex16, sig: Sig }

import { moderationSchemas } from './moderation-schema.ts'
import { rekeySchemas, Carry, Prev } from './rekey-schema.ts'
import { lifeSchemas } from './life-schema.ts'
import { supportSchemas } from './support-schema.ts'
import { listSchemas } from './list-schema.ts'
import { directorySchemas } from './directory-schema.ts'

/**
 * An invite's ticket, signed by the owner or a moderator for this room. `expires` (ms since the
 * epoch) and `maxUses` are covered by the signature when present (v2 tickets, signing.ts).
 */
export const Ticket = z
  .object({
    id: Hex16,
    issuer: Hex32,
    sig: Sig,
    expires: z.number().int().nonnegative().max(8.64e15).optional(),
    maxUses: z.number().int().min(1).max(65_535).optional()
  })
  .strict()
export type Ticket = z.infer<typeof Ticket>

export const recordSchemas = {
  genesis: z
    .object({
      ...base,
      type: z.literal('genesis'),
      name: z.string().min(1).max(80),
      owner: Hex32,
      /** A room that continues another after a move to new keys (rekey-schema.ts). */
      prev: Prev.optional(),
      carry: Carry.optional(),
      time: Time,
      ...signed
    })
    .strict(),
  /** A newcomer's request (an invite's `ticket`) or a member's continuation after a move (`cont`). */
  join: z
    .object({
      ...base,
      type: z.literal('join'),
      ticket: Ticket.optional(),
      cont: z.object({ member: Hex32, sig: Sig }).strict().optional(),
      name: z.string().trim().min(1).max(64).optional(),
      box: Hex32.optional(),
      time: Time
    })
    .strict(),
  profile: z.object({ ...base, type: z.literal('profile'), name: z.string().trim().min(1).max(64), time: Time }).strict(),
  post: z
    .object({
      ...base,
      type: z.literal('post'),
      text: z.string().min(1).max(4000),
      cw: z.string().min(1).max(200).optional(),
      replyTo: MessageRef.optional(),
      time: Time
    })
    .strict(),
  edit: z
    .object({
      ...base,
      type: z.literal('edit'),
      target: MessageRef,
      text: z.string().min(1).max(4000),
      cw: z.string().min(1).max(200).nullable().optional(),
      time: Time
    })
    .strict(),
  delete: z.object({ ...base, type: z.literal('delete'), target: MessageRef, time: Time }).strict(),
  'revoke-ticket': z.object({ ...base, type: z.literal('revoke-ticket'), ticket: Hex16, time: Time, ...signed }).strict(),
  ...moderationSchemas,
  ...rekeySchemas,
  ...lifeSchemas,
  ...supportSchemas,
  ...listSchemas,
  ...directorySchemas
} as const

export type RecordType = keyof typeof recordSchemas
export type RecordOf<T extends RecordType> = z.infer<(typeof recordSchemas)[T]>
