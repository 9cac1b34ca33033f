import c from 'compact-encoding'
import type { ViewReader } from './compat/types.ts'
import b4a from 'b4a'
import { domainHash, sign, type KeyPair } from './crypto.ts'

/**
 * Ephemeral presence: who is connected, how many are typing, and whether a moderator is on duty.
 * Nothing here is stored or appended to a room: it lives on the live swarm connections and expires.
 *
 * One protomux channel per (connection, room): protocol 'hearth/presence/v1', id = the room's
 * discovery key. The discovery key is announced on the DHT, so it proves nothing: the channel's
 * handshake carries a capability, hash('hearth/presence/v1/cap' ‖ roomKey ‖ handshakeHash), like
 * hypercore's own replication capability. Only a peer holding the room key (an invite) can make it,
 * and it is bound to this connection. Until the remote's capability checks out nothing is sent and
 * nothing received counts; a wrong one closes the channel.
 * Every message is the sender's whole state, so the last one wins:
 *   flags (uint: 1 = typing, 2 = on duty) [, moderatorKey (32), time (uint, ms), sig (64)]
 * The on-duty claim is a signature by a moderator key over
 *   hash('hearth/presence/v1' ‖ roomKey ‖ handshakeHash ‖ moderatorKey ‖ time (uint64 BE))
 * The Noise handshake hash binds it to this one connection, so a peer that receives a claim cannot
 * replay it on its own connections. A receiver counts it only if the signature verifies, the key is
 * the owner or a moderator in its own view of the room right now, and the time is within
 * CLOCK_SKEW_MS of its own clock. Typing is not signed: it is shown only as a count of connections.
 */
// (wire format, signatures and timings here; the Presence class lives in presence.ts)
export const PROTOCOL = 'hearth/presence/v1'
export const MAX_MESSAGE_BYTES = 256
export const TYPING = 1
export const ON_DUTY = 2
/** How long a peer's "typing" and a checked on-duty claim count, how often a claim is renewed, and the clock skew allowed. */
export const TYPING_TTL_MS = 6_000
export const ON_DUTY_TTL_MS = 120_000
export const ON_DUTY_REFRESH_MS = 30_000
export const CLOCK_SKEW_MS = 5 * 60_000

export type OnDutyClaim = { moderatorKey: Uint8Array; time: number; sig: Uint8Array }
export type PresenceMessage = { typing: boolean; onDuty?: OnDutyClaim }
export type PresenceState = { online: number; typing: number; moderatorsOnDuty: number; onDuty: boolean }

/** What presence needs of a room. */
export type PresenceRoom = { key: Buffer; discoveryKey: Buffer; base: { view: ViewReader } }

export function encodeMessage(m: PresenceMessage): Buffer {
  const state = { start: 0, end: 0, buffer: null as Buffer | null }
  const flags = (m.typing ? TYPING : 0) | (m.onDuty ? ON_DUTY : 0)
  c.uint.preencode(state, flags)
  if (m.onDuty) {
    c.fixed32.preencode(state, m.onDuty.moderatorKey)
    c.uint.preencode(state, m.onDuty.time)
    c.fixed64.preencode(state, m.onDuty.sig)
  }
  state.buffer = b4a.allocUnsafe(state.end)
  c.uint.encode(state, flags)
  if (m.onDuty) {
    c.fixed32.encode(state, m.onDuty.moderatorKey)
    c.uint.encode(state, m.onDuty.time)
    c.fixed64.encode(state, m.onDuty.sig)
  }
  return state.buffer!
}

/** Decodes one message; null for anything malformed (unknown flags, short, trailing bytes). */
export function decodeMessage(buf: Uint8Array): PresenceMessage | null {
  try {
    if (!(buf instanceof Uint8Array) || buf.byteLength === 0 || buf.byteLength > MAX_MESSAGE_BYTES) return null
    const state = { start: 0, end: buf.byteLength, buffer: buf }
    const flags = c.uint.decode(state)
    if (typeof flags !== 'number' || (flags & ~(TYPING | ON_DUTY)) !== 0) return null
    const m: PresenceMessage = { typing: (flags & TYPING) !== 0 }
    if (flags & ON_DUTY) {
      const moderatorKey = b4a.from(c.fixed32.decode(state))
      const time = c.uint.decode(state)
      const sig = b4a.from(c.fixed64.decode(state))
      if (!Number.isSafeInteger(time)) return null
      m.onDuty = { moderatorKey, time, sig }
    }
    return state.start === state.end ? m : null
  } catch {
    return null
  }
}

function uint64(n: number): Buffer {
  const b = b4a.alloc(8)
  b.writeBigUInt64BE(BigInt(Math.max(0, Math.floor(n))))
  return b
}

/** The bytes a moderator signs to say "on duty" to the peer at the other end of one connection. */
export function onDutyPayload(roomKey: Uint8Array, binding: Uint8Array, moderatorKey: Uint8Array, time: number): Buffer {
  return domainHash(PROTOCOL, roomKey, binding, moderatorKey, uint64(time))
}

/** Proof, bound to one connection, that the opener of a presence channel holds the room key. */
export function capability(roomKey: Uint8Array, binding: Uint8Array): Buffer {
  return domainHash(PROTOCOL + '/cap', roomKey, binding)
}

export function signOnDuty(roomKey: Uint8Array, binding: Uint8Array, kp: KeyPair, time: number): OnDutyClaim {
  return { moderatorKey: kp.publicKey, time, sig: sign(onDutyPayload(roomKey, binding, kp.publicKey, time), kp.secretKey) }
}
