import { EventEmitter } from 'node:events'
import Protomux from 'protomux'
import b4a from 'b4a'
import c from 'compact-encoding'
import { verify, toHex, type KeyPair } from './crypto.ts'
import { isAuthorityKey } from './room/queries-authority.ts'
import {
  PROTOCOL,
  encodeMessage,
  decodeMessage,
  onDutyPayload,
  capability,
  signOnDuty,
  type OnDutyClaim,
  type PresenceState,
  type PresenceRoom
} from './presence-wire.ts'
export * from './presence-wire.ts'

// Ephemeral presence on live connections; the protocol and its checks are described in presence-wire.ts.
export const TYPING_TTL_MS = 6_000
export const ON_DUTY_TTL_MS = 120_000
export const ON_DUTY_REFRESH_MS = 30_000
export const CLOCK_SKEW_MS = 5 * 60_000
/** Per channel: a burst of RATE_BURST messages, then one per RATE_INTERVAL_MS; the rest are ignored. */
const RATE_BURST = 8
const RATE_INTERVAL_MS = 500
const LOCAL_TYPING_MS = TYPING_TTL_MS // the local typing flag ends by itself unless the UI refreshes it
const TYPING_RESEND_MS = 2_000 // "still typing" goes out at most this often
const SWEEP_MS = 1_000
const REVERIFY_MS = 5_000

type Chan = {
  conn: any
  roomId: string
  channel: any
  message: any
  opened: boolean
  typingUntil: number
  duty: { key: string; until: number } | null
  /** Increments per received message; an async check applies only if no newer message came. */
  seq: number
  tokens: number
  refilled: number
  /** The claim last signed for this channel (re-signed when the local duty time changes). */
  claim: OnDutyClaim | null
}

type Local = { typingUntil: number; typingSent: number; duty: { kp: KeyPair; time: number } | null }

export type PresenceStats = { received: number; ignored: number; refused: number }

/**
 * The presence manager of one node. Emits 'change' (roomId, PresenceState) when a room's counts
 * change. Never throws for what a peer sends: bad input is counted in `stats.ignored` and dropped.
 */
export class Presence extends EventEmitter {
  readonly stats: PresenceStats = { received: 0, ignored: 0, refused: 0 }
  #rooms = new Map<string, PresenceRoom>()
  #conns = new Map<any, Map<string, Chan>>()
  #local = new Map<string, Local>()
  #last = new Map<string, string>()
  #timer: NodeJS.Timeout | null = null
  #lastReverify = 0
  #refreshing = new Set<string>()
  #closed = false

  constructor(readonly clock: () => number = Date.now) {
    super()
  }

  /** Opens the presence channel of the one room a connection was made for. */
  attach(conn: any, roomId: string) {
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
        chan.channel.close()
      } catch {}
    }
  }

  /** This device is (or stops) typing in a room. Ends by itself after a few seconds without a refresh. */
  setTyping(roomId: string, typing: boolean) {
    if (!this.#rooms.has(roomId)) return
    const local = this.#localOf(roomId)
    const now = this.clock()
    const was = local.typingUntil > now
    local.typingUntil = typing ? now + LOCAL_TYPING_MS : 0
    if (typing !== was || (typing && now - local.typingSent >= TYPING_RESEND_MS)) {
      if (typing) local.typingSent = now
      this.#broadcast(roomId)
    }
    this.#update(roomId)
  }

  /** This device's moderator is on duty with `kp` (or not, with null). Refreshed until turned off. */
  setOnDuty(roomId: string, kp: KeyPair | null) {
    if (!this.#rooms.has(roomId)) return
    const local = this.#localOf(roomId)
    local.duty = kp ? { kp, time: this.clock() } : null
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
            chan.message.send(buf)
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

  #localOf(roomId: string): Local {
    let local = this.#local.get(roomId)
    if (!local) this.#local.set(roomId, (local = { typingUntil: 0, typingSent: 0, duty: null }))
    return local
  }

  #open(conn: any, roomId: string) {
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
      const mux = Protomux.from(conn)
      const chan: Chan = {
        conn,
        roomId,
        channel: null,
        message: null,
        opened: false,
        typingUntil: 0,
        duty: null,
        seq: 0,
        tokens: RATE_BURST,
        refilled: this.clock(),
        claim: null
      }
      const channel = mux.createChannel({
        protocol: PROTOCOL,
        id: room.discoveryKey,
        handshake: c.raw, // checked here: a malformed handshake must not reach protomux (it would end the connection)
        onopen: (cap: Uint8Array) => {
          if (!b4a.isBuffer(cap) || cap.byteLength !== 32 || !b4a.equals(cap, capability(room.key, binding))) {
            this.stats.refused++
            queueMicrotask(() => {
              try {
                channel.close()
              } catch {}
            }) // not a holder of the room key: tell it nothing
            return
          }
          chan.opened = true
          this.#send(chan)
          this.#update(roomId)
        },
        onclose: () => {
          chan.opened = false
          if (chans.get(roomId) === chan) chans.delete(roomId)
          this.#update(roomId)
        }
      })
      if (!channel) return // a duplicate, or the remote already closed it
      chan.channel = channel
      // raw bytes: decoding happens in #receive, where a malformed message cannot reach protomux
      chan.message = channel.addMessage({
        encoding: c.raw,
        onmessage: (buf: Uint8Array) => {
          this.#receive(chan, buf)
        }
      })
      chans.set(roomId, chan)
      channel.open(capability(room.key, binding))
    } catch (err) {
      this.emit('log', `presence: could not open a channel (${(err as Error).message})`)
    }
  }

  #detach(conn: any) {
    const chans = this.#conns.get(conn)
    if (!chans) return
    this.#conns.delete(conn)
    for (const roomId of chans.keys()) this.#update(roomId)
  }

  #receive(chan: Chan, buf: Uint8Array) {
    try {
      this.stats.received++
      if (!chan.opened) {
        this.stats.ignored++
        return
      }
      const now = this.clock()
      chan.tokens = Math.min(RATE_BURST, chan.tokens + (now - chan.refilled) / RATE_INTERVAL_MS)
      chan.refilled = now
      if (chan.tokens < 1) {
        this.stats.ignored++
        return
      }
      chan.tokens -= 1
      const m = decodeMessage(buf)
      if (!m) {
        this.stats.ignored++
        return
      }
      const seq = ++chan.seq
      chan.typingUntil = m.typing ? now + TYPING_TTL_MS : 0
      if (!m.onDuty) chan.duty = null
      this.#update(chan.roomId)
      if (m.onDuty) {
        this.#verifyClaim(chan, m.onDuty).then(
          (ok) => {
            if (chan.seq !== seq) return // a newer message decides
            chan.duty = ok ? { key: toHex(m.onDuty!.moderatorKey), until: this.clock() + ON_DUTY_TTL_MS } : null
            if (!ok) this.stats.ignored++
            this.#update(chan.roomId)
          },
          () => {
            this.stats.ignored++
          }
        )
      }
    } catch {
      this.stats.ignored++
    }
  }

  async #verifyClaim(chan: Chan, claim: OnDutyClaim): Promise<boolean> {
    const room = this.#rooms.get(chan.roomId)
    const binding = chan.conn.handshakeHash
    if (!room || !binding) return false
    if (Math.abs(this.clock() - claim.time) > CLOCK_SKEW_MS) return false
    if (!verify(onDutyPayload(room.key, binding, claim.moderatorKey, claim.time), claim.sig, claim.moderatorKey)) return false
    return this.#isAuthority(room, toHex(claim.moderatorKey))
  }

  async #isAuthority(room: PresenceRoom, key: string): Promise<boolean> {
    try {
      const view = room.base.view
      return !!view && (await isAuthorityKey(view, key))
    } catch {
      return false
    }
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
      let onDuty: OnDutyClaim | undefined
      const binding = chan.conn.handshakeHash
      if (local?.duty && binding) {
        if (!chan.claim || chan.claim.time !== local.duty.time) chan.claim = signOnDuty(room.key, binding, local.duty.kp, local.duty.time)
        onDuty = chan.claim
      }
      chan.message.send(encodeMessage({ typing, onDuty }))
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
    for (const [roomId, local] of this.#local) {
      if (local.typingUntil !== 0 && local.typingUntil <= now) {
        local.typingUntil = 0
        this.#broadcast(roomId)
      }
      if (local.duty && now - local.duty.time >= ON_DUTY_REFRESH_MS) this.#refreshDuty(roomId, local)
      else if (local.duty && reverify) this.#checkOwnDuty(roomId, local)
    }
    if (reverify) {
      for (const chans of this.#conns.values()) {
        for (const chan of chans.values()) {
          const duty = chan.duty
          const room = this.#rooms.get(chan.roomId)
          if (!duty || !room) continue
          // a moderator removed since the claim stops counting at once, not when the claim expires
          this.#isAuthority(room, duty.key).then(
            (ok) => {
              if (!ok && chan.duty === duty) {
                chan.duty = null
                this.#update(chan.roomId)
              }
            },
            () => {}
          )
        }
      }
    }
    for (const roomId of this.#rooms.keys()) this.#update(roomId)
  }

  #refreshDuty(roomId: string, local: Local) {
    if (this.#refreshing.has(roomId)) return
    const room = this.#rooms.get(roomId)
    const duty = local.duty
    if (!room || !duty) return
    this.#refreshing.add(roomId)
    this.#isAuthority(room, toHex(duty.kp.publicKey))
      .then(
        (ok) => {
          if (local.duty !== duty || this.#local.get(roomId) !== local) return
          // no longer a moderator here: stop saying so
          local.duty = ok ? { kp: duty.kp, time: this.clock() } : null
          this.#broadcast(roomId)
          this.#update(roomId)
        },
        () => {}
      )
      .finally(() => this.#refreshing.delete(roomId))
  }

  /** Ends this device's duty as soon as its key is no longer an authority in the local view. */
  #checkOwnDuty(roomId: string, local: Local) {
    const room = this.#rooms.get(roomId)
    const duty = local.duty
    if (!room || !duty) return
    this.#isAuthority(room, toHex(duty.kp.publicKey)).then(
      (ok) => {
        if (ok || local.duty !== duty) return
        local.duty = null
        this.#broadcast(roomId)
        this.#update(roomId)
      },
      () => {}
    )
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
