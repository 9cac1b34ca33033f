import b4a from 'b4a'
import { K, type Counters, type Genesis, type ModAction } from './keys.ts'
import { advance, type RoomClock } from './clock.ts'
import type { ViewBatch } from '../compat/types.ts'

/** What autobase hands apply for each node (only the fields Hearth reads). */
export type ApplyNode = { value: Uint8Array | null; from: { key: Uint8Array }; length: number; optimistic?: boolean; indexed?: boolean }
export type Host = {
  addWriter(key: Uint8Array, opts?: { indexer?: boolean }): Promise<void>
  removeWriter(key: Uint8Array): Promise<void>
  ackWriter(key: Uint8Array): Promise<void>
}
/** A Hyperbee batch: reads see the batch's own pending writes. */
export type { ViewBatch }

/**
 * State shared by the handlers of one apply call. Everything here is read from the view or the
 * node: no clock, no randomness, no I/O outside the view.
 */
export class ApplyContext {
  node!: ApplyNode
  author = ''
  #genesis: Genesis | null | undefined
  counters!: Counters
  constructor(
    readonly roomKey: Buffer,
    readonly view: ViewBatch,
    readonly host: Host
  ) {}

  async load() {
    const c = await this.view.get<Counters>(K.counters)
    this.counters = { messages: 0, skipped: 0, members: 0, modlog: 0, reports: 0, ...c?.value }
    // a view written before the clock moved into the counters
    if (!this.counters.clock) {
      const legacy = await this.view.get<RoomClock>(K.clock)
      if (legacy) this.counters.clock = legacy.value
    }
  }

  at(node: ApplyNode) {
    this.node = node
    this.author = b4a.toString(node.from.key, 'hex')
  }

  async genesis(): Promise<Genesis | null> {
    if (this.#genesis === undefined) this.#genesis = (await this.view.get<Genesis>(K.genesis))?.value ?? null
    return this.#genesis ?? null
  }

  setGenesis(g: Genesis) {
    this.#genesis = g
  }

  async value<T>(key: string): Promise<T | null> {
    // the clock lives in the counters, which this call holds until flushCounters
    if (key === K.clock) return (this.counters.clock ?? null) as T | null
    return (await this.view.get<T>(key))?.value ?? null
  }

  /** Appends an entry to the moderation log members can read. */
  async log(action: string, by: string, target: string | null, reason: string | null, time: number) {
    const entry: ModAction = { action, by, target, reason, time }
    await this.view.put(K.modlog(this.counters.modlog++), entry)
  }

  /** An accepted record's time claim moves the room's clock (clock.ts). */
  claim(time: number) {
    this.counters.clock = advance(this.counters.clock ?? null, this.author, time)
  }

  async flushCounters() {
    await this.view.put(K.counters, this.counters)
  }
}
