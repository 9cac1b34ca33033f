import b4a from 'b4a'
import { allWriters, declaredCores } from '../compat/autobase.ts'
import { openSeedChannel, whenHandshaken, type SeedChannel } from './link.ts'
import type { Room } from '../room/room.ts'
import type { PeerConnection } from '../compat/connection.ts'

const RESEND_MS = 1000

/**
 * The member side of `hearth/seed/v1`: on each connection of a room, tell the peer which logs make
 * up the room, again whenever that set changes. A blind seeder (seed/mirror.ts) keeps them;
 * anyone else ignores the list (every member knows it already).
 */
export function tellSeeders(conn: PeerConnection, room: Room) {
  whenHandshaken(conn, () => {
    const teller = tellerOf(room)
    const told = { channel: null as SeedChannel | null, last: '' }
    told.channel = openSeedChannel(
      conn,
      room.key,
      room.discoveryKey,
      () => {},
      () => void teller.tell(told)
    )
    if (!told.channel) return
    teller.add(told)
    conn.once('close', () => teller.remove(told))
  })
}

type Told = { channel: SeedChannel | null; last: string }
const tellers = new WeakMap<Room, RoomTeller>()

function tellerOf(room: Room): RoomTeller {
  let teller = tellers.get(room)
  if (!teller) tellers.set(room, (teller = new RoomTeller(room)))
  return teller
}

/**
 * One per room, however many connections it has: the list of logs is read once per change (at most
 * once a second) and sent to every channel whose peer has not had it yet. Reading it per
 * connection made a room of n members do n reads of n writers on every update.
 */
class RoomTeller {
  #told = new Set<Told>()
  #timer: NodeJS.Timeout | null = null
  #list: Promise<{ keys: Uint8Array[]; id: string }> | null = null

  constructor(private room: Room) {}

  add(told: Told) {
    if (this.#told.size === 0) {
      // updates went unwatched while no channel was open: what was read then may be stale
      this.#list = null
      this.room.on('update', this.#changed)
    }
    this.#told.add(told)
  }

  remove(told: Told) {
    this.#told.delete(told)
    if (this.#told.size > 0) return
    this.room.off('update', this.#changed)
    if (this.#timer) clearTimeout(this.#timer)
    this.#timer = null
  }

  async tell(told: Told) {
    if (this.room.base.closing) return
    const { keys, id } = await (this.#list ??= this.#read())
    if (id === told.last) return
    told.last = id
    told.channel?.send(keys)
  }

  #changed = () => {
    this.#list = null
    this.#timer ??= setTimeout(() => {
      this.#timer = null
      for (const told of this.#told) void this.tell(told)
    }, RESEND_MS)
  }

  async #read() {
    const keys = dedupe([...declaredCores(this.room.base), ...(await allWriters(this.room.base))])
    return { keys, id: keys.map((k) => b4a.toString(k, 'hex')).join() }
  }
}

function dedupe(keys: Uint8Array[]): Uint8Array[] {
  const seen = new Map<string, Uint8Array>()
  for (const k of keys) seen.set(b4a.toString(k, 'hex'), k)
  return [...seen.values()]
}
