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
  Storage: -32011,
  RateLimited: -32012,
  Busy: -32013
} as const
export type ErrorCodeValue = (typeof ErrorCode)[keyof typeof ErrorCode]
