import { EventEmitter } from 'node:events'
import fs from 'node:fs'
import path from 'node:path'
import Wakeup from 'protomux-wakeup'
import { Room } from './room/room.ts'
import { Vault } from './vault.ts'
import { Profile, type RoomEntry } from './profile.ts'
import { createSwarm, type SwarmOptions } from './swarm.ts'
import { openStore, walSyncer } from './store.ts'
import { PostQueue } from './room/post-queue.ts'
import { fail } from '../shared/api/errors.ts'
import { randomBytes } from './crypto.ts'
import { Presence } from './presence.ts'

export type NodeOptions = SwarmOptions & {
  storage: string
  masterKey?: Uint8Array
  /** No networking at all (tests, tools). */
  offline?: boolean
  /** Autobase ack interval in ms. */
  ackInterval?: number
}

/**
 * One profile: a root Corestore on disk, one Hyperswarm, many rooms, each in its own namespace.
 * Emits 'room-update' (roomId), 'room-peers' (roomId, peers), 'rooms-changed' and 'log' (message).
 */
export class HearthNode extends EventEmitter {
  readonly storage: string
  store: any
  swarm: any = null
  vault!: Vault
  profile: Profile
  rooms = new Map<string, Room>()
  /** Each room's own posts, written in batches (room/post-queue.ts). */
  #posts = new Map<string, PostQueue>()
  /** fsyncs the store's write-ahead log: every write is durable before it is acknowledged. */
  #sync: () => Promise<void> = async () => {}
  readonly wakeup = new Wakeup()
  /** Ephemeral presence (online, typing, moderator on duty) over the live connections; never stored. */
  readonly presence = new Presence()
  #peerCounts = new Map<string, number>()
  #peerTimer: NodeJS.Timeout | null = null
  #closing = false

  constructor(readonly opts: NodeOptions) {
    super()
    this.storage = path.resolve(opts.storage)
    this.profile = new Profile(this.storage)
  }

  async open() {
    try {
      fs.mkdirSync(this.storage, { recursive: true, mode: 0o700 })
      fs.accessSync(this.storage, fs.constants.W_OK)
    } catch (err: any) {
      throw fail('storage_unusable', { dir: this.storage, detail: String(err.code ?? err.message) })
    }
    this.store = await openStore(path.join(this.storage, 'corestore'), this.storage)
    this.#sync = walSyncer(this.store)
    this.vault = Vault.openOrCreate(this.storage, this.opts.masterKey)
    this.profile.load()
    // rooms open side by side (10 rooms: ~0.5 s one after another); registered in profile order
    const entries = [...this.profile.rooms.values()]
    const rooms = await Promise.all(entries.map((entry) => this.#openRoom(entry)))
    entries.forEach((entry, i) => this.#register(entry, rooms[i]))
    if (!this.opts.offline) this.goOnline()
  }

  get online() {
    return this.swarm !== null
  }

  /** True once close() has begun (rooms closing then is a shutdown, not a storage failure). */
  get closing() {
    return this.#closing
  }

  /** Starts the swarm and announces every room (also to come back after goOffline). */
  goOnline() {
    if (this.swarm || this.#closing) return
    this.swarm = createSwarm(this.opts)
    this.swarm.on('connection', (conn: any) => this.#onConnection(conn))
    for (const room of this.rooms.values()) this.swarm.join(room.discoveryKey, { server: true, client: true })
    this.#peerTimer = setInterval(() => this.#checkPeers(), 1000)
    this.#peerTimer.unref()
  }

  /** Drops every connection; rooms stay open and writable (posts merge when back online). */
  async goOffline() {
    if (!this.swarm) return
    const swarm = this.swarm
    this.swarm = null
    if (this.#peerTimer) clearInterval(this.#peerTimer)
    await swarm.destroy()
    this.#checkPeers()
  }

  #onConnection(conn: any) {
    conn.on('error', () => {}) // a peer hanging up mid-stream is normal
    this.store.replicate(conn)
    this.wakeup.addStream(conn)
    this.presence.attach(conn)
  }

  #checkPeers() {
    for (const [roomId, room] of this.rooms) {
      const n = room.peers
      if (this.#peerCounts.get(roomId) !== n) {
        this.#peerCounts.set(roomId, n)
        this.emit('room-peers', roomId, n)
      }
    }
  }

  #newRoom(namespace: string, key: Buffer | null, encryptionKey: Buffer, systemKeyHint?: Buffer): Room {
    return new Room({
      store: this.store.namespace(namespace),
      key,
      encryptionKey,
      vault: this.vault,
      wakeup: this.wakeup,
      ackInterval: this.opts.ackInterval,
      systemKeyHint,
      sync: this.#sync
    })
  }

  async #openRoom(entry: RoomEntry): Promise<Room> {
    const room = this.#newRoom(entry.namespace, Buffer.from(entry.key, 'hex'), this.vault.open(entry.encryptionKey))
    await room.ready()
    return room
  }

  #register(entry: RoomEntry, room: Room): Room {
    const { roomId } = entry
    this.rooms.set(roomId, room)
    // a joiner starts once joined (join.ts): the latest page first, then the rest
    if (!entry.pendingJoin) room.keepHistoryComplete()
    this.#posts.set(roomId, new PostQueue(room))
    room.on('update', () => this.emit('room-update', roomId))
    room.on('error', (err: Error) => this.emit('log', `room ${roomId}: ${err.message}`))
    this.swarm?.join(room.discoveryKey, { server: true, client: true })
    this.presence.addRoom(roomId, room)
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

  /** The room once its local writer is known: waits briefly after a restart for rooms we belong to. */
  async settledRoom(roomId: string): Promise<Room> {
    const room = this.room(roomId)
    if (!room.writable && !this.entry(roomId).pendingJoin) await room.settle()
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
    const room = this.#newRoom(namespace, key, encryptionKey, systemKeyHint)
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
    if (this.swarm) await this.swarm.leave(room.discoveryKey)
    if (erase) await room.forgetKey()
    await room.close()
    this.rooms.delete(roomId)
    this.#posts.delete(roomId)
    this.#peerCounts.delete(roomId)
    await this.profile.remove(roomId)
    this.emit('rooms-changed')
  }

  async close() {
    if (this.#closing) return
    this.#closing = true
    this.presence.close()
    // order matters: stop the network, then the rooms, then the store
    await this.goOffline()
    for (const room of this.rooms.values()) await room.close().catch(() => {})
    this.rooms.clear()
    await this.profile.flush().catch(() => {})
    await this.store?.close()
  }
}
