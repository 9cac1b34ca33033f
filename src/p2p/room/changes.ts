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
  /**
   * Each member's name as of `#length`, for those whose record was seen since the view last grew
   * without a break: every post rewrites its author's record, and reading the name it had before
   * from an old checkout cost ~9 block reads per post. Forgotten on any break in continuity.
   */
  #names = new Map<string, string | null>()

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
        // the stalled read may still finish: what it learns of names is not to be kept
        this.#names = new Map()
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
    const names = this.#names
    const changed = grewOnly && to - from <= MAX_BLOCKS ? await this.#changed(view, from, to, names) : null
    if (!changed) names.clear()
    return changed
  }

  async #changed(view: RoomView, from: number, to: number, names: Map<string, string | null>): Promise<Changes | null> {
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
      } else if (key.startsWith(K.blockedPrefix)) return null
      else if (key.startsWith(K.memberPrefix)) {
        if (await renamed(names, view, from, key, value as MemberRecord | null)) return null
        members.set(key.slice(K.memberPrefix.length), (value as MemberRecord | null) ?? null)
      }
    }
    return { entries: [...entries.values()], members }
  }
}

/** Whether a member record written since `version` carries another name than before (`names`: known names, kept up to date). */
async function renamed(names: Map<string, string | null>, view: RoomView, version: number, key: string, now: MemberRecord | null): Promise<boolean> {
  const name = now?.name ?? null
  const before = names.has(key) ? names.get(key) : await nameAt(view, version, key)
  names.set(key, name)
  return before !== undefined && before !== name
}

/**
 * A member's name at `version` of the view (their earlier posts read with it); undefined for a
 * member who had no record then (a new member has no earlier posts).
 */
async function nameAt(view: RoomView, version: number, key: string): Promise<string | null | undefined> {
  const then = view.checkout(version)
  try {
    const before = (await then.get<MemberRecord>(key))?.value
    return before ? (before.name ?? null) : undefined
  } finally {
    await then.close()
  }
}
