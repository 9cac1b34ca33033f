import { fail } from '../../shared/api/errors.ts'
import { signingKeyPair } from './summary.ts'
import { toHex } from '../crypto.ts'
import { searchListings } from '../directory/search.ts'
import type { ImplFactory } from './context.ts'
import type { HearthNode } from '../node.ts'

/** The DHT node, or a clear error: the directory lives on the network only. */
function onlineDht(node: HearthNode) {
  const dht = node.net.dht
  if (!dht) throw fail('directory_offline')
  return dht
}

/** The room's entry, if this device holds the room's owner key. */
async function ownedEntry(node: HearthNode, roomId: string) {
  const entry = node.entry(roomId)
  if (entry.privateOf) throw fail('private_conversation_not_listable')
  const kp = signingKeyPair(node, roomId)
  const genesis = await (await node.settledRoom(roomId)).queries.genesis()
  if (!kp || genesis?.owner !== toHex(kp.publicKey)) throw fail('owner_only')
  return entry
}

export const directoryApi: ImplFactory<'listRoom' | 'unlistRoom' | 'searchDirectory'> = (node) => ({
  async listRoom({ roomId, description, topics, languages, requireKnock, timeZones }) {
    const entry = await ownedEntry(node, roomId)
    onlineDht(node)
    const settings = {
      description,
      topics: [...new Set(topics)],
      languages: [...new Set(languages)],
      timeZones: [...new Set(timeZones ?? [])],
      requireKnock,
      ...(entry.listing?.seq !== undefined ? { seq: entry.listing.seq } : {})
    }
    const listingId = await node.directory.check(roomId, settings)
    entry.listing = settings
    await node.profile.save()
    await node.directory.publish(roomId)
    return { listingId }
  },

  async unlistRoom({ roomId }) {
    const entry = await ownedEntry(node, roomId)
    if (!entry.listing || entry.listing.withdrawn) throw fail('room_not_listed')
    entry.listing = { ...entry.listing, withdrawn: true, tombstoned: false }
    await node.profile.save()
    // offline: the withdrawal goes out as soon as this device is online again
    if (node.net.dht) await node.directory.publish(roomId)
    return { ok: true as const }
  },

  async searchDirectory(filter) {
    const found = await searchListings(onlineDht(node), filter)
    return {
      rooms: found.map((l) => ({
        listingId: l.listingId,
        name: l.name,
        description: l.description,
        topics: l.topics,
        languages: l.languages,
        timeZones: l.timeZones,
        onDuty: l.onDuty,
        members: l.members,
        requireKnock: l.requireKnock,
        owner: l.owner,
        updatedAt: l.time
      }))
    }
  }
})
