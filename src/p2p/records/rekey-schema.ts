import { z } from 'zod'
import { ResourceRecord } from './moderation-schema.ts'
import { LifeCarry } from './life-schema.ts'
import { ListCarry } from './list-schema.ts'

/**
 * Records of a room's move to fresh keys (docs/architecture.md, "Moving a room to new keys").
 * The old room (epoch) gets a `rekey`: the new room's keys, sealed to each member who may follow.
 * The new room's `genesis` names the old room (`prev`) and carries its state (`carry`); each
 * member continues there with a `join` holding a continuation ticket (`cont`) from the `rekey`.
 */
const hex = (bytes: number) => z.string().regex(new RegExp(`^[0-9a-f]{${bytes * 2}}$`))
const Key = hex(32)
const Time = z.number().int().nonnegative().max(8.64e15)
const signed = { by: Key, nonce: hex(16), sig: hex(64) }
const base = { v: z.literal(1) }
/** Members a room can move with at once (the record carries one sealed copy each). */
export const MAX_MEMBERS_MOVED = 2000

/** One member's sealed copy of the new room's keys and their continuation ticket. */
const SealedKeys = z.object({ to: Key, box: z.string().max(1000) }).strict()

export const Carry = z
  .object({
    /** The old member id of the device that made the move (it is the new room's creator). */
    self: Key,
    moderators: z.array(Key).max(100),
    /** Who may continue: old member ids, with the name and guidelines version they had. */
    members: z
      .array(z.object({ prev: Key, name: z.string().max(64).nullable(), accepted: z.number().int().min(0).nullable() }).strict())
      .max(MAX_MEMBERS_MOVED),
    guidelines: z
      .object({ version: z.number().int().min(1), text: z.string().min(1).max(20_000), by: Key, time: Time })
      .strict()
      .nullable(),
    resources: z.array(ResourceRecord).max(50).nullable(),
    settings: z.object({ joinMode: z.enum(['open', 'approval']), slowModeSeconds: z.number().int().min(0).max(86_400) }).strict(),
    /** Mutes still in force: what remains of each (messages, or an end time). */
    mutes: z
      .array(
        z
          .object({
            prev: Key,
            by: Key,
            reason: z.string().max(500),
            remaining: z.number().int().min(1).nullable(),
            untilTime: Time.nullable()
          })
          .strict()
      )
      .max(MAX_MEMBERS_MOVED),
    /** Pins, welcome, sessions, flood settings, verifications, block lists (life-schema.ts); absent in moves made before them. */
    life: LifeCarry.optional(),
    /** The room's own block list and its subscriptions (list-schema.ts); absent in moves made before them. */
    lists: ListCarry.optional()
  })
  .strict()
export type Carry = z.infer<typeof Carry>

/** The old room the new one continues: its key and the nonce of the `rekey` that moved it. */
export const Prev = z.object({ key: Key, rekey: hex(16) }).strict()

export const rekeySchemas = {
  rekey: z
    .object({
      ...base,
      type: z.literal('rekey'),
      sealed: z.array(SealedKeys).min(1).max(MAX_MEMBERS_MOVED),
      moderators: z.array(Key).max(100),
      time: Time,
      ...signed
    })
    .strict(),
  /** A member's public key for sealed boxes (their Ed25519 key for the room, used as Curve25519). */
  'box-key': z.object({ ...base, type: z.literal('box-key'), box: Key, time: Time }).strict()
} as const
