import b4a from 'b4a'
import { recordSchemas, RECORD_VERSION, type RecordOf, type RecordType } from '../records/schema.ts'
import { ApplyContext, type ApplyNode, type Host, type ViewBatch } from './apply-context.ts'
import * as membership from './handlers/membership.ts'
import * as messages from './handlers/messages.ts'
import * as moderation from './handlers/moderation.ts'
import * as safety from './handlers/safety.ts'
import * as rekey from './handlers/rekey.ts'
import * as life from './handlers/life.ts'
import * as support from './handlers/support.ts'
import * as signers from './handlers/signers.ts'
import * as lists from './handlers/lists.ts'
import * as directory from './handlers/directory.ts'
import { K, appliedLength, type MemberRecord } from './keys.ts'
import { signedByAuthority } from './authority.ts'
import { viewWrites } from './view-writes.ts'
import type { RoomView } from '../compat/types.ts'

type Handler<T extends RecordType> = (ctx: ApplyContext, record: RecordOf<T>) => Promise<boolean>

/** Record kind -> handler. A handler returns false to skip a record it does not accept. */
export const handlers: { [T in RecordType]: Handler<T> } = {
  genesis: membership.genesis,
  join: membership.join,
  'revoke-ticket': membership.revokeTicket,
  profile: membership.profile,
  post: messages.post,
  edit: messages.edit,
  delete: messages.remove,
  'mod-add': moderation.modAdd,
  'mod-remove': moderation.modRemove,
  block: moderation.block,
  unblock: moderation.unblock,
  hide: moderation.hide,
  unhide: moderation.unhide,
  mute: moderation.mute,
  unmute: moderation.unmute,
  'approve-member': moderation.approveMember,
  guidelines: safety.guidelines,
  'accept-guidelines': safety.acceptGuidelines,
  resources: safety.resources,
  settings: safety.settings,
  report: safety.report,
  'resolve-report': safety.resolveReport,
  rekey: rekey.rekey,
  'box-key': membership.boxKey,
  pin: life.pin,
  unpin: life.unpin,
  welcome: life.welcome,
  session: life.session,
  'cancel-session': life.cancelSession,
  react: life.react,
  verify: life.verify,
  unverify: life.unverify,
  'support-request': support.supportRequest,
  'support-offer': support.supportOffer,
  'end-conversation': support.endConversation,
  'bind-writer': signers.bindWriter,
  'list-publish': lists.publish,
  'list-subscribe': lists.subscribe,
  'list-update': lists.update,
  'list-unsubscribe': lists.unsubscribe,
  knock: directory.knock,
  'knock-answer': directory.knockAnswer
}

/** Parse and schema-check one block; null for anything malformed, unknown or from the future. */
export function decodeRecord(value: Uint8Array): { type: RecordType; record: unknown } | null {
  let raw: { v?: unknown; type?: unknown } | null
  try {
    raw = JSON.parse(b4a.toString(value))
  } catch {
    return null
  }
  if (!raw || typeof raw !== 'object' || raw.v !== RECORD_VERSION) return null
  if (typeof raw.type !== 'string' || !Object.prototype.hasOwnProperty.call(recordSchemas, raw.type)) return null
  const type = raw.type as RecordType
  const parsed = recordSchemas[type].safeParse(raw)
  return parsed.success ? { type, record: parsed.data } : null
}

/**
 * Apply's work in this process, over every room: runs and nodes handed in (re-applies after a
 * reorder count again). The members benchmark reads it; a counter costs nothing.
 */
export const applyStats = { runs: 0, nodes: 0 }

/**
 * Autobase's apply: deterministic, and it never throws for bad input (a throw closes the room).
 * Malformed, unknown and unauthorised records are skipped and counted.
 */
export function makeApply(roomKey: () => Buffer) {
  return async function apply(nodes: ApplyNode[], view: RoomView, host: Host) {
    applyStats.runs++
    applyStats.nodes += nodes.length
    await applyNodes(roomKey(), nodes, view, host)
  }
}

async function applyNodes(roomKey: Buffer, nodes: ApplyNode[], view: { batch(): ViewBatch }, host: Host) {
  const chain = { hash: '', blocks: '' }
  const batch: ViewBatch = viewWrites(view.batch(), chain)
  const ctx = new ApplyContext(roomKey, batch, host)
  await ctx.load()
  chain.hash = ctx.counters.hash ?? ''
  // a view written before this chain existed starts it from the whole view's hash, which covers
  // every earlier write to the block list
  chain.blocks = ctx.counters.blocks ?? chain.hash
  const replay = new ReplayGuard(batch)
  for (const node of nodes) {
    if (await replay.seen(node)) continue
    if (node.value === null) continue
    ctx.at(node)
    if (!(await applyOne(ctx, node))) ctx.counters.skipped++
  }
  await replay.flush()
  ctx.counters.hash = chain.hash
  ctx.counters.blocks = chain.blocks
  await ctx.flushCounters()
  await batch.flush()
}

async function applyOne(ctx: ApplyContext, node: ApplyNode): Promise<boolean> {
  const decoded = decodeRecord(node.value!)
  if (!decoded) return false
  try {
    // Who carries a record matters only for what the carrier signs by being a writer. A record
    // signed by the owner or a moderator counts from any device, even a blocked (removed) one or
    // a non-writer's optimistic block: the owner's authority holds wherever the owner key is.
    // A non-writer may otherwise only ask to join, and a blocked member nothing at all.
    const outsider = node.optimistic || (await ctx.view.get(K.blocked(ctx.author))) !== null
    const asksToJoin = node.optimistic && decoded.type === 'join'
    if (outsider && !asksToJoin && !(await signedByAuthority(ctx, decoded.record))) return false
    // decodeRecord checked the record against its type's schema: it is that handler's record
    const ok = await handlers[decoded.type](ctx, decoded.record as never)
    if (!ok) return false
    if (node.optimistic && decoded.type !== 'join') await ctx.host.ackWriter(node.from.key)
    // a writer that appends what a moderator key signed stands behind that key (handlers/signers.ts)
    const by = (decoded.record as { by?: unknown; sig?: unknown }).by
    if (!node.optimistic && typeof by === 'string' && 'sig' in (decoded.record as object)) await signers.bindSigner(ctx, by)
    const time = (decoded.record as { time?: unknown }).time
    if (typeof time === 'number') ctx.claim(time)
    return true
  } catch (err) {
    if (isStorageFailure(err)) throw err
    return false
  }
}

/** Errors from the store itself must surface (autobase retries on restart); bad records never do. */
function isStorageFailure(err: unknown): boolean {
  const code = (err as { code?: string })?.code
  return code === 'SESSION_CLOSED' || code === 'ENOSPC' || code === 'EIO'
}

/**
 * After a kill -9, Autobase 7.28.1 can hand apply nodes it had already applied and flushed
 * (reproduced without Hearth by bench/diag/raw-kill.ts). Applying a post twice lists it twice;
 * worse, the indexer's view then differs from what members compute and the room never converges
 * again. So the view remembers, per writer, the highest log length applied, and anything at or
 * below it is a replay and is ignored. It lives in the view: a reorder (view truncation) rolls it
 * back with everything else, so legitimate re-application after a reorder still happens.
 */
class ReplayGuard {
  #applied = new Map<string, { length: number; dirty: boolean }>()
  constructor(private view: ViewBatch) {}

  async seen(node: ApplyNode): Promise<boolean> {
    if (node.optimistic) return false // autobase drops a refused optimistic block; it is not "applied"
    const writer = b4a.toString(node.from.key, 'hex')
    let entry = this.#applied.get(writer)
    if (!entry) {
      entry = { length: await appliedLength(this.#value, writer), dirty: false }
      this.#applied.set(writer, entry)
    }
    if (node.length <= entry.length) return true
    entry.length = node.length
    entry.dirty = true
    return false
  }

  /** Writes the marks a post's member record did not already carry (handlers/messages.ts). */
  async flush() {
    for (const [writer, e] of this.#applied) {
      if (!e.dirty) continue
      const member = await this.#value<MemberRecord>(K.member(writer))
      if ((member?.applied ?? 0) < e.length) await this.view.put(K.applied(writer), e.length)
    }
  }

  #value = async <T>(key: string): Promise<T | null> => (await this.view.get<T>(key))?.value ?? null
}
