import { createRequire } from 'node:module'

/**
 * Autobase 7.28 internals the engine uses (pinned by versions.ts). Each says why the public API
 * does not serve.
 */

/** `base.replicate(conn)` would also replicate the whole root store: add only the room's own wakeup protocol. */
export function addWakeupStream(base: any, conn: any) {
  base.wakeupProtocol.addStream(conn)
}

/** Peers speaking the room's wakeup protocol: connected holders of the room key. */
export function wakeupPeers(base: any): number {
  return base.wakeupSession?.peers?.length ?? 0
}

/**
 * The static fast-forward Autobase's checkpoints use. Its `fastForward: { key }` option cannot be
 * used as is: its boot throws (uncaught) when the bootstrap writer's manifest is not local yet.
 */
export function queueStaticFastForward(base: any, systemKey: Uint8Array) {
  base._queueStaticFastForward(systemKey)
}

/**
 * The cores Autobase says are the room's right now: the bootstrap writer, this device's writer,
 * every active writer and every view (the system core among them). Replication uses it to tell
 * the room's cores from others (compat/replication.ts).
 */
export function declaredCores(base: any): Uint8Array[] {
  const keys: Uint8Array[] = []
  const add = (k: Uint8Array | null | undefined) => {
    if (k) keys.push(k)
  }
  add(base.key)
  add(base.local?.key)
  add(base.core?.key)
  for (const w of base.activeWriters ?? []) add(w.core?.key)
  try {
    for (const v of base.views?.() ?? []) add(v.key)
  } catch {}
  return keys
}

/**
 * Blocked means removed, and a removed member's log must stop growing on every disk. Autobase
 * still fetches a removed writer's log: it wakes up any writer a peer names (hintWakeup), and
 * each writer prefetches 256 blocks past what it has applied whenever the log grew. So, for a
 * room's blocked writers: names they announce are dropped, and prefetch goes no further than the
 * length other members' records point at (`seenLength`: blocks someone already built on, which
 * every peer needs to order the room). What they append after that is never asked for.
 */
export function stopFetchingFrom(base: any, blocked: (key: Uint8Array) => boolean) {
  base._hearthBlocked = blocked
  const hint = base.hintWakeup.bind(base)
  base.hintWakeup = (hints: unknown) => {
    const list = (Array.isArray(hints) ? hints : [hints]) as Array<{ key: Uint8Array; length: number }>
    const kept = list.filter((h) => !blocked(h.key))
    if (kept.length) hint(kept)
  }
  // and writers Autobase wakes from its own queue of logs that grew
  const wake = base._wakeupWriter.bind(base)
  base._wakeupWriter = (key: Uint8Array, length: number) => (blocked(key) ? Promise.resolve() : wake(key, length))
  guardWriterPrefetch()
}

const MAX_PREFETCH = 256
let guarded = false
function guardWriterPrefetch() {
  if (guarded) return
  guarded = true
  const Writer = createRequire(import.meta.url)('autobase/lib/writer.js')
  const resume = Writer.prototype._resume
  Writer.prototype._resume = function (this: any) {
    if (!this.base._hearthBlocked?.(this.core.key)) return resume.call(this)
    const start = this.nodes.length
    const end = Math.min(start + MAX_PREFETCH, this.seenLength)
    if (end <= start) return this._pause()
    if (this.range && this.range.range?.start === start && this.range.range?.end === end) return
    this.range?.destroy()
    this.range = this.core.download({ start, end, linear: true })
  }
}

/** Every writer the room has ever added (Autobase's system view), for a blind seeder to mirror; [] if unavailable. */
export async function allWriters(base: any): Promise<Uint8Array[]> {
  const keys: Uint8Array[] = []
  try {
    if (!base.system) return keys
    for await (const { key } of base.system.list()) keys.push(key)
  } catch {}
  return keys
}
