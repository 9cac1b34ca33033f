/** JSON-RPC 2.0 error codes; application codes live in -32000..-32099. */
export const ErrorCode = {
  ParseError: -32700,
  InvalidRequest: -32600,
  MethodNotFound: -32601,
  InvalidParams: -32602,
  Internal: -32603,
  NotFound: -32001,
  NotAllowed: -32003,
  BadInvite: -32004,
  Conflict: -32009,
  Unavailable: -32010,
  Storage: -32011
} as const
export type ErrorCodeValue = (typeof ErrorCode)[keyof typeof ErrorCode]

/** An error meant for the caller: a code from ErrorCode and a message that says what to do. */
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
