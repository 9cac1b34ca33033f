import { z } from 'zod'
import { ErrorCode } from '../api/error-codes.ts'

/**
 * JSON-RPC 2.0 messages, as every transport carries them: stdio lines and WebSocket frames as
 * JSON text, the Electron utility-process port as structured clones of the same objects.
 */
export type RpcId = string | number | null
export interface RpcRequest {
  jsonrpc: '2.0'
  id: RpcId
  method: string
  params?: unknown
}

/** An error on the wire: `data` carries the catalogued reason the UI words (shared/api/error-reasons.ts). */
export const WireError = z.object({ code: z.number().int(), message: z.string().max(4000), data: z.unknown().optional() })
export type WireError = z.infer<typeof WireError>

/** An event (or the CLI's "ready"): a request without an id, which gets no answer. */
export const notification = (method: string, params: unknown) => ({ jsonrpc: '2.0' as const, method, params })

/** Is this a JSON-RPC message (rather than a transport's own control message)? */
export const isRpcMessage = (m: unknown): boolean => !!m && typeof m === 'object' && (m as { jsonrpc?: unknown }).jsonrpc === '2.0'

const knownCodes = new Set<number>(Object.values(ErrorCode))

/** Anything thrown, as {code, message, data?}: HearthErrors keep theirs, the rest become Internal. */
export function toWireError(err: unknown): WireError {
  const e = err as { code?: unknown; message?: unknown; data?: unknown } | null
  if (e && typeof e.code === 'number' && knownCodes.has(e.code) && typeof e.message === 'string') {
    return e.data === undefined ? { code: e.code, message: e.message } : { code: e.code, message: e.message, data: e.data }
  }
  const detail = e && typeof e.message === 'string' ? e.message : String(err)
  return { code: ErrorCode.Internal, message: `Internal error: ${detail}`, data: { reason: 'internal', detail: detail.slice(0, 500) } }
}
