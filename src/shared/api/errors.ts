import { reasonText, type Reason, type ReasonData } from './error-reasons.ts'
import type { ErrorCodeValue } from './error-codes.ts'

export { ErrorCode, type ErrorCodeValue } from './error-codes.ts'

/**
 * An error meant for the caller: a code from ErrorCode, and `data` = `{ reason, ...params }` from
 * the shared catalog (error-reasons.ts). User interfaces word the reason themselves (in the
 * person's language); `message` is the English text for JSON-RPC users and logs.
 */
export class HearthError extends Error {
  code: ErrorCodeValue
  data?: unknown
  constructor(code: ErrorCodeValue, message: string, data?: unknown) {
    super(message)
    this.name = 'HearthError'
    this.code = code
    this.data = data
  }
}

/** An error with a catalogued reason: `fail('muted', { remaining: 3 })`. */
export function fail<R extends Reason>(reason: R, ...params: ReasonData<R> extends Record<string, never> ? [] : [ReasonData<R>]): HearthError {
  const data = (params[0] ?? {}) as ReasonData<R>
  const { code, text } = reasonText(reason, data)
  return new HearthError(code, text, { reason, ...data })
}
