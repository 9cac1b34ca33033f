import { methods, isMethodName, type MethodName } from '../../shared/api/methods.ts'
import { fail, HearthError } from '../../shared/api/errors.ts'
import { roomMethods } from './rooms.ts'
import { inviteMethods } from './invites.ts'
import { messageMethods } from './messages.ts'
import { moderationMethods } from './moderation.ts'
import { safetyMethods } from './safety.ts'
import { presenceMethods } from './presence.ts'
import { lifeMethods } from './life.ts'
import { supportApi } from './support.ts'
import { myReportMethods } from './reports.ts'
import { listApi } from './lists.ts'
import { directoryApi } from './directory.ts'
import { knockApi } from './knock.ts'
import type { Implementations, ApiOptions } from './context.ts'
import type { HearthNode } from '../node.ts'

export type Dispatch = (method: string, params: unknown) => Promise<unknown>

/** The one implementation of the contract. Every transport calls this dispatch. */
export function createDispatch(node: HearthNode, options: ApiOptions = {}): Dispatch {
  const impl: Implementations = {
    ...roomMethods(node, options),
    ...inviteMethods(node, options),
    ...messageMethods(node, options),
    ...moderationMethods(node, options),
    ...safetyMethods(node, options),
    ...presenceMethods(node, options),
    ...lifeMethods(node, options),
    ...supportApi(node, options),
    ...myReportMethods(node, options),
    ...listApi(node, options),
    ...directoryApi(node, options),
    ...knockApi(node, options)
  }
  return async (method, params) => {
    if (!isMethodName(method)) throw fail('method_not_found', { method: String(method).slice(0, 100) })
    const parsed = methods[method].params.safeParse(params ?? {})
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => `${i.path.join('.') || 'params'}: ${i.message}`).join('; ')
      throw fail('invalid_params', { method, issues })
    }
    try {
      return await (impl[method as MethodName] as (p: unknown) => Promise<unknown>)(parsed.data)
    } catch (err) {
      throw storageError(node, err) ?? err
    }
  }
}

const DISK_CODES = new Set(['ENOSPC', 'EDQUOT', 'EFBIG', 'EROFS', 'EACCES', 'EPERM', 'EIO'])

/**
 * A write that failed in the store (disk full, read-only, I/O error), or a room Autobase closed
 * after such a failure, becomes a Storage error that says where and what to do, instead of an
 * "Internal error ... ENOSPC" or "Autobase is closing". What was stored before is kept.
 */
function storageError(node: HearthNode, err: unknown): HearthError | null {
  if (err instanceof HearthError) return null
  const code = (err as { code?: string })?.code ?? ''
  const msg = String((err as Error)?.message ?? err)
  const closed = /Autobase is closing|SESSION_CLOSED/.test(msg) || code === 'SESSION_CLOSED'
  if (!DISK_CODES.has(code) && !closed) return null
  if (closed && node.closing) return fail('shutting_down')
  const why =
    code === 'ENOSPC' || code === 'EDQUOT' || code === 'EFBIG'
      ? 'full'
      : code === 'EROFS' || code === 'EACCES' || code === 'EPERM'
        ? 'unwritable'
        : closed
          ? 'failed'
          : 'io'
  return fail('disk_full', { dir: node.storage, why, detail: code })
}
