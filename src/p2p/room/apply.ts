import b4a from 'b4a'
import { recordSchemas, RECORD_VERSION, type RecordType } from '../records/schema.ts'
import { ApplyContext, type ApplyNode, type Host, type ViewBatch } from './apply-context.ts'
import * as membership from './handlers/membership.ts'
import * as messages from './handlers/messages.ts'

type Handler = (ctx: ApplyContext, record: any) => Promise<boolean>

/** Record kind -> handler. A handler returns false to skip a record it does not accept. */
export const handlers: Record<RecordType, Handler> = {
  genesis: membership.genesis,
  join: membership.join,
  'revoke-ticket': membership.revokeTicket,
  profile: membership.profile,
  post: messages.post,
  edit: messages.edit,
  delete: messages.remove
}

/** Parse and schema-check one block; null for anything malformed, unknown or from the future. */
export function decodeRecord(value: Uint8Array): { type: RecordType; record: unknown } | null {
  let raw: any
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
 * Autobase's apply: deterministic, and it never throws for bad input (a throw closes the room).
 * Malformed, unknown and unauthorised records are skipped and counted.
 */
export function makeApply(roomKey: () => Buffer) {
  return async function apply(nodes: ApplyNode[], view: any, host: Host) {
    const batch: ViewBatch = view.batch()
    const ctx = new ApplyContext(roomKey(), batch, host)
    await ctx.load()
    for (const node of nodes) {
      if (node.value === null) continue
      ctx.at(node)
      const decoded = decodeRecord(node.value)
      // a non-writer's optimistic block may only ask to join
      let ok = decoded !== null && (!node.optimistic || decoded.type === 'join')
      if (ok) {
        try {
          ok = await handlers[decoded!.type](ctx, decoded!.record)
        } catch (err) {
          if (isStorageFailure(err)) throw err
          ok = false
        }
      }
      if (!ok) ctx.counters.skipped++
    }
    await ctx.flushCounters()
    await batch.flush()
  }
}

/** Errors from the store itself must surface (autobase retries on restart); bad records never do. */
function isStorageFailure(err: unknown): boolean {
  const code = (err as { code?: string })?.code
  return code === 'SESSION_CLOSED' || code === 'ENOSPC' || code === 'EIO'
}
