import b4a from 'b4a'
import { allWriters, declaredCores } from '../compat/autobase.ts'
import { openSeedChannel, whenHandshaken } from './link.ts'
import type { Room } from '../room/room.ts'

const RESEND_MS = 1000

/**
 * The member side of `hearth/seed/v1`: on each connection of a room, tell the peer which logs make
 * up the room, again whenever that set changes. A blind seeder (seed/mirror.ts) keeps them;
 * anyone else ignores the list (every member knows it already).
 */
export function tellSeeders(conn: any, room: Room) {
  whenHandshaken(conn, () => {
    let last = ''
    let timer: NodeJS.Timeout | null = null
    const send = async () => {
      timer = null
      if (room.base.closing) return
      const keys = dedupe([...declaredCores(room.base), ...(await allWriters(room.base))])
      const id = keys.map((k) => b4a.toString(k, 'hex')).join()
      if (id === last) return
      last = id
      channel?.send(keys)
    }
    const soon = () => {
      timer ??= setTimeout(() => void send(), RESEND_MS)
    }
    const channel = openSeedChannel(
      conn,
      room.key,
      room.discoveryKey,
      () => {},
      () => void send()
    )
    if (!channel) return
    room.on('update', soon)
    conn.once('close', () => {
      room.off('update', soon)
      if (timer) clearTimeout(timer)
    })
  })
}

function dedupe(keys: Uint8Array[]): Uint8Array[] {
  const seen = new Map<string, Uint8Array>()
  for (const k of keys) seen.set(b4a.toString(k, 'hex'), k)
  return [...seen.values()]
}
