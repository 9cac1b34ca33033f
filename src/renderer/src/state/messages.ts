import type { Message } from '../../../shared/api/index.ts'

export type FetchPage = (p: { limit: number; before?: string }) => Promise<{ messages: Message[]; hasMore: boolean }>

/**
 * The part of a room's message log this window holds: a contiguous run ending at the newest
 * message, grown backwards one page at a time with getMessages' `before` cursor. The engine's view
 * can reorder, so `refresh` re-reads the newest page (and the visible rows) and splices them in;
 * `merge` takes what a room.changed event carried instead, when it fits without a read.
 */
export class MessagePager {
  items: Message[] = []
  /** Older messages exist before items[0]. */
  hasMore = true
  loaded = false
  private listeners = new Set<() => void>()
  private olderInFlight: Promise<number> | null = null
  private refreshing: Promise<void> | null = null
  private refreshAgain = false
  private version = 0

  constructor(
    private readonly fetch: FetchPage,
    readonly pageSize = 100
  ) {}

  subscribe(fn: () => void): () => void {
    this.listeners.add(fn)
    return () => {
      this.listeners.delete(fn)
    }
  }
  private changed(): void {
    this.version++
    for (const fn of this.listeners) fn()
  }
  getVersion = (): number => this.version

  async loadLatest(): Promise<void> {
    const page = await this.fetch({ limit: this.pageSize })
    this.items = page.messages
    this.hasMore = page.hasMore
    this.loaded = true
    this.changed()
  }

  /** Load the page before the oldest loaded message; resolves to how many were prepended. */
  loadOlder(): Promise<number> {
    if (!this.hasMore || this.items.length === 0) return Promise.resolve(0)
    if (this.olderInFlight) return this.olderInFlight
    const cursor = this.items[0].id
    this.olderInFlight = this.fetch({ limit: this.pageSize, before: cursor })
      .then((page) => {
        if (this.items[0]?.id !== cursor) return 0 // replaced meanwhile: drop the stale page
        const have = new Set(this.items.map((m) => m.id))
        const older = page.messages.filter((m) => !have.has(m.id))
        this.items = older.concat(this.items)
        this.hasMore = page.hasMore && older.length > 0
        this.changed()
        return older.length
      })
      .finally(() => {
        this.olderInFlight = null
      })
    return this.olderInFlight
  }

  /**
   * Merge the messages a room.changed event carried (new or changed since the previous event,
   * oldest write first). True when merged; false when they do not fit what is held (nothing
   * loaded yet, a read in flight, a known message at another place, or a new one that does not
   * follow the newest held one): the caller refreshes then.
   */
  merge(carried: Message[]): boolean {
    if (!this.loaded || this.refreshing || carried.length === 0) return carried.length === 0 && this.loaded
    const at = new Map(this.items.map((m, i) => [m.id, i]))
    const items = [...this.items]
    const fresh = new Map<string, Message>()
    for (const m of carried) {
      const i = at.get(m.id)
      if (i !== undefined) {
        if (items[i].index !== m.index) return false // reordered
        items[i] = m
      } else if (m.index >= 0) fresh.set(m.id, m) // a held post has no place yet: not shown
    }
    const oldest = items[0]?.index ?? 0
    let next = (items[items.length - 1]?.index ?? -1) + 1
    const added = [...fresh.values()].filter((m) => m.index >= oldest).sort((a, b) => a.index - b.index)
    for (const m of added) if (m.index !== next++) return false // a gap, or a place already held
    this.items = items.concat(added)
    this.changed()
    return true
  }

  /**
   * Re-read the newest page and splice it in; then re-read the rows in `visible` (indexes into
   * items) if they lie before that page, so hides and blocks show where the person is looking.
   * Concurrent calls coalesce into one more run.
   */
  refresh(visible?: { from: number; to: number }): Promise<void> {
    if (this.refreshing) {
      this.refreshAgain = true
      return this.refreshing
    }
    this.refreshing = (async () => {
      do {
        this.refreshAgain = false
        await this.refreshOnce(visible)
      } while (this.refreshAgain)
    })().finally(() => {
      this.refreshing = null
    })
    return this.refreshing
  }

  private async refreshOnce(visible?: { from: number; to: number }): Promise<void> {
    const page = await this.fetch({ limit: this.pageSize })
    const first = page.messages[0]
    if (!first || this.items.length === 0) {
      this.items = page.messages
      this.hasMore = page.hasMore
    } else {
      let idx = -1
      for (let i = this.items.length - 1; i >= 0; i--)
        if (this.items[i].id === first.id) {
          idx = i
          break
        }
      if (idx >= 0) {
        const fresh = new Set(page.messages.map((m) => m.id))
        this.items = this.items
          .slice(0, idx)
          .filter((m) => !fresh.has(m.id))
          .concat(page.messages)
        if (!page.hasMore) this.hasMore = false
      } else {
        this.items = page.messages // too much changed to splice: start again from the newest page
        this.hasMore = page.hasMore
      }
    }
    this.loaded = true
    const tailStart = Math.max(0, this.items.length - page.messages.length)
    if (visible && visible.from < tailStart) await this.refreshRange(visible.from, Math.min(visible.to, tailStart - 1))
    this.changed()
  }

  private async refreshRange(from: number, to: number): Promise<void> {
    const after = this.items[to + 1]
    if (!after || from > to) return
    const page = await this.fetch({ limit: Math.min(500, to - from + 1), before: after.id })
    if (page.messages.length === 0) return
    const start = this.items.findIndex((m) => m.id === page.messages[0].id)
    const end = this.items.findIndex((m) => m.id === after.id)
    if (start < 0 || end < 0 || start > end) return
    this.items = this.items.slice(0, start).concat(page.messages, this.items.slice(end))
  }
}
