import b4a from 'b4a'
import { DIRECTORY_TOPIC, LISTING_MAX_AGE_MS, decodeListing, type ListingBody } from './listing.ts'
import { toHex } from '../crypto.ts'
import type { Dht } from '../compat/dht.ts'

/** At most this many listing keys are fetched per search (a flood of announcements costs a bounded effort). */
const MAX_KEYS = 200
const FETCH_TOGETHER = 16

export type FoundListing = ListingBody & { listingId: string }
export type Filter = { query?: string; topic?: string; language?: string }

/** Listing keys announced on the directory topic, as the DHT gives them. */
export async function announcedListingKeys(dht: Dht): Promise<Buffer[]> {
  const keys = new Map<string, Buffer>()
  for await (const reply of dht.lookup(DIRECTORY_TOPIC)) {
    for (const peer of reply.peers ?? []) {
      if (keys.size >= MAX_KEYS) break
      keys.set(toHex(peer.publicKey), b4a.from(peer.publicKey))
    }
  }
  return [...keys.values()]
}

/** The current, checked listing under a key; null if missing, forged, withdrawn or stale. */
export async function fetchListing(dht: Dht, listingKey: Uint8Array, now = Date.now()): Promise<ListingBody | null> {
  const got = await dht.mutableGet(listingKey, { latest: true }).catch(() => null)
  if (!got?.value) return null
  const listing = decodeListing(listingKey, got.value)
  if (!listing || listing.withdrawn) return null
  // a listing from the future is as suspect as a stale one
  if (listing.body.time < now - LISTING_MAX_AGE_MS || listing.body.time > now + 10 * 60_000) return null
  return listing.body
}

/** Every listed room that checks out and matches the filter, newest first. */
export async function searchListings(dht: Dht, filter: Filter): Promise<FoundListing[]> {
  const keys = await announcedListingKeys(dht)
  const found: FoundListing[] = []
  for (let i = 0; i < keys.length; i += FETCH_TOGETHER) {
    const batch = keys.slice(i, i + FETCH_TOGETHER)
    const listings = await Promise.all(batch.map((k) => fetchListing(dht, k)))
    listings.forEach((l, j) => {
      if (l && matches(l, filter)) found.push({ ...l, listingId: toHex(batch[j]) })
    })
  }
  return found.sort((a, b) => b.time - a.time)
}

function matches(l: ListingBody, { query, topic, language }: Filter): boolean {
  if (topic && !l.topics.includes(topic)) return false
  // "pt" finds "pt-BR" rooms, and "pt-BR" finds "pt" rooms
  if (language && !l.languages.some((x) => x === language || x.split('-')[0] === language.split('-')[0])) return false
  if (!query) return true
  const hay = fold([l.name, l.description, ...l.topics].join(' '))
  return fold(query)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => hay.includes(word))
}

/** Case and accent folding: "ansiedad" finds "Ansiedád". */
const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
