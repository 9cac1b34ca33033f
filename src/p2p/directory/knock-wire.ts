import b4a from 'b4a'
import crypto from 'hypercore-crypto'
import { z } from 'zod'
import { domainHash, toHex, type KeyPair } from '../crypto.ts'
import { fail, HearthError } from '../../shared/api/errors.ts'
import type { Dht, DhtConnection } from '../compat/dht.ts'

/**
 * The knock protocol: the knocker's device opens a connection to the listing key (the owner's
 * device listens on it, directory/host.ts) that carries nothing of any room, sends one Knock and
 * reads one Reply. The knocker's Noise key is its box key: what comes back is sealed to a key the
 * knocker proved it holds. The answer comes later, as a DHT record under a key pair derived from
 * the reply seed, which only the knocker and the room's moderators know.
 */
export const KNOCK_MAX_BYTES = 2048
const OPEN_TIMEOUT_MS = 20_000
const REPLY_TIMEOUT_MS = 30_000

export const Knock = z
  .object({
    v: z.literal(1),
    note: z.string().max(500).nullable(),
    displayName: z.string().min(1).max(64).nullable(),
    seed: z.string().regex(/^[0-9a-f]{64}$/)
  })
  .strict()
export type Knock = z.infer<typeof Knock>

/** Why the owner's device refused a knock: reasons from the shared catalogue the knocker can word. */
export const KnockRefusal = z.enum(['knock_rate_limited', 'knock_queue_full', 'knock_malformed', 'listing_not_found', 'listing_unreachable'])
const Reply = z.union([
  z.object({ ok: z.literal(true), requestId: z.string().regex(/^[0-9a-f]{32}$/) }).strict(),
  z.object({ ok: z.literal(false), refusal: KnockRefusal, retryMinutes: z.number().int().min(1).max(1440).optional() }).strict()
])
export type Reply = z.infer<typeof Reply>

/** The key pair an answer is stored under, and the request id, both from the reply seed. */
export function replyKeys(seed: Uint8Array) {
  const keyPair = crypto.keyPair(domainHash('hearth/knock/reply/v1', seed))
  return { keyPair, requestId: toHex(domainHash('hearth/knock/id/v1', keyPair.publicKey).subarray(0, 16)) }
}

/** What a moderator's answer seals to the knocker: which request, and on approval the invite. */
export const Answer = z
  .object({ v: z.literal(1), request: z.string().regex(/^[0-9a-f]{32}$/), approve: z.boolean(), invite: z.string().max(1000).optional() })
  .strict()
export type Answer = z.infer<typeof Answer>

/** Reads the one message a side sends (secret-stream keeps message boundaries). */
export function readOne(conn: DhtConnection, timeoutMs: number): Promise<Buffer | null> {
  return new Promise((resolve) => {
    const done = (v: Buffer | null) => {
      clearTimeout(timer)
      conn.removeListener('data', ondata)
      conn.removeListener('close', onclose)
      resolve(v)
    }
    const ondata = (d: Buffer) => done(d.byteLength <= KNOCK_MAX_BYTES ? d : null)
    const onclose = () => done(null)
    const timer = setTimeout(() => done(null), timeoutMs)
    conn.on('data', ondata)
    conn.once('close', onclose)
  })
}

export function parseJson<T extends z.ZodType>(bytes: Buffer | null, schema: T): z.infer<T> | null {
  if (!bytes) return null
  try {
    const parsed = schema.safeParse(JSON.parse(b4a.toString(bytes)))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

/** Knocks on the listing key as `knocker`; the request id on success, a catalogued error otherwise. */
export async function sendKnock(dht: Dht, listingKey: Uint8Array, knocker: KeyPair, knock: Knock): Promise<string> {
  const conn = dht.connect(listingKey, { keyPair: knocker })
  conn.on('error', () => {})
  try {
    const opened = await Promise.race([
      new Promise<boolean>((resolve) => {
        conn.once('open', () => resolve(true))
        conn.once('close', () => resolve(false))
      }),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), OPEN_TIMEOUT_MS).unref())
    ])
    if (!opened) throw fail('listing_unreachable')
    conn.write(b4a.from(JSON.stringify(knock)))
    const reply = parseJson(await readOne(conn, REPLY_TIMEOUT_MS), Reply)
    if (!reply) throw fail('listing_unreachable')
    if (reply.ok) return reply.requestId
    throw refusal(reply.refusal, reply.retryMinutes)
  } finally {
    conn.end()
    setTimeout(() => conn.destroy(), 1000).unref()
  }
}

function refusal(reason: z.infer<typeof KnockRefusal>, retryMinutes?: number): HearthError {
  switch (reason) {
    case 'knock_rate_limited':
      return fail('knock_rate_limited', { retryMinutes: retryMinutes ?? 10 })
    case 'knock_queue_full':
      return fail('knock_queue_full')
    case 'knock_malformed':
      return fail('knock_malformed')
    case 'listing_not_found':
      return fail('listing_not_found')
    default:
      return fail('listing_unreachable')
  }
}
