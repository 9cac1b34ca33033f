import WakeupModule from 'protomux-wakeup'
import type { PeerConnection } from './connection.ts'

/** A peer on a wakeup session: opaque, only handed back to `announce`. */
export type WakeupPeer = object
/** A log a peer says it holds, and how long it is. */
export type WakeupHint = { key: Uint8Array; length: number }

/** One capability's session of protomux-wakeup 2.9 (Autobase's wakeup protocol). */
export interface WakeupSession {
  announce(peer: WakeupPeer, wakeup: WakeupHint[]): void
  destroy(): void
}

/** protomux-wakeup, typed for what the blind seeder uses. */
export interface Wakeup {
  session(
    capability: Uint8Array,
    handlers: {
      discoveryKey: Uint8Array
      onpeeractive(peer: WakeupPeer): void
      onlookup(req: unknown, peer: WakeupPeer): void
      onannounce(wakeup: WakeupHint[], peer: WakeupPeer): void
    }
  ): WakeupSession
  addStream(stream: PeerConnection): void
}

export const Wakeup = WakeupModule as new () => Wakeup
