import b4a from 'b4a'
import { fromHex, toHex } from '../crypto.ts'
import { HearthError } from '../../shared/api/errors.ts'
import { K, type KnockState } from '../room/keys.ts'
import { moderatorKeys, sealJson } from '../api/reports.ts'
import { signingKeyPair } from '../api/summary.ts'
import { KNOCKS_PENDING_MAX } from '../room/handlers/directory.ts'
import { Knock, parseJson, readOne, replyKeys, type Reply } from './knock-wire.ts'
import { answerKnock, deliverAnswer, openKnock, recordKnock, type SealedKnock } from './answer.ts'
import type { HearthNode } from '../node.ts'
import type { DhtConnection } from '../compat/dht.ts'

/** Knocks one knocker key may make, and one network address, per window (across this device's listings). */
export const KNOCK_LIMITS = { perKnocker: 3, perAddress: 20, windowMs: 10 * 60_000 }
const READ_TIMEOUT_MS = 10_000
/** Answers are delivered again while their invite could still be used. */
const ANSWER_KEPT_MS = 7 * 24 * 60 * 60_000

/**
 * The owner's device side of knocking. A knock arrives on a connection to the listing key; before
 * anything is read, the knocker's key and address are rate-limited; then the knock is size- and
 * schema-checked, the room's queue of unanswered knocks is capped, and the knock is recorded in the
 * room sealed to the owner and moderator keys (every moderator's device sees it). With
 * requireKnock off, this device approves it at once. It also delivers answers again (DHT records
 * expire, and a moderator's device may go away before its delivery went through).
 */
export class KnockHost {
  #seen = { knocker: new Map<string, number[]>(), address: new Map<string, number[]>() }
  #delivered = new Set<string>()
  #delivering = new Set<string>()

  constructor(private node: HearthNode) {}

  serve(roomId: string, conn: DhtConnection) {
    void this.#handle(roomId, conn)
      .catch((err: unknown): Reply => {
        this.node.emit('log', `knock on ${roomId} not recorded: ${(err as Error).message}`)
        // the room refused it: its queue filled up meanwhile (apply caps it too)
        const refused = err instanceof HearthError && (err.data as { reason?: string })?.reason === 'not_applied'
        return { ok: false, refusal: refused ? 'knock_queue_full' : 'listing_unreachable' }
      })
      .then((reply) => {
        conn.write(b4a.from(JSON.stringify(reply)))
        conn.end()
      })
  }

  async #handle(roomId: string, conn: DhtConnection): Promise<Reply> {
    const knocker = toHex(conn.remotePublicKey)
    const address = String(conn.rawStream?.remoteHost ?? 'unknown')
    const wait = this.#limit(knocker, address)
    if (wait) return { ok: false, refusal: 'knock_rate_limited', retryMinutes: wait }
    const knock = parseJson(await readOne(conn, READ_TIMEOUT_MS), Knock)
    if (!knock) return { ok: false, refusal: 'knock_malformed' }
    const listing = this.node.profile.get(roomId)?.listing
    if (!listing || listing.withdrawn) return { ok: false, refusal: 'listing_not_found' }
    const room = this.node.room(roomId)
    const { requestId } = replyKeys(fromHex(knock.seed))
    // the same knock sent again (a retry after a lost reply) is the same request
    if (await room.queries.value(K.knock(requestId))) return { ok: true, requestId }
    if (((await room.queries.value<number>(K.knocksPending)) ?? 0) >= KNOCKS_PENDING_MAX) return { ok: false, refusal: 'knock_queue_full' }
    const { owner, moderators } = await moderatorKeys(room)
    const sealedKnock: SealedKnock = { note: knock.note, displayName: knock.displayName, box: knocker, seed: knock.seed }
    const sealed = [...new Set([owner, ...moderators])].map((to) => ({ to, box: sealJson(to, sealedKnock) }))
    await recordKnock(this.node, roomId, requestId, sealed)
    if (!listing.requireKnock) {
      void answerKnock(this.node, roomId, requestId, true).catch((err: unknown) => this.node.emit('log', `knock not let in: ${(err as Error).message}`))
    }
    return { ok: true, requestId }
  }

  /** Minutes until the knocker or the address may knock again, or 0 (and the knock is counted). */
  #limit(knocker: string, address: string): number {
    const now = Date.now()
    const since = now - KNOCK_LIMITS.windowMs
    const recent = (map: Map<string, number[]>, key: string) => (map.get(key) ?? []).filter((t) => t > since)
    const byKnocker = recent(this.#seen.knocker, knocker)
    const byAddress = recent(this.#seen.address, address)
    const full = [byKnocker.length >= KNOCK_LIMITS.perKnocker ? byKnocker : null, byAddress.length >= KNOCK_LIMITS.perAddress ? byAddress : null]
    const blocking = full.filter((x): x is number[] => x !== null)
    if (blocking.length) return Math.max(1, Math.ceil((Math.max(...blocking.map((times) => times[0])) + KNOCK_LIMITS.windowMs - now) / 60_000))
    this.#seen.knocker.set(knocker, [...byKnocker, now])
    this.#seen.address.set(address, [...byAddress, now])
    return 0
  }

  /** Delivers the room's answers this device can open; `again` also those delivered before (records expire). */
  deliver(roomId: string, again = false) {
    if (this.#delivering.has(roomId) || !this.node.net.dht) return
    if (again) this.#delivered.clear()
    this.#delivering.add(roomId)
    this.#deliver(roomId)
      .catch((err: unknown) => this.node.emit('log', `knock answers of ${roomId} not delivered: ${(err as Error).message}`))
      .finally(() => this.#delivering.delete(roomId))
  }

  async #deliver(roomId: string) {
    const kp = signingKeyPair(this.node, roomId)
    const room = this.node.rooms.get(roomId)
    if (!kp || !room || room.base.closing) return
    for (const { key, value } of await room.queries.entries<KnockState>(K.knockPrefix)) {
      if (!value.answer || this.#delivered.has(key) || value.answer.time < Date.now() - ANSWER_KEPT_MS) continue
      const knock = openKnock(kp, value)
      if (knock) await deliverAnswer(this.node, knock, value.answer.box)
      this.#delivered.add(key)
    }
  }
}
