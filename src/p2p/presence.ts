import { EventEmitter } from 'node:events'
import type { KeyPair } from './crypto.ts'
import type { PeerConnection } from './compat/connection.ts'
import { encodeMessage, type PresenceState, type PresenceRoom } from './presence-wire.ts'
import { openChannel, recheckDuty, claimFor, type Chan, type ChannelHost, type PresenceStats } from './presence-channel.ts'
import { LocalPresence, type LocalHost } from './presence-local.ts'
export * from './presence-wire.ts'
export type { PresenceStats } from './presence-channel.ts'

// Ephemeral presence on live connections; the protocol and its checks are described in presence-wire.ts.
// One peer's channel (opening, rate limit, on-duty claim checks) lives in presence-channel.ts; this
// device's own typing and on-duty state, and what the sweep does to it, in presence-local.ts.
const SWEEP_MS = 1_000
const REVERIFY_MS = 5_000

/**
 * The presence manager of one node. Emits 'change' (roomId, PresenceState) when a room's counts
 * change. Never throws for what a peer sends: bad input is counted in `stats.ignored` and dropped.
 */
export class Presence extends EventEmitter {
  readonly stats: PresenceStats = { received: 0, ignored: 0, refused: 0 }
  #rooms = new Map<string, PresenceRoom>()
  #conns = new Map<PeerConnection, Map<string, Chan>>()
  #last = new Map<string, string>()
  #timer: NodeJS.Timeout | null = null
  #lastReverify = 0
  #closed = false
  /** What the channels and the local state may ask of this manager. */
  readonly #host: ChannelHost & LocalHost = {
    stats: this.stats,
    clock: () => this.clock(),
    room: (roomId) => this.#rooms.get(roomId),
    send: (chan) => this.#send(chan),
    broadcast: (roomId) => this.#broadcast(roomId),
    update: (roomId) => this.#update(roomId)
  }
  #local = new LocalPresence(this.#host)

  constructor(readonly clock: () => number = Date.now) {
    super()
  }

  /** Opens the presence channel of the one room a connection was made for. */
  attach(conn: PeerConnection, roomId: string) {
    if (this.#closed || this.#conns.has(conn) || conn.destroyed) return
    this.#conns.set(conn, new Map())
    conn.once('close', () => this.#detach(conn))
    this.#open(conn, roomId)
    this.#startTimer()
  }

  addRoom(roomId: string, room: PresenceRoom) {
    if (this.#closed) return
    this.#rooms.set(roomId, room)
  }

  removeRoom(roomId: string) {
    this.#rooms.delete(roomId)
    this.#local.delete(roomId)
    this.#last.delete(roomId)
    for (const chans of this.#conns.values()) {
      const chan = chans.get(roomId)
      if (!chan) continue
      chans.delete(roomId)
      try {
        chan.channel?.close()
      } catch {}
    }
  }

  /** This device is (or stops) typing in a room. Ends by itself after a few seconds without a refresh. */
  setTyping(roomId: string, typing: boolean) {
    if (!this.#rooms.has(roomId)) return
    if (this.#local.setTyping(roomId, typing, this.clock())) this.#broadcast(roomId)
    this.#update(roomId)
  }

  /** This device's moderator is on duty with `kp` (or not, with null). Refreshed until turned off. */
  setOnDuty(roomId: string, kp: KeyPair | null) {
    if (!this.#rooms.has(roomId)) return
    this.#local.setOnDuty(roomId, kp, this.clock())
    this.#broadcast(roomId)
    this.#update(roomId)
  }

  state(roomId: string): PresenceState {
    const now = this.clock()
    let online = 0
    let typing = 0
    const keys = new Set<string>()
    for (const chans of this.#conns.values()) {
      const chan = chans.get(roomId)
      if (!chan?.opened) continue
      online++
      if (chan.typingUntil > now) typing++
      if (chan.duty && chan.duty.until > now) keys.add(chan.duty.key)
    }
    return { online, typing, moderatorsOnDuty: keys.size, onDuty: this.#local.get(roomId)?.duty != null }
  }

  /**
   * The open channels of a room, for tests and fuzzing: each with its connection binding (the
   * Noise handshake hash) and a way to send raw bytes, exactly what a modified client could send.
   */
  channels(roomId: string): Array<{ binding: Buffer | null; sendRaw: (buf: Uint8Array) => void }> {
    const out = []
    for (const chans of this.#conns.values()) {
      const chan = chans.get(roomId)
      if (chan?.opened)
        out.push({
          binding: chan.conn.handshakeHash ?? null,
          sendRaw: (buf: Uint8Array) => {
            chan.message?.send(buf)
          }
        })
    }
    return out
  }

  close() {
    this.#closed = true
    if (this.#timer) clearInterval(this.#timer)
    this.#timer = null
    for (const roomId of [...this.#rooms.keys()]) this.removeRoom(roomId)
    this.#conns.clear()
  }

  #open(conn: PeerConnection, roomId: string) {
    const chans = this.#conns.get(conn)
    const room = this.#rooms.get(roomId)
    if (!chans || !room || chans.has(roomId)) return
    const binding: Buffer | null = conn.handshakeHash ?? null
    if (!binding) {
      // the capability needs the finished Noise handshake
      Promise.resolve(conn.opened).then(
        (ok) => {
          if (ok !== false && conn.handshakeHash) this.#open(conn, roomId)
        },
        () => {}
      )
      return
    }
    try {
      openChannel(this.#host, conn, roomId, room, binding, chans)
    } catch (err) {
      this.emit('log', `presence: could not open a channel (${(err as Error).message})`)
    }
  }

  #detach(conn: PeerConnection) {
    const chans = this.#conns.get(conn)
    if (!chans) return
    this.#conns.delete(conn)
    for (const roomId of chans.keys()) this.#update(roomId)
  }

  #broadcast(roomId: string) {
    for (const chans of this.#conns.values()) {
      const chan = chans.get(roomId)
      if (chan?.opened) this.#send(chan)
    }
  }

  #send(chan: Chan) {
    try {
      const room = this.#rooms.get(chan.roomId)
      const local = this.#local.get(chan.roomId)
      if (!room || !chan.message) return
      const typing = !!local && local.typingUntil > this.clock()
      chan.message.send(encodeMessage({ typing, onDuty: claimFor(chan, room, local?.duty) }))
    } catch (err) {
      this.emit('log', `presence: send failed (${(err as Error).message})`)
    }
  }

  #startTimer() {
    if (this.#timer || this.#closed) return
    this.#timer = setInterval(() => this.#sweep(), SWEEP_MS)
    this.#timer.unref?.()
  }

  /** Expires local typing, refreshes on-duty claims, re-checks remote moderators, emits changes. */
  #sweep() {
    const now = this.clock()
    const reverify = now - this.#lastReverify >= REVERIFY_MS
    if (reverify) this.#lastReverify = now
    this.#local.sweep(now, reverify)
    if (reverify) {
      for (const chans of this.#conns.values()) {
        for (const chan of chans.values()) recheckDuty(this.#host, chan)
      }
    }
    for (const roomId of this.#rooms.keys()) this.#update(roomId)
  }

  #update(roomId: string) {
    if (!this.#rooms.has(roomId)) return
    const state = this.state(roomId)
    const key = JSON.stringify(state)
    if (this.#last.get(roomId) === key) return
    this.#last.set(roomId, key)
    this.emit('change', roomId, state)
  }
}
