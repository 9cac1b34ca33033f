import Protomux from 'protomux'
import b4a from 'b4a'
import c from 'compact-encoding'
import { verify, toHex, type KeyPair } from './crypto.ts'
import { isAuthorityKey } from './room/queries-authority.ts'
import type { PeerConnection } from './compat/connection.ts'
import type { ProtomuxChannel, ProtomuxMessage } from 'protomux'
import {
  PROTOCOL,
  TYPING_TTL_MS,
  ON_DUTY_TTL_MS,
  CLOCK_SKEW_MS,
  decodeMessage,
  onDutyPayload,
  capability,
  signOnDuty,
  type OnDutyClaim,
  type PresenceRoom
} from './presence-wire.ts'

// One presence channel with a remote peer: opening it, rate limiting and checking what the peer
// sends, and the on-duty claim sent to it. The protocol and its checks are described in presence-wire.ts.

/** Per channel: a burst of RATE_BURST messages, then one per RATE_INTERVAL_MS; the rest are ignored. */
const RATE_BURST = 8
const RATE_INTERVAL_MS = 500

export type Chan = {
  conn: PeerConnection
  roomId: string
  channel: ProtomuxChannel | null
  message: ProtomuxMessage | null
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

export type PresenceStats = { received: number; ignored: number; refused: number }

/** What a channel needs of the Presence manager that owns it. */
export type ChannelHost = {
  readonly stats: PresenceStats
  clock(): number
  room(roomId: string): PresenceRoom | undefined
  /** Sends this device's whole state on the channel. */
  send(chan: Chan): void
  /** Emits 'change' if the room's counts changed. */
  update(roomId: string): void
}

/**
 * Creates the presence channel of `roomId` on a connection whose Noise handshake is finished
 * (`binding` is its hash) and adds it to `chans`, the connection's channels by room. Throws what
 * protomux throws.
 */
export function openChannel(host: ChannelHost, conn: PeerConnection, roomId: string, room: PresenceRoom, binding: Buffer, chans: Map<string, Chan>) {
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
    refilled: host.clock(),
    claim: null
  }
  const channel = mux.createChannel({
    protocol: PROTOCOL,
    id: room.discoveryKey,
    handshake: c.raw, // checked here: a malformed handshake must not reach protomux (it would end the connection)
    onopen: (cap: Uint8Array) => {
      if (!b4a.isBuffer(cap) || cap.byteLength !== 32 || !b4a.equals(cap, capability(room.key, binding))) {
        host.stats.refused++
        queueMicrotask(() => {
          try {
            channel?.close()
          } catch {}
        }) // not a holder of the room key: tell it nothing
        return
      }
      chan.opened = true
      host.send(chan)
      host.update(roomId)
    },
    onclose: () => {
      chan.opened = false
      if (chans.get(roomId) === chan) chans.delete(roomId)
      host.update(roomId)
    }
  })
  if (!channel) return // a duplicate, or the remote already closed it
  chan.channel = channel
  // raw bytes: decoding happens in receive(), where a malformed message cannot reach protomux
  chan.message = channel.addMessage({
    encoding: c.raw,
    onmessage: (buf: Uint8Array) => {
      receive(host, chan, buf)
    }
  })
  chans.set(roomId, chan)
  channel.open(capability(room.key, binding))
}

/** Takes one token from the channel's bucket; false when the peer is over the rate. */
function takeToken(chan: Chan, now: number): boolean {
  chan.tokens = Math.min(RATE_BURST, chan.tokens + (now - chan.refilled) / RATE_INTERVAL_MS)
  chan.refilled = now
  if (chan.tokens < 1) return false
  chan.tokens -= 1
  return true
}

/** One message from the peer: its whole state. Never throws: bad input is counted in `stats.ignored`. */
function receive(host: ChannelHost, chan: Chan, buf: Uint8Array) {
  const { stats } = host
  try {
    stats.received++
    if (!chan.opened) {
      stats.ignored++
      return
    }
    const now = host.clock()
    if (!takeToken(chan, now)) {
      stats.ignored++
      return
    }
    const m = decodeMessage(buf)
    if (!m) {
      stats.ignored++
      return
    }
    const seq = ++chan.seq
    chan.typingUntil = m.typing ? now + TYPING_TTL_MS : 0
    if (!m.onDuty) chan.duty = null
    host.update(chan.roomId)
    if (m.onDuty) {
      verifyClaim(host, chan, m.onDuty).then(
        (ok) => {
          if (chan.seq !== seq) return // a newer message decides
          chan.duty = ok ? { key: toHex(m.onDuty!.moderatorKey), until: host.clock() + ON_DUTY_TTL_MS } : null
          if (!ok) stats.ignored++
          host.update(chan.roomId)
        },
        () => {
          stats.ignored++
        }
      )
    }
  } catch {
    stats.ignored++
  }
}

async function verifyClaim(host: ChannelHost, chan: Chan, claim: OnDutyClaim): Promise<boolean> {
  const room = host.room(chan.roomId)
  const binding = chan.conn.handshakeHash
  if (!room || !binding) return false
  if (Math.abs(host.clock() - claim.time) > CLOCK_SKEW_MS) return false
  if (!verify(onDutyPayload(room.key, binding, claim.moderatorKey, claim.time), claim.sig, claim.moderatorKey)) return false
  return isAuthority(room, toHex(claim.moderatorKey))
}

/** Whether `key` is the owner or a moderator in this device's view of the room right now. */
export async function isAuthority(room: PresenceRoom, key: string): Promise<boolean> {
  try {
    const view = room.base.view
    return !!view && (await isAuthorityKey(view, key))
  } catch {
    return false
  }
}

/** Drops the peer's on-duty claim if its moderator is no longer one in this device's view. */
export function recheckDuty(host: ChannelHost, chan: Chan) {
  const duty = chan.duty
  const room = host.room(chan.roomId)
  if (!duty || !room) return
  // a moderator removed since the claim stops counting at once, not when the claim expires
  isAuthority(room, duty.key).then(
    (ok) => {
      if (!ok && chan.duty === duty) {
        chan.duty = null
        host.update(chan.roomId)
      }
    },
    () => {}
  )
}

/** The on-duty claim to send on a channel, if this device is on duty and the connection is bound. */
export function claimFor(chan: Chan, room: PresenceRoom, duty: { kp: KeyPair; time: number } | null | undefined): OnDutyClaim | undefined {
  const binding = chan.conn.handshakeHash
  if (!duty || !binding) return undefined
  if (!chan.claim || chan.claim.time !== duty.time) chan.claim = signOnDuty(room.key, binding, duty.kp, duty.time)
  return chan.claim
}
