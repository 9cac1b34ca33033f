import { K, type MemberRecord, type TimelineEntry } from './keys.ts'

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
  #core: unknown = null
  #fork = -1
  #length = 0
  #busy: Promise<unknown> = Promise.resolve()

  constructor(private view: () => any) {}

  /**
   * Timeline entries written since the previous call, in write order (the latest write of each
   * position), or null when they cannot be told apart from a rewrite: the first call, a reorder
   * (the core was truncated), a new view core, too many writes, or a block, unblock or rename.
   * Calls run one after another: each starts where the previous one ended.
   */
  since(): Promise<TimelineEntry[] | null> {
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

  async #read(): Promise<TimelineEntry[] | null> {
    const view = this.view()
    const core = view.core
    const [from, to] = [this.#length, core.length]
    const grewOnly = core === this.#core && core.fork === this.#fork && to >= from
    this.#core = core
    this.#fork = core.fork
    this.#length = to
    if (!grewOnly || to - from > MAX_BLOCKS) return null
    // blocks this device did not write itself (a fast-forward skipped ahead) are not waited for
    if (to > from && !(await core.has(from, to))) return null
    const blocks = await Promise.all(Array.from({ length: to - from }, (_, i) => view.getBySeq(from + i)))
    const entries = new Map<string, TimelineEntry>()
    for (const { key, value } of blocks) {
      if (key.startsWith(K.idxPrefix)) {
        // a timeline entry is never deleted, and one holding only an id is from an older view
        if (!value || typeof value === 'string') return null
        entries.delete(key) // keep write order: a rewrite moves to the end
        entries.set(key, value)
      } else if (key.startsWith(K.blockedPrefix)) return null
      else if (key.startsWith(K.memberPrefix) && (await renamed(view, from, key, value))) return null
    }
    return [...entries.values()]
  }
}

/**
 * Whether a member record written since `version` carries another name than it had then (their
 * earlier posts read differently). A new member has no earlier posts.
 */
async function renamed(view: any, version: number, key: string, now: MemberRecord | null): Promise<boolean> {
  const then = view.checkout(version)
  try {
    const before = (await then.get(key))?.value as MemberRecord | undefined
    return !!before && before.name !== (now?.name ?? null)
  } finally {
    await then.close()
  }
}
