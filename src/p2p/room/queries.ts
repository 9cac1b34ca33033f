import crypto from 'node:crypto'
import { K, prefixRange, type StoredMessage, type MemberRecord, type Genesis, type Counters, type TimelineEntry } from './keys.ts'
import type { Message } from '../../shared/api/common.ts'
import { L } from './life-keys.ts'
import { verifiedTitle } from './life-queries.ts'
import { mentions } from './mentions.ts'
import type { ViewReader } from '../compat/types.ts'

type Authors = Map<string, Promise<{ name: string | null; blocked: boolean; verified: string | null }>>

/** Read-only queries over a room view (a Hyperbee). They re-run on every 'update': the view can reorder. */
export class RoomQueries {
  /** `me`: the reader's member id, to say which reactions are theirs. */
  constructor(
    private view: () => ViewReader,
    private me: () => string | null = () => null
  ) {}

  async genesis(): Promise<Genesis | null> {
    return (await this.#get<Genesis>(K.genesis))?.value ?? null
  }

  async counters(): Promise<Counters> {
    return { messages: 0, skipped: 0, members: 0, modlog: 0, reports: 0, ...(await this.#get<Counters>(K.counters))?.value }
  }

  /**
   * One view read. Hyperbee's get throws synchronously once its core is closing; inside
   * Promise.all that would orphan the reads made just before it (an unhandled rejection when a room
   * closes mid-page), so every read here goes through this async wrapper.
   */
  async #get<V = unknown>(key: string): Promise<{ value: V } | null> {
    return this.view().get<V>(key)
  }

  async member(memberId: string): Promise<MemberRecord | null> {
    return (await this.#get<MemberRecord>(K.member(memberId)))?.value ?? null
  }

  async entries<T>(prefix: string, opts: { reverse?: boolean; limit?: number } = {}): Promise<Array<{ key: string; value: T }>> {
    const out = []
    for await (const e of this.view().createReadStream<T>({ ...prefixRange(prefix), ...opts })) out.push(e)
    return out
  }

  async value<T>(key: string): Promise<T | null> {
    // the clock lives in the counters; views written before that hold it under its own key
    if (key === K.clock) {
      const clock = (await this.counters()).clock
      if (clock) return clock as T
    }
    return (await this.#get<T>(key))?.value ?? null
  }

  async members(): Promise<Array<MemberRecord & { memberId: string }>> {
    const out = []
    for await (const { key, value } of this.view().createReadStream<MemberRecord>(prefixRange(K.memberPrefix))) {
      out.push({ ...value, memberId: key.slice(K.memberPrefix.length) })
    }
    return out
  }

  async rawMessage(id: string): Promise<StoredMessage | null> {
    return (await this.#get<StoredMessage>(K.msg(id)))?.value ?? null
  }

  async message(id: string): Promise<Message | null> {
    const entry = await this.#entry(id)
    return entry ? this.present(entry, new Map(), this.#myName()) : null
  }

  /** The newest `limit` messages (returned oldest first), or those before `before`. */
  async page(limit: number, before?: string): Promise<{ messages: Message[]; hasMore: boolean }> {
    let end: number // the timeline position the page ends before
    if (before) {
      const anchor = await this.rawMessage(before)
      // a held post has no place in the timeline yet: nothing comes before it
      if (!anchor || anchor.index < 0) return { messages: [], hasMore: false }
      end = anchor.index
    } else end = (await this.counters()).messages
    const entries = (await this.#positions(Math.max(0, end - limit - 1), end)) ?? (await this.#scan(limit, end))
    return { messages: await this.presentTimeline(entries.slice(-limit)), hasMore: entries.length > limit }
  }

  /**
   * Timeline entries as messages, in the order given (each author read once). `known`: member
   * records the caller already holds, as current as the entries (room/changes.ts), not read again.
   */
  async presentTimeline(entries: Array<TimelineEntry | string>, known?: Map<string, MemberRecord | null>): Promise<Message[]> {
    const full = await Promise.all(entries.map((e) => this.#entry(e)))
    const authors: Authors = new Map()
    const myName = this.#myName()
    const shown = await Promise.all(full.map((e) => e && this.present(e, authors, myName, known)))
    return shown.filter((m): m is Message => !!m)
  }

  /**
   * The timeline's entries at positions [from, to), oldest first, looked up all at once: the
   * timeline has every position from 0 to the message count, so a page is `limit` lookups that
   * share the tree's upper levels, not a range walk fetching one block after another (on a
   * newcomer's sparse view, each a network round trip: docs/performance.md). Null if a
   * position is missing (a view written otherwise): the caller walks the range instead.
   */
  async #positions(from: number, to: number): Promise<Array<TimelineEntry | string> | null> {
    const got = await Promise.all(Array.from({ length: to - from }, (_, i) => this.#get<TimelineEntry | string>(K.idx(from + i))))
    return got.every(Boolean) ? got.map((e) => e!.value) : null
  }

  /** The same page by walking the timeline's range backwards (entries oldest first, one extra for hasMore). */
  async #scan(limit: number, end: number): Promise<Array<TimelineEntry | string>> {
    const lt = K.idx(end)
    const entries: Array<TimelineEntry | string> = []
    for await (const { value } of this.view().createReadStream<TimelineEntry | string>({ gte: K.idxPrefix, lt, reverse: true, limit: limit + 1 }))
      entries.push(value)
    return entries.reverse()
  }

  /**
   * A timeline entry as it is, or built from msg/ and hidden/ for an id: a lookup by id, or a
   * timeline entry of a room written before entries held the message (the id alone).
   */
  async #entry(e: TimelineEntry | string): Promise<TimelineEntry | null> {
    if (typeof e !== 'string') return e
    const [raw, hidden] = await Promise.all([this.rawMessage(e), this.#get<{ reason: string }>(K.hidden(e))])
    return raw && { id: e, ...raw, hidden: hidden?.value ?? null }
  }

  /** The reader's display name here, to notice @mentions of it. */
  #myName(): Promise<string | null> {
    const me = this.me()
    const name = me ? this.member(me).then((m) => m?.name ?? null) : Promise.resolve(null)
    // awaited only when a page shows someone else's post: a room closing meanwhile must not leave
    // an unhandled rejection behind (the page itself fails where it is awaited)
    name.catch(() => {})
    return name
  }

  /** Hidden posts and blocked members' posts keep their slot but lose their text. */
  private async present(m: TimelineEntry, authors: Authors, myName: Promise<string | null>, known?: Map<string, MemberRecord | null>): Promise<Message> {
    if (!authors.has(m.author)) {
      const member = known?.has(m.author) ? Promise.resolve(known.get(m.author)!) : this.member(m.author)
      // all three reads in one round: the verified title reads the member record only for a fallback
      authors.set(
        m.author,
        Promise.all([member, this.#get(K.blocked(m.author)), verifiedTitle(this.view(), m.author, member)]).then(([member, blocked, verified]) => ({
          name: member?.name ?? null,
          blocked: !!blocked,
          verified
        }))
      )
    }
    const author = await authors.get(m.author)!
    const withheld = !!m.hidden || author.blocked
    const me = m.reactions ? this.me() : null
    const mine: string[] | null = me ? ((await this.#get<string[]>(L.react(m.id, me)))?.value ?? null) : null
    return {
      id: m.id,
      author: m.author,
      authorName: author.name,
      text: withheld ? null : m.text,
      contentWarning: withheld ? null : m.cw,
      replyTo: m.replyTo,
      time: m.time,
      editedTime: m.editedTime,
      deleted: m.deleted,
      hidden: withheld,
      hiddenReason: author.blocked ? 'member blocked' : m.hidden ? m.hidden.reason || 'hidden by a moderator' : null,
      index: m.index,
      ...(m.reactions ? { reactions: m.reactions } : {}),
      ...(mine ? { reacted: mine } : {}),
      ...(author.verified ? { verified: author.verified } : {}),
      ...(!withheld && m.author !== this.me() && mentions(m.text, await myName) ? { mentionsMe: true } : {})
    }
  }

  /** Equal on two peers iff they applied the same writes in the same order (same state, same history). */
  async viewHash(): Promise<string> {
    // O(1): apply keeps a running hash of its writes; rooms last written before it existed scan
    const chained = (await this.counters()).hash
    if (chained) return chained
    const h = crypto.createHash('sha256')
    for await (const { key, value } of this.view().createReadStream()) {
      h.update(key).update('\0').update(JSON.stringify(value)).update('\0')
    }
    return h.digest('hex')
  }
}
