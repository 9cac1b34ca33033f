import fs from 'node:fs'
import path from 'node:path'
import b4a from 'b4a'
import { openStore } from '../store.ts'
import { createDht, type SwarmOptions } from '../swarm.ts'
import { assertPinnedVersions } from '../compat/versions.ts'
import type { Corestore } from '../compat/types.ts'
import type { Dht } from '../compat/dht.ts'
import { fail } from '../../shared/api/errors.ts'
import { BlindMirror } from './mirror.ts'

type Seeds = { version: 1; rooms: Array<{ roomKey: string; keys: string[] }> }

/**
 * A blind seeder's profile: `seeds.json` (the rooms it keeps, as room keys, and the logs each is
 * made of, so it serves them from the first moment after a restart) and a Corestore of encrypted
 * logs. There is no encryption key anywhere in it, and no room list a `hearth serve` would open.
 */
export class BlindSeeder {
  readonly mirrors = new Map<string, BlindMirror>()
  #store!: Corestore
  #dht: Dht | null = null
  #file: string
  #saving: Promise<void> = Promise.resolve()

  constructor(
    readonly storage: string,
    private opts: SwarmOptions & { offline?: boolean } = {}
  ) {
    this.storage = path.resolve(storage)
    this.#file = path.join(this.storage, 'seeds.json')
  }

  async open() {
    assertPinnedVersions()
    try {
      fs.mkdirSync(this.storage, { recursive: true, mode: 0o700 })
    } catch (err) {
      const e = err as NodeJS.ErrnoException
      throw fail('storage_unusable', { dir: this.storage, detail: String(e.code ?? e.message) })
    }
    this.#store = await openStore(path.join(this.storage, 'corestore'), this.storage)
    if (!this.opts.offline) this.#dht = createDht(this.opts)
    for (const r of this.#load().rooms) this.#mirror(b4a.from(r.roomKey, 'hex'), r.keys)
  }

  /** Starts keeping a room (from a seed invite's room key); keeping one already kept changes nothing. */
  async add(roomKey: Buffer): Promise<BlindMirror> {
    const mirror = this.mirrors.get(b4a.toString(roomKey, 'hex')) ?? this.#mirror(roomKey, [])
    await this.#save()
    return mirror
  }

  #mirror(roomKey: Buffer, keys: string[]): BlindMirror {
    const hex = b4a.toString(roomKey, 'hex')
    const mirror = new BlindMirror(this.#store.namespace('seed-' + hex), roomKey, keys)
    mirror.on('held', () => void this.#save())
    this.mirrors.set(hex, mirror)
    if (this.#dht) mirror.start(this.#dht)
    return mirror
  }

  #load(): Seeds {
    try {
      const data = JSON.parse(fs.readFileSync(this.#file, 'utf8')) as Seeds
      if (data.version !== 1 || !Array.isArray(data.rooms)) throw new Error('unexpected shape')
      return data
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { version: 1, rooms: [] }
      throw fail('profile_corrupt', { file: this.#file, dir: this.storage, detail: String((err as Error).message) })
    }
  }

  /** Written atomically (temp file, fsync, rename); saves never interleave. */
  #save(): Promise<void> {
    const run = async () => {
      const data: Seeds = { version: 1, rooms: [...this.mirrors.values()].map((m) => ({ roomKey: b4a.toString(m.roomKey, 'hex'), keys: m.keys })) }
      const tmp = this.#file + '.tmp'
      const fh = await fs.promises.open(tmp, 'w', 0o600)
      try {
        await fh.writeFile(JSON.stringify(data))
        await fh.sync()
      } finally {
        await fh.close()
      }
      await fs.promises.rename(tmp, this.#file)
    }
    this.#saving = this.#saving.then(run, run)
    return this.#saving
  }

  async close() {
    for (const m of this.mirrors.values()) await m.close()
    await this.#dht?.destroy()
    await this.#saving.catch(() => {})
    await this.#store?.close()
  }
}
