import { z } from 'zod'

/**
 * Shared block lists (issue 17). A list is published in its home room and travels to the rooms
 * that subscribe to it inside an envelope its publisher signed (records/list-signing.ts), so each
 * subscribing room's apply can check it without reading the home room. Envelopes are not bound to
 * a room; the version makes an older one worthless once a newer one is in.
 */
const hex = (bytes: number) => z.string().regex(new RegExp(`^[0-9a-f]{${bytes * 2}}$`))
const Key = hex(32)
const Time = z.number().int().nonnegative().max(8.64e15)
const base = { v: z.literal(1) }
const signed = { by: Key, nonce: hex(16), sig: hex(64) }

export const MAX_LIST_ENTRIES = 300
export const MAX_SUBSCRIPTIONS = 5
export const MAX_TRUSTED = 20

export const ListEntryRecord = z.object({ kind: z.enum(['phrase', 'link']), value: z.string().min(1).max(200) }).strict()

export const ListEnvelope = z
  .object({
    listId: hex(16),
    version: z.number().int().min(1).max(1e9),
    name: z.string().min(1).max(80),
    entries: z.array(ListEntryRecord).max(MAX_LIST_ENTRIES),
    time: Time,
    by: Key,
    sig: hex(64)
  })
  .strict()
export type ListEnvelope = z.infer<typeof ListEnvelope>

/** What a move to new keys brings along: the room's own list and its subscriptions. */
export const ListCarry = z
  .object({
    own: ListEnvelope.nullable(),
    subs: z
      .array(z.object({ list: ListEnvelope, trusted: z.array(Key).min(1).max(MAX_TRUSTED), source: z.string().max(80), by: Key, time: Time }).strict())
      .max(MAX_SUBSCRIPTIONS)
  })
  .strict()
export type ListCarry = z.infer<typeof ListCarry>

export const listSchemas = {
  /** A new version of this room's own list; its envelope is signed by one of this room's authority keys. */
  'list-publish': z.object({ ...base, type: z.literal('list-publish'), list: ListEnvelope, time: Time }).strict(),
  /** A moderator subscribes this room to another room's list, trusting the keys that may sign its versions. */
  'list-subscribe': z
    .object({
      ...base,
      type: z.literal('list-subscribe'),
      list: ListEnvelope,
      trusted: z.array(Key).min(1).max(MAX_TRUSTED),
      /** The home room's name, for the log ("from …"). */
      source: z.string().min(1).max(80),
      time: Time,
      ...signed
    })
    .strict(),
  /** A newer version of a subscribed list, carried in by any writer (its envelope's signature is what counts). */
  'list-update': z.object({ ...base, type: z.literal('list-update'), list: ListEnvelope, time: Time }).strict(),
  'list-unsubscribe': z.object({ ...base, type: z.literal('list-unsubscribe'), listId: hex(16), time: Time, ...signed }).strict()
} as const
