import type { Message } from '../../shared/api/common.ts'
import type { Room } from '../room/room.ts'

/**
 * A room's history across its moves to new keys: the room as it is now, then every room it
 * continues (newest first). Messages keep one numbering: an older room's come first.
 */
export class History {
  constructor(private epochs: Room[]) {}

  /** Messages each room holds, oldest room first. */
  async counts(): Promise<number[]> {
    return Promise.all([...this.epochs].reverse().map(async (r) => (await r.queries.counters()).messages))
  }

  async total(): Promise<number> {
    return (await this.counts()).reduce((a, b) => a + b, 0)
  }

  /** Where each room's numbering starts (newest first, like the rooms). */
  async #offsets(): Promise<number[]> {
    const counts = await this.counts()
    const starts: number[] = []
    counts.reduce((at, n) => (starts.push(at), at + n), 0)
    return starts.reverse()
  }

  /** Where each later room's messages start, and when it began (for "the room moved" notes). */
  async moves(): Promise<Array<{ at: number; time: number }>> {
    const offsets = await this.#offsets()
    const out: Array<{ at: number; time: number }> = []
    for (let i = this.epochs.length - 2; i >= 0; i--) out.push({ at: offsets[i], time: (await this.epochs[i].queries.genesis())?.time ?? 0 })
    return out
  }

  /** The newest `limit` messages, or those before `before`, across rooms (oldest first). */
  async page(limit: number, before?: string): Promise<{ messages: Message[]; hasMore: boolean }> {
    const offsets = await this.#offsets()
    let start = 0
    if (before) {
      start = -1
      for (const [i, room] of this.epochs.entries()) {
        if (await room.queries.rawMessage(before)) {
          start = i
          break
        }
      }
      if (start < 0) return { messages: [], hasMore: false }
    }
    const out: Message[] = []
    for (let i = start; i < this.epochs.length; i++) {
      const page = await this.epochs[i].queries.page(limit - out.length, i === start ? before : undefined)
      out.unshift(...page.messages.map((m) => shift(m, offsets[i])))
      if (page.hasMore) return { messages: out, hasMore: true }
      if (out.length >= limit) return { messages: out, hasMore: i < this.epochs.length - 1 }
    }
    return { messages: out, hasMore: false }
  }

  async message(id: string): Promise<Message | null> {
    const offsets = await this.#offsets()
    for (const [i, room] of this.epochs.entries()) {
      const m = await room.queries.message(id)
      if (m) return shift(m, offsets[i])
    }
    return null
  }
}

const shift = (m: Message, by: number): Message => (by === 0 || m.index < 0 ? m : { ...m, index: m.index + by })
