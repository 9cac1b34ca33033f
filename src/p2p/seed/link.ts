import Protomux from 'protomux'
import b4a from 'b4a'
import c from 'compact-encoding'
import { domainHash } from '../crypto.ts'
import type { PeerConnection } from '../compat/connection.ts'

/**
 * `hearth/seed/v1`: on a room's connection, members tell an always-on blind seeder which logs make
 * up the room (writers, views, the system core), since the seeder cannot read the room to find
 * out. Only holders of the room key can open the channel (the capability binds it to the room and
 * the connection). Messages are lists of 32-byte keys, at most MAX_KEYS; anything else is dropped.
 */
export const PROTOCOL = 'hearth/seed/v1'
export const MAX_KEYS = 1024

export type SeedChannel = { send(keys: Uint8Array[]): void; opened: boolean }

export function openSeedChannel(
  conn: PeerConnection,
  roomKey: Uint8Array,
  discoveryKey: Uint8Array,
  onKeys: (keys: Buffer[]) => void,
  onOpen: () => void = () => {}
): SeedChannel | null {
  const binding: Buffer | null = conn.handshakeHash ?? null
  if (!binding) return null
  const cap = domainHash(PROTOCOL + '/cap', roomKey, binding)
  const state: SeedChannel = { opened: false, send: () => {} }
  const channel = Protomux.from(conn).createChannel({
    protocol: PROTOCOL,
    id: discoveryKey,
    handshake: c.raw,
    onopen: (remote: Uint8Array) => {
      if (!b4a.isBuffer(remote) || !b4a.equals(remote, cap)) return queueMicrotask(() => channel?.close())
      state.opened = true
      onOpen()
    }
  })
  if (!channel) return null
  const message = channel.addMessage({
    encoding: c.raw,
    onmessage: (buf: Uint8Array) => {
      if (!state.opened || buf.byteLength % 32 !== 0 || buf.byteLength > MAX_KEYS * 32) return
      const keys: Buffer[] = []
      for (let i = 0; i < buf.byteLength; i += 32) keys.push(b4a.from(buf.subarray(i, i + 32)))
      onKeys(keys)
    }
  })
  state.send = (keys) => {
    if (state.opened) message.send(b4a.concat(keys.slice(0, MAX_KEYS)))
  }
  channel.open(cap)
  return state
}

/** Opens the channel once the connection's handshake is done. */
export function whenHandshaken(conn: PeerConnection, fn: () => void) {
  if (conn.handshakeHash) return fn()
  Promise.resolve(conn.opened).then(
    (ok) => ok !== false && conn.handshakeHash && fn(),
    () => {}
  )
}
