import { HearthError, ErrorCode } from '../../shared/api/errors.ts'
import type { Engine } from '../engine.ts'

type Json = Record<string, unknown>
const reply = (id: unknown, body: Json) => ({ jsonrpc: '2.0', id: id ?? null, ...body })
const failure = (id: unknown, code: number, message: string, data?: unknown) => reply(id, { error: { code, message, ...(data === undefined ? {} : { data }) } })

/**
 * JSON-RPC 2.0 over any text channel (stdio lines, WebSocket frames): parses one message and
 * returns the response to send (null for notifications). Never throws: bad input becomes an error reply.
 */
export async function handleMessage(engine: Engine, text: string, log: (msg: string) => void): Promise<Json | null> {
  let msg: any
  try {
    msg = JSON.parse(text)
  } catch {
    return failure(null, ErrorCode.ParseError, 'Parse error: each message must be one JSON object on one line.')
  }
  if (Array.isArray(msg)) return failure(null, ErrorCode.InvalidRequest, 'Batch requests are not supported: send one request per line.')
  if (!msg || typeof msg !== 'object' || msg.jsonrpc !== '2.0' || typeof msg.method !== 'string') {
    return failure(msg?.id, ErrorCode.InvalidRequest, 'Invalid request: expected {"jsonrpc":"2.0","id":…,"method":"…","params":{…}}.')
  }
  const isNotification = !('id' in msg)
  if (!isNotification && !(typeof msg.id === 'string' || typeof msg.id === 'number' || msg.id === null)) {
    return failure(null, ErrorCode.InvalidRequest, 'Invalid request: id must be a string or a number.')
  }
  if (msg.params !== undefined && (typeof msg.params !== 'object' || msg.params === null || Array.isArray(msg.params))) {
    return isNotification ? null : failure(msg.id, ErrorCode.InvalidParams, 'Invalid params: params must be one object.')
  }
  try {
    const result = await engine.dispatch(msg.method, msg.params ?? {})
    return isNotification ? null : reply(msg.id, { result })
  } catch (err) {
    if (err instanceof HearthError) return isNotification ? null : failure(msg.id, err.code, err.message, err.data)
    log(`internal error in ${msg.method}: ${(err as Error)?.stack ?? err}`)
    return isNotification ? null : failure(msg.id, ErrorCode.Internal, `Internal error in ${msg.method}: ${(err as Error)?.message ?? err}`)
  }
}

export const notification = (method: string, params: unknown) => ({ jsonrpc: '2.0', method, params })
