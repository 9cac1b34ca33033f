import { EventEmitter } from 'node:events'
import Protomux from 'protomux'
import b4a from 'b4a'
import c from 'compact-encoding'
import { domainHash } from './crypto.ts'
import { decodeRecord } from './room/apply.ts'
import { K } from './room/keys.ts'
import { isAuthorityKey } from './room/queries-authority.ts'
import { verifyRecord } from './records/signing.ts'
import type { Room } from './room/room.ts'
import type { PeerConnection } from './compat/connection.ts'
import type { ProtomuxMessage } from 'protomux'

const PROTOCOL = 'hearth/carry/v1'
const MAX_BYTES = 64 * 1024
/** Per channel: a burst of 8 records, then one a second; the rest are dropped. */
const BURST = 8
const REFILL_MS = 1000

type Chan = { conn: PeerConnection; roomId: string; message: ProtomuxMessage | null; opened: boolean; tokens: number; refilled: number }

/**
 * Carries signed moderation records for a device that cannot append them itself.
 *
 * A block removes a member as a writer and peers stop taking their log, which must hold for a
 * troll. But the owner's authority is in a key, not a device: the owner key imported on a second
 * device that a rogue moderator blocked must still act. That device hands its signed record to
 * the room's connected peers here, and each member's engine that receives it appends it from its
 * own log, after checking what apply will check: a valid signature for this room, by a current
 * authority, with a nonce not yet spent. A record is worth nothing to anyone else (it is bound to
 * the room and counts once), so carrying cannot be abused to do more than the signer could.
 */
export class Carrier extends EventEmitter {
  readonly stats = { received: 0, carried: 0, dropped: 0 }
  #rooms = new Map<string, Room>()
  #chans = new Set<Chan>()
  #recent = new Set<string>()

  addRoom(roomId: string, room: Room) {
    this.#rooms.set(roomId, room)
  }

  removeRoom(roomId: string) {
    this.#rooms.delete(roomId)
  }

  /** Opens the carry channel of the room a connection was made for. */
  attach(conn: PeerConnection, roomId: string) {
    const room = this.#rooms.get(roomId)
    if (!room) return
    const binding: Buffer | null = conn.handshakeHash ?? null
    if (!binding) {
      Promise.resolve(conn.opened).then(
        (ok) => ok !== false && conn.handshakeHash && this.attach(conn, roomId),
        () => {}
      )
      return
    }
    const cap = domainHash(PROTOCOL + '/cap', room.key, binding)
    const chan: Chan = { conn, roomId, message: null, opened: false, tokens: BURST, refilled: Date.now() }
    const channel = Protomux.from(conn).createChannel({
      protocol: PROTOCOL,
      id: room.discoveryKey,
      handshake: c.raw,
      onopen: (remote: Uint8Array) => {
        if (!b4a.isBuffer(remote) || !b4a.equals(remote, cap)) return queueMicrotask(() => channel?.close())
        chan.opened = true
      },
      onclose: () => this.#chans.delete(chan)
    })
    if (!channel) return
    chan.message = channel.addMessage({ encoding: c.raw, onmessage: (buf: Uint8Array) => void this.#receive(chan, buf) })
    this.#chans.add(chan)
    channel.open(cap)
  }

  /** Hands a signed record to every connected peer of the room; returns how many it went to. */
  send(roomId: string, record: Record<string, unknown>): number {
    const bytes = b4a.from(JSON.stringify(record))
    let sent = 0
    for (const chan of this.#chans) {
      if (chan.roomId !== roomId || !chan.opened) continue
      chan.message?.send(bytes)
      sent++
    }
    return sent
  }

  async #receive(chan: Chan, buf: Uint8Array) {
    this.stats.received++
    const now = Date.now()
    chan.tokens = Math.min(BURST, chan.tokens + (now - chan.refilled) / REFILL_MS)
    chan.refilled = now
    const room = this.#rooms.get(chan.roomId)
    if (!chan.opened || chan.tokens < 1 || buf.byteLength > MAX_BYTES || !room) return void this.stats.dropped++
    chan.tokens--
    try {
      const record = await this.#worthCarrying(room, buf)
      if (!record) return void this.stats.dropped++
      this.#recent.add(record.nonce)
      if (this.#recent.size > 1000) this.#recent.delete(this.#recent.values().next().value!)
      // several members may carry the same record: a short random wait lets the first copy spread,
      // and a copy that arrives second is refused as spent (harmless, just a wasted block)
      await new Promise((r) => setTimeout(r, Math.random() * 1500))
      if (await room.queries.value(K.nonce(record.nonce))) return
      await room.append(record)
      this.stats.carried++
      this.emit('carried', chan.roomId, record.type)
    } catch {
      this.stats.dropped++
    }
  }

  /** What apply would accept from a carrier: a well-formed record signed for this room by a current authority, first seen. */
  async #worthCarrying(room: Room, buf: Uint8Array): Promise<{ nonce: string; by: string; sig: string; type: string } | null> {
    if (!room.writable) return null
    const decoded = decodeRecord(buf)
    const record = decoded?.record as { nonce?: string; by?: string; sig?: string; type: string } | undefined
    if (!record?.nonce || !record.by || !record.sig || this.#recent.has(record.nonce)) return null
    if (!verifyRecord(room.key, record as { by: string; sig: string })) return null
    if (!(await isAuthorityKey(room.base.view, record.by))) return null
    if (await room.queries.value(K.nonce(record.nonce))) return null
    return record as { nonce: string; by: string; sig: string; type: string }
  }
}
