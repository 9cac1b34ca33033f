import { createRequire } from 'node:module'
import AutobaseModule from 'autobase'
import HyperbeeModule from 'hyperbee'
import type { Core, Corestore, RoomBase, RoomView } from './types.ts'
import type { PeerConnection } from './connection.ts'
import type { ApplyNode, Host } from '../room/apply-context.ts'

/** What a room gives Autobase: its view (a Hyperbee over the view core) and its apply. */
export type RoomBaseOptions = {
  open(store: Corestore): RoomView
  apply(nodes: ApplyNode[], view: RoomView, host: Host): Promise<void>
  close(view: RoomView): Promise<void>
  optimistic: boolean
  encryptionKey: Buffer
  blindEncryption: unknown
  ackInterval: number
}

/** Autobase 7.28, typed for what a room uses of it (compat/types.ts RoomBase). */
export const Autobase = AutobaseModule as new (store: Corestore, key: Buffer | null, opts: RoomBaseOptions) => RoomBase

/** Hyperbee 2 as a room's view: utf-8 keys, JSON values. */
export const Hyperbee = HyperbeeModule as new (core: Core, opts: { keyEncoding: 'utf-8'; valueEncoding: 'json'; extension: boolean }) => RoomView

/**
 * Autobase 7.28 internals the engine uses (pinned by versions.ts). Each says why the public API
 * does not serve.
 */

/** Autobase's own fields, which the functions below read: untyped internals, pinned by versions.ts. */
const internals = (room: RoomBase): any => room

/** `base.replicate(conn)` would also replicate the whole root store: add only the room's own wakeup protocol. */
export function addWakeupStream(room: RoomBase, conn: PeerConnection) {
  const base = internals(room)
  base.wakeupProtocol.addStream(conn)
}

/** Peers speaking the room's wakeup protocol: connected holders of the room key. */
export function wakeupPeers(room: RoomBase): number {
  const base = internals(room)
  return base.wakeupSession?.peers?.length ?? 0
}

/**
 * The static fast-forward Autobase's checkpoints use. Its `fastForward: { key }` option cannot be
 * used as is: its boot throws (uncaught) when the bootstrap writer's manifest is not local yet.
 */
export function queueStaticFastForward(room: RoomBase, systemKey: Uint8Array) {
  const base = internals(room)
  base._queueStaticFastForward(systemKey)
}

/**
 * The cores Autobase says are the room's right now: the bootstrap writer, this device's writer,
 * every active writer and every view (the system core among them). Replication uses it to tell
 * the room's cores from others (compat/replication.ts).
 */
export function declaredCores(room: RoomBase): Uint8Array[] {
  const base = internals(room)
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
export function stopFetchingFrom(room: RoomBase, blocked: (key: Uint8Array) => boolean) {
  const base = internals(room)
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
export async function allWriters(room: RoomBase): Promise<Uint8Array[]> {
  const base = internals(room)
  const keys: Uint8Array[] = []
  try {
    if (!base.system) return keys
    for await (const { key } of base.system.list()) keys.push(key)
  } catch {}
  return keys
}

/**
 * Fetches the latest length of every active writer's log from connected peers, then applies up to
 * those lengths: at most `ms` in all. A joiner does this before appending its join: a join
 * appended after it has seen a move or a revocation orders after it on every peer, so the joiner
 * is refused at once instead of being admitted by its own stale view and refused later. Learning
 * a length is not having its blocks (Autobase applies only blocks already on disk, fetched in the
 * background), so it waits until each writer has been applied that far. Blocked writers are left
 * out: their logs are not fetched past what others built on (stopFetchingFrom).
 */
export async function catchUpWithPeers(room: RoomBase, ms: number): Promise<void> {
  const base = internals(room)
  const deadline = Date.now() + ms
  const writers = [...(base.activeWriters ?? [])].filter((w: any) => w.core && !base._hearthBlocked?.(w.core.key))
  await withDeadline(Promise.all(writers.map((w: any) => w.core.update({ wait: true }).catch(() => {}))), deadline)
  const targets = writers.map((w: any) => ({ w, length: w.core.length as number }))
  for (;;) {
    await base.update()
    if (targets.every(({ w, length }) => w.length >= length || w.closed) || Date.now() >= deadline || base.closing) return
    await withDeadline(new Promise((resolve) => setTimeout(resolve, 50)), deadline)
  }
}

/** `p`, or nothing once `deadline` (epoch ms) has passed. */
async function withDeadline(p: Promise<unknown>, deadline: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, Math.max(0, deadline - Date.now()))
  })
  await Promise.race([p, timeout])
  clearTimeout(timer)
}
