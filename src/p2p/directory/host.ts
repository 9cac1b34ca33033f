import { DIRECTORY_TOPIC, LISTING_MAX_BYTES, encodeListing, listingKeyPair, membersBand, type ListingContent } from './listing.ts'
import { signingKeyPair } from '../api/summary.ts'
import { toHex, type KeyPair } from '../crypto.ts'
import { fail } from '../../shared/api/errors.ts'
import { KnockHost } from './knock-host.ts'
import { MyJoinRequests } from './my-requests.ts'
import type { HearthNode } from '../node.ts'
import type { RoomEntry } from '../profile.ts'
import type { Dht, DhtServer } from '../compat/dht.ts'

/** DHT announcements live 20 minutes: announce again well before. Mutable records live 48 hours. */
const REANNOUNCE_MS = 8 * 60_000
/** A change of who is on duty reaches the listing after at most this long. */
const DUTY_CHECK_MS = 5_000

export type ListingSettings = NonNullable<RoomEntry['listing']>

/** What the owner's device is serving for one listed room on the DHT. */
type Served = { keyPair: KeyPair; published: string; seq: number; server: DhtServer | null }

/**
 * The owner's device side of the directory: for each room it listed, keeps the signed listing
 * stored on the DHT under the listing key (refreshed as who is on duty and the size band change),
 * announces the listing key on the directory topic, and listens on it for knocks (knock-host.ts).
 * It also holds this device's own knocks on other rooms (my-requests.ts).
 * A withdrawn listing is replaced by a signed withdrawal and no longer announced.
 */
export class DirectoryHost {
  #served = new Map<string, Served>()
  #timer: NodeJS.Timeout | null = null
  #dutyTimer: NodeJS.Timeout | null = null
  #queue: Promise<void> = Promise.resolve()
  /** Knocks on this device's listings (knock-host.ts). */
  readonly knocks: KnockHost
  /** This device's own knocks on others' listings (my-requests.ts). */
  readonly mine: MyJoinRequests

  constructor(private node: HearthNode) {
    this.knocks = new KnockHost(node)
    this.mine = new MyJoinRequests(node)
    // an answer a moderator recorded reaches the knocker from here too (theirs may not have gone through)
    node.on('room-update', (roomId: string) => {
      if (node.profile.get(roomId)?.listing) this.knocks.deliver(roomId)
    })
  }

  start() {
    this.mine.start()
    const all = () => void this.#publishAll(true)
    all()
    this.#timer ??= setInterval(all, REANNOUNCE_MS)
    this.#timer.unref()
    this.#dutyTimer ??= setInterval(() => void this.#publishAll(false), DUTY_CHECK_MS)
    this.#dutyTimer.unref()
  }

  /** The DHT node is about to go (it closes the knock servers with it). */
  stop() {
    this.mine.stop()
    if (this.#timer) clearInterval(this.#timer)
    if (this.#dutyTimer) clearInterval(this.#dutyTimer)
    this.#timer = this.#dutyTimer = null
    this.#served.clear()
  }

  /** The listing key of a room, or null when this device holds no owner key for it. */
  listingKeyPair(roomId: string): KeyPair | null {
    const owner = signingKeyPair(this.node, roomId)
    return owner ? listingKeyPair(owner.secretKey, roomId) : null
  }

  /** The room a listing key served here belongs to. */
  roomOf(listingKey: Uint8Array): string | null {
    const hex = toHex(listingKey)
    for (const [roomId, s] of this.#served) if (toHex(s.keyPair.publicKey) === hex) return roomId
    return null
  }

  /** Builds, signs and checks the listing now (a clear error before anything is published). */
  async content(roomId: string, settings: ListingSettings): Promise<ListingContent> {
    const room = this.node.room(roomId)
    const [genesis, counters] = await Promise.all([room.queries.genesis(), room.queries.counters()])
    const presence = this.node.presence.state(roomId)
    return {
      name: genesis?.name ?? '',
      description: settings.description,
      topics: settings.topics,
      languages: settings.languages,
      timeZones: settings.timeZones,
      onDuty: presence.onDuty || presence.moderatorsOnDuty > 0,
      members: membersBand(counters.members),
      requireKnock: settings.requireKnock
    }
  }

  /** Checks a listing fits on the DHT before the owner's settings are kept. */
  async check(roomId: string, settings: ListingSettings) {
    const kp = this.listingKeyPair(roomId)
    const owner = signingKeyPair(this.node, roomId)
    if (!kp || !owner) throw fail('owner_only')
    const bytes = encodeListing(kp, owner, await this.content(roomId, settings), Date.now()).byteLength
    if (bytes > LISTING_MAX_BYTES) throw fail('listing_too_large', { bytes, limit: LISTING_MAX_BYTES })
    return toHex(kp.publicKey)
  }

  /** Publishes a room's listing (or its withdrawal) now; rejects when the DHT refuses it. One at a time: each takes a higher seq. */
  publish(roomId: string, announce = true): Promise<void> {
    const run = this.#queue.then(() => this.#publish(roomId, announce))
    this.#queue = run.catch(() => {})
    return run
  }

  async #publish(roomId: string, announce: boolean) {
    const dht = this.node.net.dht
    const entry = this.node.entry(roomId)
    const kp = this.listingKeyPair(roomId)
    const owner = signingKeyPair(this.node, roomId)
    if (!dht || !kp || !owner || !entry.listing) return
    const settings = entry.listing
    const content = settings.withdrawn ? null : await this.content(roomId, settings)
    const published = JSON.stringify(content)
    let served = this.#served.get(roomId)
    if (served && !announce && served.published === published) return
    // not served since this device came online: listen and announce too
    announce ||= !served
    // a newer value needs a higher seq: the time, or one past the last when the clock went back
    const seq = Math.max(Date.now(), (served?.seq ?? settings.seq ?? 0) + 1)
    await dht.mutablePut(kp, encodeListing(kp, owner, content, seq), { seq })
    settings.seq = seq
    if (settings.withdrawn) {
      settings.tombstoned = true
      await this.node.profile.save()
      this.#served.delete(roomId)
      await served?.server?.close().catch(() => {})
      await dht.unannounce(DIRECTORY_TOPIC, kp).catch(() => {})
      return
    }
    await this.node.profile.save()
    if (!served) this.#served.set(roomId, (served = { keyPair: kp, published, seq, server: null }))
    served.published = published
    served.seq = seq
    if (!served.server) served.server = await this.#listen(roomId, dht, kp)
    if (announce) await dht.announce(DIRECTORY_TOPIC, kp, []).finished()
  }

  async #listen(roomId: string, dht: Dht, kp: KeyPair) {
    const server = dht.createServer((conn) => {
      conn.on('error', () => {})
      this.knocks.serve(roomId, conn)
    })
    await server.listen(kp)
    return server
  }

  async #publishAll(announce: boolean) {
    for (const [roomId, entry] of this.node.profile.rooms) {
      if (!entry.listing || entry.listing.tombstoned) continue
      await this.publish(roomId, announce).catch((err: unknown) => this.node.emit('log', `listing of ${roomId} not published: ${(err as Error).message}`))
      if (announce) this.knocks.deliver(roomId, true)
    }
  }
}
