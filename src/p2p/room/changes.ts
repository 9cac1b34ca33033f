import { K, type MemberRecord, type TimelineEntry } from './keys.ts'
import type { RoomView } from '../compat/types.ts'

/** What the view wrote since the last look: timeline entries, and member records by member id. */
export type Changes = { entries: TimelineEntry[]; members: Map<string, MemberRecord | null> }

/** More view blocks than this since the last look (~100 posts): the client re-reads instead. */
const MAX_BLOCKS = 500
/** A look that takes longer than this carries nothing (the client re-reads). */
const READ_MS = 2000

/**
 * What a room's view wrote since the last look, so `room.changed` can carry the messages that
 * are new or changed and a client need not re-read a page per event (docs/performance.md).
 *
 * The view is a Hyperbee: each write is one block appended to its core. While the core only grew
 * (no reorder truncated it since), the blocks past the last look are exactly the writes since
 * then, and the timeline entries (idx/) among them are the messages that are new or changed
 * (posts, approvals, edits, deletes, hides: every one rewrites the message's timeline entry).
 * What changes how many posts read at once (a block, an unblock, a new name) is not carried.
 */
export class ViewChanges {
  #core: RoomView['core'] | null = null
  #fork = -1
  #length = 0
  #busy: Promise<unknown> = Promise.resolve()

  constructor(private view: () => RoomView) {}

  /**
   * Timeline entries written since the previous call, in write order (the latest write of each
   * position), with the member records written meanwhile (each the latest: every post rewrites
   * its author's, so presenting the posts needs no read of them), or null when they cannot be told apart from a rewrite: the first call, a reorder
   * (the core was truncated), a new view core, too many writes, or a block, unblock or rename.
   * Calls run one after another: each starts where the previous one ended.
   */
  since(): Promise<Changes | null> {
    const next = this.#busy.then(() => this.#read())
    // a read that stalls (a block truncated away mid-read, fetched from the network) must not
    // hold every later event: give up on it and start over from wherever the view is then
    let timer: NodeJS.Timeout | undefined
    const stalled = new Promise<null>((resolve) => {
      timer = setTimeout(() => {
        this.#core = null
        resolve(null)
      }, READ_MS)
    })
    const bounded = Promise.race([next, stalled]).finally(() => clearTimeout(timer))
    this.#busy = bounded.catch(() => {})
    return bounded
  }

  async #read(): Promise<Changes | null> {
    const view = this.view()
    const core = view.core
    const [from, to] = [this.#length, core.length]
    const grewOnly = core === this.#core && core.fork === this.#fork && to >= from
    this.#core = core
    this.#fork = core.fork
    this.#length = to
    return grewOnly && to - from <= MAX_BLOCKS ? await this.#changed(view, from, to) : null
  }

  async #changed(view: RoomView, from: number, to: number): Promise<Changes | null> {
    // blocks this device did not write itself (a fast-forward skipped ahead) are not waited for
    if (to > from && !(await view.core.has(from, to))) return null
    const blocks = await Promise.all(Array.from({ length: to - from }, (_, i) => view.getBySeq(from + i)))
    const entries = new Map<string, TimelineEntry>()
    const members = new Map<string, MemberRecord | null>()
    for (const { key, value } of blocks) {
      if (key.startsWith(K.idxPrefix)) {
        // a timeline entry is never deleted, and one holding only an id is from an older view
        if (!value || typeof value === 'string') return null
        entries.delete(key) // keep write order: a rewrite moves to the end
        entries.set(key, value as TimelineEntry)
      } else if (key.startsWith(K.blockedPrefix) || key === K.renames) return null
      else if (key.startsWith(K.memberPrefix)) members.set(key.slice(K.memberPrefix.length), (value as MemberRecord | null) ?? null)
    }
    return { entries: [...entries.values()], members }
  }
}
