import fs from 'node:fs'
import path from 'node:path'
import crypto from 'hypercore-crypto'
import { domainHash, fromHex, openSealed, randomBytes, toHex, type KeyPair } from '../crypto.ts'
import { fail } from '../../shared/api/errors.ts'
import { decodeInvite } from '../invite.ts'
import { completeJoin } from '../join.ts'
import { fetchListing } from './search.ts'
import { Answer, parseJson, replyKeys, sendKnock } from './knock-wire.ts'
import type { HearthNode } from '../node.ts'

type State = 'pending' | 'approved' | 'declined'
/** One knock this device made; the reply seed is sealed by the Vault like every secret. */
type MyRequest = {
  requestId: string
  listingId: string
  name: string
  time: number
  seed: string
  displayName: string | null
  state: State
  roomId: string | null
}
type Saved = { version: 1; secret: string; requests: MyRequest[] }

/** Look for answers often while a knock is fresh, then now and then. */
const FRESH_MS = 10 * 60_000
const POLL_FRESH_MS = 1_500
const POLL_LATER_MS = 60_000

/**
 * This device's knocks (knocks.json, written atomically): sends them, and looks on the DHT for
 * their answers while online. An approval's invite is opened with this device's knocker key for
 * that listing and the room joined by itself; a refusal is shown as declined.
 * The knocker key is derived per listing from a secret of this device: knocks on two rooms are
 * not linkable by key, while one room's host can rate-limit a knocker.
 */
export class MyJoinRequests {
  #data: Saved | null = null
  #timer: NodeJS.Timeout | null = null
  #polling = false

  constructor(private node: HearthNode) {}

  get #file() {
    return path.join(this.node.storage, 'knocks.json')
  }

  #load(): Saved {
    if (this.#data) return this.#data
    try {
      const saved = JSON.parse(fs.readFileSync(this.#file, 'utf8')) as Saved
      if (saved?.version !== 1 || typeof saved.secret !== 'string' || !Array.isArray(saved.requests)) throw new Error('unexpected shape')
      this.#data = saved
    } catch (err) {
      // an unreadable file is kept aside, never overwritten: only its knocks are forgotten here
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') {
        const aside = `${this.#file}.unreadable-${Date.now()}`
        fs.renameSync(this.#file, aside)
        this.node.emit('log', `knocks.json unreadable (${(err as Error).message}): kept as ${aside}`)
      }
      this.#data = { version: 1, secret: this.node.vault.seal(randomBytes(32)), requests: [] }
    }
    return this.#data
  }

  #save() {
    const tmp = this.#file + '.tmp'
    fs.writeFileSync(tmp, JSON.stringify(this.#load()), { mode: 0o600 })
    fs.renameSync(tmp, this.#file)
  }

  #knocker(listingId: string): KeyPair {
    return crypto.keyPair(domainHash('hearth/knock/knocker/v1', this.node.vault.open(this.#load().secret), fromHex(listingId)))
  }

  list() {
    return [...this.#load().requests]
      .sort((a, b) => b.time - a.time)
      .map(({ requestId, listingId, name, time, state, roomId }) => ({ requestId, listingId, name, time, state, roomId }))
  }

  async knock(listingId: string, note: string | null, displayName: string | null): Promise<string> {
    const dht = this.node.net.dht
    if (!dht) throw fail('directory_offline')
    const listing = await fetchListing(dht, fromHex(listingId))
    if (!listing) throw fail('listing_not_found')
    const seed = randomBytes(32)
    const sent = await sendKnock(dht, fromHex(listingId), this.#knocker(listingId), { v: 1, note, displayName, seed: toHex(seed) })
    if (sent !== replyKeys(seed).requestId) throw fail('knock_malformed')
    const request: MyRequest = {
      requestId: sent,
      listingId,
      name: listing.name,
      time: Date.now(),
      seed: this.node.vault.seal(seed),
      displayName,
      state: 'pending',
      roomId: null
    }
    this.#load().requests = [...this.#load().requests.filter((r) => r.requestId !== sent), request]
    this.#save()
    this.#schedule(0)
    return sent
  }

  start() {
    if (this.#load().requests.some((r) => r.state === 'pending')) this.#schedule(0)
  }

  stop() {
    if (this.#timer) clearTimeout(this.#timer)
    this.#timer = null
  }

  #schedule(ms: number) {
    if (this.#timer) clearTimeout(this.#timer)
    this.#timer = setTimeout(() => void this.#poll(), ms)
    this.#timer.unref()
  }

  async #poll() {
    if (this.#polling || this.node.closing) return
    this.#polling = true
    try {
      for (const request of this.#load().requests.filter((r) => r.state === 'pending')) {
        await this.#check(request).catch((err: unknown) => this.node.emit('log', `knock ${request.requestId}: ${(err as Error).message}`))
      }
    } finally {
      this.#polling = false
    }
    const pending = this.#load().requests.filter((r) => r.state === 'pending')
    if (!pending.length || !this.node.net.dht) return
    this.#schedule(pending.some((r) => r.time > Date.now() - FRESH_MS) ? POLL_FRESH_MS : POLL_LATER_MS)
  }

  async #check(request: MyRequest) {
    const dht = this.node.net.dht
    if (!dht) return
    const seed = this.node.vault.open(request.seed)
    const got = await dht.mutableGet(replyKeys(seed).keyPair.publicKey, { latest: false })
    if (!got?.value) return
    const opened = openSealed(this.#knocker(request.listingId), got.value)
    const answer = parseJson(opened, Answer)
    // an answer to another knock, or not sealed to this knocker: not ours
    if (!answer || answer.request !== request.requestId) return
    if (answer.approve && answer.invite) request.roomId = await this.#join(answer.invite, request.displayName)
    request.state = answer.approve ? 'approved' : 'declined'
    this.#save()
    this.node.emit('rooms-changed')
  }

  /** Joins with the approval's invite; the join completes in the background, also after a restart. */
  async #join(text: string, displayName: string | null): Promise<string> {
    const invite = decodeInvite(text)
    for (const [roomId] of this.node.rooms) if (this.node.epochs(roomId).some((r) => r.key.equals(invite.roomKey))) return roomId
    const pendingJoin = { ticket: invite.ticket, name: displayName }
    const room = await this.node.addRoom(invite.roomKey, invite.encryptionKey, { pendingJoin }, undefined, invite.systemKey)
    void completeJoin(this.node, room.id, 2 ** 31 - 1).catch((err: unknown) => this.node.emit('log', `join after a knock: ${(err as Error).message}`))
    return room.id
  }
}
