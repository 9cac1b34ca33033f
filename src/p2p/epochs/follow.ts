import { oneAtATime } from '../one-at-a-time.ts'
import b4a from 'b4a'
import { z } from 'zod'
import { K, type MemberRecord, type Moved } from '../room/keys.ts'
import { openSealed, randomBytes, toHex } from '../crypto.ts'
import { genuineMove } from './verify.ts'
import { quietly } from '../quietly.ts'
import type { HearthNode } from '../node.ts'
import type { Room } from '../room/room.ts'

/** What a `rekey` seals to each member who may follow: the new room's key and encryption key, and their continuation ticket. */
export const SealedMove = z
  .object({ k: z.string().regex(/^[0-9a-f]{64}$/), e: z.string().regex(/^[0-9a-f]{64}$/), s: z.string().regex(/^[0-9a-f]{128}$/) })
  .strict()

/** How long after a room's update the check for a move runs (once for a burst of updates). */
const CHECK_AFTER_MS = 250

/**
 * Follows a room's moves to new keys on this device (docs/architecture.md, "Moving a room to new
 * keys"). On every update of a room it checks whether the room has moved; if it has, it opens its
 * sealed copy of the new keys, opens the new room, checks it is the one the old room agreed on,
 * continues there with its ticket, and makes it the room (same roomId). A member offline during
 * the move does this when it comes back and any peer serves the old room. A device the move left
 * out (blocked) is marked `movedAway` and keeps the history it had.
 *
 * It also publishes this member's box key once, so that a move can include them.
 */
export class Mover {
  /** The room (current or earlier) each room id was last asked about for, until its check runs. */
  #latest = new Map<string, Room>()
  /** Which room (roomId) each opened room, current or earlier, stands for. */
  #ids = new WeakMap<Room, string>()
  /** A check reads the view: once a burst of updates is over, one per room. */
  #soon = quietly(CHECK_AFTER_MS, (room: Room) => this.#checkNow(this.#ids.get(room)!, room))
  /** Rooms whose member record already has this device's box key. */
  #boxed = new WeakSet<Room>()
  /** Rooms this device is moving itself (epochs/move.ts): nothing to follow there. */
  readonly moving = new Set<string>()

  constructor(private node: HearthNode) {}

  check(roomId: string, room: Room) {
    this.#ids.set(room, roomId)
    this.#soon(room)
  }

  #checkNow(roomId: string, room: Room) {
    if (this.moving.has(roomId) || this.node.closing) return
    this.#latest.set(roomId, room)
    this.#run(roomId)
  }

  /** One check per room at a time; one asked for meanwhile runs after it, on the room asked about last. */
  #run = oneAtATime(async (roomId: string) => {
    const room = this.#latest.get(roomId)
    this.#latest.delete(roomId) // a room left meanwhile is not kept here
    if (!room || this.moving.has(roomId) || this.node.closing) return
    await this.#check(roomId, room).catch((err: unknown) => this.node.emit('log', `room ${roomId}: following a move failed: ${(err as Error).message}`))
  })

  async #check(roomId: string, room: Room) {
    if (room.base.closing) return
    const moved = await room.queries.value<Moved>(K.moved)
    if (!moved) return this.#publishBoxKey(room)
    // only the room as it is now moves; an older one already has its successor here
    if (this.node.rooms.get(roomId) !== room) return
    const entry = this.node.entry(roomId)
    const copy = moved.sealed.find((s) => s.to === room.memberId)
    if (!copy) {
      if (!entry.movedAway) {
        entry.movedAway = true
        await this.node.profile.save()
        this.node.emit('rooms-changed')
      }
      return
    }
    const opened = openSealed(await room.boxKeyPair(), b4a.from(copy.box, 'base64'))
    const sealed = opened && SealedMove.safeParse(safeJson(opened.toString()))
    if (!sealed?.success) return this.node.emit('log', `room ${roomId}: the move's sealed keys for this device do not open`)
    await this.#follow(roomId, room, moved, sealed.data)
  }

  async #follow(roomId: string, room: Room, moved: Moved, keys: z.infer<typeof SealedMove>) {
    const namespace = 'room-' + randomBytes(16).toString('hex')
    const encryptionKey = b4a.from(keys.e, 'hex')
    const next = this.node.newRoom(namespace, b4a.from(keys.k, 'hex'), encryptionKey)
    await next.ready()
    // find the new room's peers under its own topic while checking it
    void this.node.net.join(next)
    try {
      await next.waitGenesis(AbortSignal.timeout(10 * 60_000))
      if (!(await genuineMove(room, moved, next))) throw new Error('the new room is not the one the move announced')
      if (!next.writable && next.base.local.length === 0) {
        const me = await room.queries.member(room.memberId)
        const box = toHex((await next.boxKeyPair()).publicKey)
        await next.append(
          { type: 'join', cont: { member: room.memberId, sig: keys.s }, ...(me?.name ? { name: me.name } : {}), box, time: Date.now() },
          { optimistic: true }
        )
      }
    } catch (err) {
      await this.node.net.leave(next)
      await next.close()
      throw err
    }
    await this.node.net.leave(next)
    await this.node.switchEpoch(roomId, next, namespace, encryptionKey)
  }

  /** A member in a room without a box key publishes one (members who joined before box keys existed). */
  async #publishBoxKey(room: Room) {
    if (!room.writable || this.#boxed.has(room)) return
    const me: MemberRecord | null = await room.queries.member(room.memberId)
    if (me?.box) this.#boxed.add(room)
    if (!me || me.box) return
    await room.append({ type: 'box-key', box: toHex((await room.boxKeyPair()).publicKey), time: Date.now() })
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}
