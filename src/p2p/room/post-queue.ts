import { fail } from '../../shared/api/errors.ts'
import { effectiveTime, type RoomClock } from './clock.ts'
import { K, appliedLength } from './keys.ts'
import { postRefusal } from './gates.ts'
import { listRefusal } from '../lists/refusal.ts'
import { afterPost } from './flood.ts'
import type { Room } from './room.ts'

export type Draft = { text: string; cw?: string; replyTo?: string }
type Waiting = { draft: Draft; ready: Promise<unknown>; resolve: (id: string) => void; reject: (err: unknown) => void }

/** Posts in one batch at most: bounds the time one apply run holds the room. */
const MAX_BATCH = 256
/** How long a post may stay out of the view after its append (a reorder re-applying it) before it counts as refused. */
const TAKEN_WAIT_MS = 10_000

/**
 * A room's own posts, written in batches (group commit): posts that arrive while a batch is
 * being written go out together in the next one, as one append, one apply run and one fsync.
 * One writer awaiting each post gets one post per batch; many callers share the cost.
 *
 * Batches go one at a time, so the gates are checked and the time claimed in append order, and a
 * post is acknowledged only once it is durable and apply accepted it (a block or mute that
 * arrived in between refuses it in apply: then the caller hears so and nothing is posted).
 */
export class PostQueue {
  #waiting: Waiting[] = []
  #draining = false

  constructor(private room: Room) {}

  /**
   * Queues a post at once, in call order; `ready` (the caller's checks, started before this call)
   * must resolve before the post is written, or the post is refused with its error.
   */
  post(draft: Draft, ready: Promise<unknown> = Promise.resolve()): Promise<string> {
    ready.catch(() => {}) // handled when the batch reaches this post
    return new Promise((resolve, reject) => {
      this.#waiting.push({ draft, ready, resolve, reject })
      if (!this.#draining) void this.#drain()
    })
  }

  async #drain() {
    this.#draining = true
    try {
      do {
        // one turn of the event loop first: callers that were just answered post again now, and
        // join this batch instead of each starting a batch of one behind it
        await new Promise((resolve) => setImmediate(resolve))
        await this.#write(this.#waiting.splice(0, MAX_BATCH))
      } while (this.#waiting.length)
    } finally {
      this.#draining = false
    }
  }

  async #write(batch: Waiting[]) {
    const { room } = this
    try {
      // the gates read the same keys for every post of the batch: read each once
      const reads = new Map<string, Promise<unknown>>()
      const get = <T>(key: string) => {
        if (!reads.has(key)) reads.set(key, room.queries.value(key))
        return reads.get(key) as Promise<T | null>
      }
      const [member, counters] = await Promise.all([room.queries.member(room.memberId), room.queries.counters()])
      let { messages } = counters
      // the member as apply will see them after this batch's earlier posts
      let me = member
      const records: Array<Record<string, unknown>> = []
      const taken: Waiting[] = []
      for (const w of batch) {
        try {
          await w.ready
        } catch (err) {
          w.reject(err)
          continue
        }
        const time = Date.now()
        // what apply will decide, with the batch's earlier posts counted as if already applied
        const refusal = me && ((await postRefusal(get, room.memberId, me, time, messages)) ?? (await listRefusal(get, w.draft.text, w.draft.cw)))
        if (refusal) {
          w.reject(fail(refusal.reason, refusal.data as never))
          continue
        }
        const { text, cw, replyTo } = w.draft
        records.push({ type: 'post', text, ...(cw ? { cw } : {}), ...(replyTo ? { replyTo } : {}), time })
        taken.push(w)
        const held = me?.approved === false
        if (me) me = afterPost(me, held ? -1 : messages, effectiveTime(await get<RoomClock>(K.clock), room.memberId, time))
        if (!held) messages++
      }
      if (!records.length) return
      const ids = await room.appendBatch(records)
      await Promise.all(
        taken.map(async (w, i) => {
          const refused = (await this.#taken(ids[i])) ? null : await this.#whyRefused(w.draft, records[i].time as number, ids[i])
          if (refused) w.reject(refused)
          else w.resolve(ids[i])
        })
      )
    } catch (err) {
      for (const w of batch) w.reject(err) // settled promises ignore this
    }
  }

  /**
   * Whether apply took a post just appended. In a room with several writers a reorder can be
   * re-applying the view when the append returns, the post not yet back in it: that is not a
   * refusal. Refused means apply went past the post (this writer's applied length reached it)
   * without storing it; until then, wait for the view to move (bounded).
   */
  async #taken(id: string): Promise<boolean> {
    const { room } = this
    const length = Number(id.slice(id.lastIndexOf('-') + 1))
    const stored = async () => !!(await room.queries.rawMessage(id))
    const passed = async () => (await appliedLength((k) => room.queries.value(k), room.memberId)) >= length
    await room.waitFor(async () => (await stored()) || (await passed()), TAKEN_WAIT_MS)
    return stored()
  }

  /**
   * Why apply did not store a post this device appended, as the room stands now: the gate that
   * refused it (a block, mute or list that arrived in between), so the person hears the real
   * reason. If no gate explains it, the view may be mid-reorder (a peer's records arriving after
   * a restart re-apply it): give the post one more bounded wait before calling it refused.
   */
  async #whyRefused(draft: Draft, time: number, id: string): Promise<Error | null> {
    const { room } = this
    const get = <T>(key: string) => room.queries.value<T>(key)
    const [me, { messages }] = await Promise.all([room.queries.member(room.memberId), room.queries.counters()])
    const refusal = me && ((await postRefusal(get, room.memberId, me, time, messages)) ?? (await listRefusal(get, draft.text, draft.cw)))
    if (refusal) return fail(refusal.reason, refusal.data as never)
    if (await room.waitFor(async () => !!(await room.queries.rawMessage(id)), TAKEN_WAIT_MS)) return null
    return fail('post_refused')
  }
}
