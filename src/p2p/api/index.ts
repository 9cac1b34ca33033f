import { methods, isMethodName, type MethodName } from '../../shared/api/methods.ts'
import { HearthError, ErrorCode } from '../../shared/api/errors.ts'
import { roomMethods } from './rooms.ts'
import { inviteMethods } from './invites.ts'
import { messageMethods } from './messages.ts'
import { moderationMethods } from './moderation.ts'
import { safetyMethods } from './safety.ts'
import { presenceMethods } from './presence.ts'
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
    ...presenceMethods(node, options)
  }
  return async (method, params) => {
    if (!isMethodName(method)) throw new HearthError(ErrorCode.MethodNotFound, `Unknown method "${String(method)}".`)
    const parsed = methods[method].params.safeParse(params ?? {})
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => `${i.path.join('.') || 'params'}: ${i.message}`).join('; ')
      throw new HearthError(ErrorCode.InvalidParams, `Invalid params for ${method}: ${issues}`, parsed.error.issues)
    }
    return (impl[method as MethodName] as (p: unknown) => Promise<unknown>)(parsed.data)
  }
}
