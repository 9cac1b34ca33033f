import fs from 'node:fs'
import path from 'node:path'
import { fail } from '../shared/api/errors.ts'
import type { Ticket } from './records/schema.ts'

/** What this device remembers about one room. Secrets are sealed by the Vault, never plain. */
export type RoomEntry = {
  roomId: string
  key: string
  namespace: string
  encryptionKey: string
  /** Sealed Ed25519 secret key: the owner key for rooms we created, a moderator key otherwise. */
  signingKey?: string
  lastRead: number
  joinedAt: number
  /** Invites this device issued: the invite itself (sealed) so it can be copied again, with its label and limits. */
  invites: Array<{ id: string; issuer: string; label?: string; createdAt?: number; expires?: number; maxUses?: number; invite?: string }>
  /**
   * Rooms this one continues after moves to new keys, oldest first: their history stays readable
   * here (and served to members who come back late), while key/namespace/encryptionKey above are
   * the room as it is now. The room keeps its first roomId.
   */
  past?: Array<{ key: string; namespace: string; encryptionKey: string }>
  /** The room moved to new keys and this device was not given them (blocked, or it joined too late). */
  movedAway?: boolean
  /** A private support conversation (api/support.ts): the room it was offered in, and the request it answers. */
  privateOf?: { roomId: string; request?: string }
  /** Support offers (their nonces) this device has already acted on, so leaving one does not reopen it. */
  offersTaken?: string[]
  /**
   * The room's directory listing, when this device (the owner's) listed it (directory/host.ts):
   * what the owner wrote, the last DHT seq used, and whether it was withdrawn (and the withdrawal published).
   */
  listing?: {
    description: string
    topics: string[]
    languages: string[]
    timeZones: string[]
    requireKnock: boolean
    seq?: number
    withdrawn?: boolean
    tombstoned?: boolean
  }
  /** Set until this device's join record has been accepted (a joiner resumes it after a restart). */
  pendingJoin?: { ticket: Ticket; name: string | null }
}
type ProfileData = { version: 1; rooms: RoomEntry[] }

/** profile.json: the room list of one profile, written atomically (temp file + rename), mode 0600. */
export class Profile {
  rooms = new Map<string, RoomEntry>()
  #file: string
  #writing: Promise<void> = Promise.resolve()

  constructor(storage: string) {
    this.#file = path.join(storage, 'profile.json')
  }

  load() {
    let text: string
    try {
      text = fs.readFileSync(this.#file, 'utf8')
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return
      throw fail('profile_unreadable', { file: this.#file, detail: String((err as Error).message) })
    }
    let data: ProfileData
    try {
      data = JSON.parse(text)
      if (data.version !== 1 || !Array.isArray(data.rooms)) throw new Error('unexpected shape')
    } catch (err) {
      throw fail('profile_corrupt', { file: this.#file, dir: path.dirname(this.#file), detail: String((err as Error).message) })
    }
    for (const r of data.rooms) this.rooms.set(r.roomId, r)
  }

  get(roomId: string) {
    return this.rooms.get(roomId)
  }

  async put(entry: RoomEntry) {
    this.rooms.set(entry.roomId, entry)
    await this.save()
  }

  async remove(roomId: string) {
    this.rooms.delete(roomId)
    await this.save()
  }

  #soon: NodeJS.Timeout | null = null

  /** Coalesces changes that may be lost in a crash (read markers) into one write within delayMs. */
  saveSoon(delayMs = 1000) {
    if (this.#soon) return
    this.#soon = setTimeout(() => {
      this.#soon = null
      this.save().catch(() => {})
    }, delayMs)
  }

  /** Writes a pending saveSoon() now (on close). */
  async flush() {
    if (!this.#soon) return
    clearTimeout(this.#soon)
    this.#soon = null
    await this.save()
  }

  /** Serialised so concurrent saves never interleave; resolves when the file is on disk. */
  save(): Promise<void> {
    const data: ProfileData = { version: 1, rooms: [...this.rooms.values()] }
    const run = async () => {
      const tmp = this.#file + '.tmp'
      const fh = await fs.promises.open(tmp, 'w', 0o600)
      try {
        await fh.writeFile(JSON.stringify(data, null, 1))
        await fh.sync()
      } finally {
        await fh.close()
      }
      await fs.promises.rename(tmp, this.#file)
    }
    this.#writing = this.#writing.then(run, run)
    return this.#writing
  }
}
