import b4a from 'b4a'
import crypto from 'hypercore-crypto'
import { z } from 'zod'
import { domainHash, sign, verify, fromHex, toHex, type KeyPair } from '../crypto.ts'
import { canonicalJson } from '../records/canonical.ts'

/**
 * A room's listing in the directory (docs/architecture.md, "Room directory").
 *
 * The listing key pair is derived from the owner key and the roomId, so it is the same after a
 * restart and needs nothing new stored; it reveals neither (the room's own keys, which would let
 * anyone find its members on the DHT, are never published). The value stored on the DHT under the
 * listing key is `sig (64 bytes) || canonical JSON body`: the listing key signs the body, and the
 * owner key signs the listing key (`ownerSig`), so a listing cannot be copied under another key,
 * nor can a stranger's listing claim someone else's owner key.
 */
export const DIRECTORY_TOPIC = domainHash('hearth/directory/topic/v1')
/** The DHT refuses larger mutable values. */
export const LISTING_MAX_BYTES = 1000
/** A listing not refreshed for this long is stale (its owner's device has been away). */
export const LISTING_MAX_AGE_MS = 3 * 24 * 60 * 60_000
const SIG = 64

export function listingKeyPair(ownerSecretKey: Uint8Array, roomId: string): KeyPair {
  return crypto.keyPair(domainHash('hearth/directory/listing-seed/v1', ownerSecretKey, b4a.from(roomId)))
}

const ownerDigest = (listingKey: Uint8Array) => domainHash('hearth/directory/owner-binds/v1', listingKey)
const bodyDigest = (listingKey: Uint8Array, body: Uint8Array) => domainHash('hearth/directory/listing/v1', listingKey, body)

const Hex = (bytes: number) => z.string().regex(new RegExp(`^[0-9a-f]{${bytes * 2}}$`))
const Bound = { v: z.literal(1), owner: Hex(32), ownerSig: Hex(64), time: z.number().int().nonnegative().max(8.64e15) }

export const ListingBody = z
  .object({
    ...Bound,
    name: z.string().min(1).max(80),
    description: z.string().min(1).max(300),
    topics: z.array(z.string().min(1).max(24)).min(1).max(5),
    languages: z.array(z.string().min(2).max(12)).min(1).max(5),
    timeZones: z.array(z.string().min(1).max(40)).max(3),
    onDuty: z.boolean(),
    members: z.enum(['1-9', '10-49', '50-199', '200+']),
    requireKnock: z.boolean()
  })
  .strict()
export type ListingBody = z.infer<typeof ListingBody>
/** A withdrawn listing: newer than the listing it replaces, and nothing else. */
const Tombstone = z.object({ ...Bound, withdrawn: z.literal(true) }).strict()

export type ListingContent = Omit<ListingBody, 'v' | 'owner' | 'ownerSig' | 'time'>

/** Signs a listing (or, with null, a withdrawal) as the value to store under the listing key. */
export function encodeListing(listing: KeyPair, owner: KeyPair, content: ListingContent | null, time: number): Buffer {
  const bound = { v: 1, owner: toHex(owner.publicKey), ownerSig: toHex(sign(ownerDigest(listing.publicKey), owner.secretKey)), time }
  const body = b4a.from(canonicalJson(content ? { ...bound, ...content } : { ...bound, withdrawn: true }))
  return b4a.concat([sign(bodyDigest(listing.publicKey, body), listing.secretKey), body])
}

export type VerifiedListing = { withdrawn: false; body: ListingBody } | { withdrawn: true; owner: string; time: number }

/** The listing stored under `listingKey`, checked: null unless both signatures and the schema hold. */
export function decodeListing(listingKey: Uint8Array, value: Uint8Array): VerifiedListing | null {
  if (value.byteLength <= SIG || value.byteLength > LISTING_MAX_BYTES) return null
  const body = value.subarray(SIG)
  if (!verify(bodyDigest(listingKey, body), value.subarray(0, SIG), listingKey)) return null
  let raw: unknown
  try {
    raw = JSON.parse(b4a.toString(body))
  } catch {
    return null
  }
  const tomb = Tombstone.safeParse(raw)
  const parsed = tomb.success ? tomb : ListingBody.safeParse(raw)
  if (!parsed.success) return null
  const { owner, ownerSig } = parsed.data
  if (!verify(ownerDigest(listingKey), fromHex(ownerSig), fromHex(owner))) return null
  return 'withdrawn' in parsed.data ? { withdrawn: true, owner, time: parsed.data.time } : { withdrawn: false, body: parsed.data as ListingBody }
}

/** A coarse size band, never the exact count. */
export function membersBand(count: number): ListingBody['members'] {
  if (count < 10) return '1-9'
  if (count < 50) return '10-49'
  if (count < 200) return '50-199'
  return '200+'
}
