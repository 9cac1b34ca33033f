import { toHex } from '../crypto.ts'
import { signingKeyPair } from '../api/summary.ts'
import { LK, type OwnList, type Subscription } from './keys.ts'
import type { HearthNode } from '../node.ts'
import type { Room } from '../room/room.ts'

/**
 * Carries new versions of a block list from its home room into the rooms that subscribe to it.
 * Only the device whose moderator key made a subscription relays for it: a `list-update` appended
 * by a member's writer would tell the subscribing room that this member is also in the home room,
 * which nothing else reveals; the subscriber disclosed that link knowingly when subscribing.
 */
export class ListRelay {
  /** One check at a time across rooms: a push from the home room and a pull into the subscriber must not both append the same version. */
  #chain: Promise<void> = Promise.resolve()
  #queued = new Set<string>()
  /** Per room, the own-list version last pushed out (so a post in the home room costs one read). */
  #pushed = new Map<string, number>()

  constructor(private node: HearthNode) {}

  check(roomId: string) {
    if (this.#queued.has(roomId) || this.node.closing) return
    this.#queued.add(roomId)
    this.#chain = this.#chain.then(async () => {
      this.#queued.delete(roomId)
      const room = this.node.rooms.get(roomId)
      if (!room || this.node.closing) return
      await this.#check(roomId, room).catch((err: unknown) => this.node.emit('log', `room ${roomId}: relaying a block list failed: ${(err as Error).message}`))
    })
  }

  // a room closing meanwhile makes a read or an append throw: caught and logged above
  async #check(roomId: string, room: Room) {
    const own = await room.queries.value<OwnList>(LK.own)
    if (own && this.#pushed.get(roomId) !== own.list.version) {
      for (const [otherId, other] of this.node.rooms) if (otherId !== roomId) await this.#offer(otherId, other, own)
      this.#pushed.set(roomId, own.list.version)
    }
    // a room that just subscribed, or whose relay was offline, catches up from the home rooms here
    const homes = new Map<string, OwnList>()
    for (const [otherId, other] of this.node.rooms) {
      if (otherId === roomId) continue
      const list = await other.queries.value<OwnList>(LK.own)
      if (list) homes.set(list.list.listId, list)
    }
    for (const { value: sub } of await room.queries.entries<Subscription>(LK.subPrefix)) {
      const home = homes.get(sub.list.listId)
      if (home) await this.#offer(roomId, room, home)
    }
  }

  async #offer(roomId: string, room: Room, home: OwnList) {
    if (!room.writable) return
    const sub = await room.queries.value<Subscription>(LK.sub(home.list.listId))
    if (!sub || sub.list.version >= home.list.version || !sub.trusted.includes(home.list.by)) return
    const kp = signingKeyPair(this.node, roomId)
    if (!kp || toHex(kp.publicKey) !== sub.by) return
    await room.append({ type: 'list-update', list: home.list, time: Date.now() })
  }
}
