import { InviteParking } from './invite-parking.ts'
import { EventEmitter } from 'node:events'
import fs from 'node:fs'
import path from 'node:path'
import { Room } from './room/room.ts'
import { Vault } from './vault.ts'
import { Profile, type RoomEntry } from './profile.ts'
import type { SwarmOptions } from './swarm.ts'
import { RoomNet } from './room-net.ts'
import { assertPinnedVersions } from './compat/versions.ts'
import { openStore, walSyncer } from './store.ts'
import { PostQueue } from './room/post-queue.ts'
import { fail } from '../shared/api/errors.ts'
import { randomBytes } from './crypto.ts'
import { Presence } from './presence.ts'
import { Carrier } from './carry.ts'
import { Mover } from './epochs/follow.ts'
import { History } from './epochs/history.ts'
import { tellSeeders } from './seed/tell.ts'
import { SupportInbox } from './support-inbox.ts'
import { ListRelay } from './lists/relay.ts'
import { bindModeratorWriter } from './moderator-binding.ts'
import { DirectoryHost } from './directory/host.ts'
import { quietly } from './quietly.ts'
import type { Corestore } from './compat/types.ts'
import { PeerCounts } from './peer-counts.ts'

/** How long after a room's update its housekeeping (support offers, block lists, moderator binding) runs. */
const HOUSEKEEPING_MS = 250

export type NodeOptions = SwarmOptions & {
  storage: string
  masterKey?: Uint8Array
  /** No networking at all (tests, tools). */
  offline?: boolean
  /** Autobase ack interval in ms. */
  ackInterval?: number
}

/**
 * One profile: a root Corestore on disk, one DHT node, many rooms, each in its own namespace with
 * its own swarm (room-net.ts).
 * Emits 'room-update' (roomId), 'room-read' (roomId: markRead moved the read mark), 'room-peers' (roomId, peers), 'rooms-changed' and 'log' (message).
 */
export class HearthNode extends EventEmitter {
  readonly storage: string
  store!: Corestore
  /** Networking: a swarm per room on one DHT node; a connection carries one room. */
  readonly net: RoomNet
  vault!: Vault
  profile: Profile
  rooms = new Map<string, Room>()
  /** Older rooms each room continues after moves to new keys, newest first (epochs/). */
  past = new Map<string, Room[]>()
  /** Follows a room's moves to new keys (epochs/follow.ts). */
  readonly mover: Mover
  /** Each room's own posts, written in batches (room/post-queue.ts). */
  #posts = new Map<string, PostQueue>()
  /** fsyncs the store's write-ahead log: every write is durable before it is acknowledged. */
  #sync: () => Promise<void> = async () => {}
  /** Ephemeral presence (online, typing, moderator on duty) over the live connections; never stored. */
  readonly presence = new Presence()
  /** Carries signed moderation records for devices that cannot append them (carry.ts). */
  readonly carrier = new Carrier()
  /** Keeps this device's invites findable by their short links. */
  readonly parking = new InviteParking(this)
  /** Opens the private conversations moderators offer this device (support-inbox.ts). */
  readonly support: SupportInbox
  readonly lists: ListRelay
  /** Serves the rooms this device listed in the directory (directory/host.ts). */
  readonly directory = new DirectoryHost(this)
  #peers = new PeerCounts(
    () => this.rooms,
    (roomId, n) => this.emit('room-peers', roomId, n)
  )
  #closing = false

  constructor(readonly opts: NodeOptions) {
    super()
    assertPinnedVersions()
    this.net = new RoomNet(opts)
    // presence and carried records ride on connections of a room as it is now, not an earlier one
    this.net.onConnection((conn, room) => {
      // every room's connection tells a blind seeder (if that is who this is) what to keep
      tellSeeders(conn, room)
      const roomId = [...this.rooms].find(([, r]) => r === room)?.[0]
      if (!roomId) return
      this.presence.attach(conn, roomId)
      this.carrier.attach(conn, roomId)
    })
    this.storage = path.resolve(opts.storage)
    this.profile = new Profile(this.storage)
    this.mover = new Mover(this)
    this.support = new SupportInbox(this)
    this.lists = new ListRelay(this)
    // housekeeping reads the view: once a burst of updates is over, not on the path of each post
    const housekeeping = quietly(HOUSEKEEPING_MS, (roomId: string) => {
      this.support.check(roomId)
      this.lists.check(roomId)
      bindModeratorWriter(this, roomId)
    })
    this.on('room-update', housekeeping)
  }

  async open() {
    try {
      fs.mkdirSync(this.storage, { recursive: true, mode: 0o700 })
      fs.accessSync(this.storage, fs.constants.W_OK)
    } catch (err) {
      const e = err as NodeJS.ErrnoException
      throw fail('storage_unusable', { dir: this.storage, detail: String(e.code ?? e.message) })
    }
    this.store = await openStore(path.join(this.storage, 'corestore'), this.storage)
    this.#sync = walSyncer(this.store)
    this.vault = Vault.openOrCreate(this.storage, this.opts.masterKey)
    this.profile.load()
    // rooms open side by side (10 rooms: ~0.5 s one after another); registered in profile order
    const entries = [...this.profile.rooms.values()]
    const rooms = await Promise.all(entries.map((entry) => this.#openRoom(entry)))
    const past = await Promise.all(entries.map((entry) => Promise.all((entry.past ?? []).map((p) => this.#openEpoch(p)))))
    entries.forEach((entry, i) => {
      this.#register(entry, rooms[i])
      // newest first
      if (past[i].length) for (const room of past[i].reverse()) this.#registerPast(entry.roomId, room)
    })
    if (!this.opts.offline) this.goOnline()
    for (const roomId of this.rooms.keys()) this.support.check(roomId)
  }

  get online() {
    return this.net.online
  }

  /** True once close() has begun (rooms closing then is a shutdown, not a storage failure). */
  get closing() {
    return this.#closing
  }

  /** Starts networking and announces every room (also to come back after goOffline). */
  goOnline() {
    if (this.net.online || this.#closing) return
    this.net.start([...this.rooms.values(), ...[...this.past.values()].flat()])
    this.#peers.start()
    this.parking.start()
    this.directory.start()
  }

  /** Drops every connection; rooms stay open and writable (posts merge when back online). */
  async goOffline() {
    if (!this.net.online) return
    this.#peers.stop()
    this.parking.stop()
    this.directory.stop()
    await this.net.stop()
    this.#peers.check()
  }

  newRoom(namespace: string, key: Buffer | null, encryptionKey: Buffer, systemKeyHint?: Buffer): Room {
    return new Room({
      store: this.store.namespace(namespace),
      key,
      encryptionKey,
      vault: this.vault,
      ackInterval: this.opts.ackInterval,
      systemKeyHint,
      sync: this.#sync
    })
  }

  async #openRoom(entry: RoomEntry): Promise<Room> {
    return this.#openEpoch(entry)
  }

  async #openEpoch(e: { namespace: string; key: string; encryptionKey: string }): Promise<Room> {
    const room = this.newRoom(e.namespace, Buffer.from(e.key, 'hex'), this.vault.open(e.encryptionKey))
    await room.ready()
    return room
  }

  /** An older room (epoch) this one continues: its history stays readable and served to latecomers. */
  #registerPast(roomId: string, room: Room, newest = false) {
    const past = this.past.get(roomId) ?? []
    this.past.set(roomId, newest ? [room, ...past] : [...past, room])
    room.keepHistoryComplete()
    room.on('update', () => {
      this.emit('room-update', roomId)
      this.mover.check(roomId, room)
    })
    room.on('error', (err: Error) => this.emit('log', `room ${roomId} (earlier keys): ${err.message}`))
    void this.net.join(room)
  }

  /** The room as it is now, then every room it continues, newest first. */
  epochs(roomId: string): Room[] {
    return [this.room(roomId), ...(this.past.get(roomId) ?? [])]
  }

  /** The room's messages across its moves to new keys (epochs/history.ts). */
  history(roomId: string): History {
    return new History(this.epochs(roomId))
  }

  /**
   * The room moved to new keys: `next` becomes the room (same roomId), the room it was becomes
   * the newest of its past. Its secrets are sealed like every other room's.
   */
  async switchEpoch(roomId: string, next: Room, namespace: string, encryptionKey: Buffer) {
    const prev = this.room(roomId)
    const entry = this.entry(roomId)
    entry.past = [...(entry.past ?? []), { key: entry.key, namespace: entry.namespace, encryptionKey: entry.encryptionKey }]
    entry.key = next.key.toString('hex')
    entry.namespace = namespace
    entry.encryptionKey = this.vault.seal(encryptionKey)
    delete entry.movedAway
    await this.net.leave(prev)
    this.presence.removeRoom(roomId)
    this.carrier.removeRoom(roomId)
    prev.removeAllListeners('update')
    this.#registerPast(roomId, prev, true)
    this.#register(entry, next)
    await this.profile.save()
    this.emit('rooms-changed')
    this.emit('room-update', roomId)
  }

  #register(entry: RoomEntry, room: Room): Room {
    const { roomId } = entry
    this.rooms.set(roomId, room)
    // a joiner starts once joined (join.ts): the latest page first, then the rest
    if (!entry.pendingJoin) room.keepHistoryComplete()
    this.#posts.set(roomId, new PostQueue(room))
    room.on('update', () => {
      this.emit('room-update', roomId)
      this.mover.check(roomId, room)
    })
    room.on('error', (err: Error) => this.emit('log', `room ${roomId}: ${err.message}`))
    void this.net.join(room)
    this.presence.addRoom(roomId, room)
    this.carrier.addRoom(roomId, room)
    this.mover.check(roomId, room)
    return room
  }

  room(roomId: string): Room {
    const room = this.rooms.get(roomId)
    if (!room) throw fail('room_not_found', { roomId })
    return room
  }

  /** The room's post queue: posts go through it, one batch at a time, in order. */
  posts(roomId: string): PostQueue {
    this.room(roomId)
    return this.#posts.get(roomId)!
  }

  /**
   * The room once its local writer is known: waits briefly after a restart for rooms we belong to,
   * and longer before a write (`forWrite`) that would otherwise be refused as "not a member".
   */
  async settledRoom(roomId: string, opts: { forWrite?: boolean } = {}): Promise<Room> {
    const room = this.room(roomId)
    if (!room.writable && !this.entry(roomId).pendingJoin) await room.settle({ patient: opts.forWrite })
    return room
  }

  entry(roomId: string): RoomEntry {
    const entry = this.profile.get(roomId)
    if (!entry) throw fail('room_not_found', { roomId })
    return entry
  }

  /**
   * Creates the local side of a room (new when key is null, or joined by key) and remembers it.
   * `prepare` runs before the room is announced on the swarm (the creator appends genesis there).
   */
  async addRoom(
    key: Buffer | null,
    encryptionKey: Buffer,
    extra: Partial<RoomEntry> = {},
    prepare?: (room: Room) => Promise<void>,
    systemKeyHint?: Buffer
  ): Promise<Room> {
    const namespace = 'room-' + randomBytes(16).toString('hex')
    const room = this.newRoom(namespace, key, encryptionKey, systemKeyHint)
    await room.ready()
    await prepare?.(room)
    const entry: RoomEntry = {
      roomId: room.id,
      key: room.key.toString('hex'),
      namespace,
      encryptionKey: this.vault.seal(encryptionKey),
      lastRead: 0,
      joinedAt: Date.now(),
      invites: [],
      ...extra
    }
    // announce first: the DHT lookup for the room's peers overlaps the fsync'd profile write
    this.#register(entry, room)
    await this.profile.put(entry)
    this.emit('rooms-changed')
    return room
  }

  /**
   * Leaves a room. With erase, the room becomes unreadable on this device: the only local copy of
   * its key (blind-encrypted in the local log's user data) and the profile entry are deleted, so
   * the encrypted blocks left on disk cannot be decrypted without a new invite. (Deleting the
   * cores themselves is not safe with hypercore 11.37: its purge() is broken and deleting through
   * the storage layer corrupts a later re-join. Reclaiming the space is a known gap.)
   */
  async removeRoom(roomId: string, erase: boolean) {
    const room = this.room(roomId)
    await this.net.leave(room)
    this.presence.removeRoom(roomId)
    this.carrier.removeRoom(roomId)
    for (const past of this.past.get(roomId) ?? []) {
      await this.net.leave(past)
      if (erase) await past.forgetKey()
      await past.close()
    }
    this.past.delete(roomId)
    if (erase) await room.forgetKey()
    await room.close()
    this.rooms.delete(roomId)
    this.#posts.delete(roomId)
    this.#peers.forget(roomId)
    await this.profile.remove(roomId)
    this.emit('rooms-changed')
  }

  async close() {
    if (this.#closing) return
    this.#closing = true
    this.presence.close()
    // order matters: stop the network, then the rooms, then the store
    await this.goOffline()
    for (const room of [...this.rooms.values(), ...[...this.past.values()].flat()]) await room.close().catch(() => {})
    this.rooms.clear()
    this.past.clear()
    await this.profile.flush().catch(() => {})
    await this.store?.close()
  }
}
