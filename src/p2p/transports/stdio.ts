import { connectionHandler, errorReply, notification, LIMITS } from './jsonrpc.ts'
import { fail } from '../../shared/api/errors.ts'
import type { Engine } from '../engine.ts'

/**
 * JSON-RPC 2.0 on stdin/stdout, one JSON object per line; logs go to stderr. Requests run
 * concurrently (up to LIMITS.inFlight); each response is written whole. A line longer than
 * LIMITS.messageBytes is refused without being buffered. Resolves `closed` when stdin ends.
 */
export function serveStdio(engine: Engine, opts: { input?: NodeJS.ReadableStream; output?: NodeJS.WritableStream; log?: (m: string) => void } = {}) {
  const input = opts.input ?? process.stdin
  const output = opts.output ?? process.stdout
  const log = opts.log ?? ((m: string) => process.stderr.write(m + '\n'))
  const send = (obj: unknown) => output.write(JSON.stringify(obj) + '\n')
  const off = engine.onEvent((event, payload) => send(notification(event, payload)))
  const conn = connectionHandler(engine, send, log)
  const lines = lineSplitter(
    LIMITS.messageBytes,
    (line) => {
      const text = line.toString('utf8')
      if (text.trim()) conn.handle(text)
    },
    () => send(errorReply(null, fail('message_too_large', { limit: LIMITS.messageBytes })))
  )
  input.on('data', (chunk: Buffer | string) => lines.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk))
  return {
    send,
    closed: new Promise<void>((resolve) =>
      input.once('end', async () => {
        lines.end()
        await Promise.allSettled(conn.running)
        off()
        resolve()
      })
    )
  }
}

/**
 * Splits a byte stream into lines of at most `max` bytes. A longer line is dropped as it arrives
 * (never held whole in memory) and reported once through `tooLong` when its end is reached.
 */
export function lineSplitter(max: number, onLine: (line: Buffer) => void, tooLong: () => void) {
  let parts: Buffer[] = []
  let size = 0
  let dropping = false
  const take = (piece: Buffer) => {
    if (dropping) return
    if (size + piece.byteLength > max) {
      dropping = true
      parts = []
      size = 0
      return
    }
    parts.push(piece)
    size += piece.byteLength
  }
  const finish = () => {
    if (dropping) tooLong()
    else if (size > 0) onLine(Buffer.concat(parts, size))
    parts = []
    size = 0
    dropping = false
  }
  return {
    push(chunk: Buffer) {
      let at = 0
      for (let nl = chunk.indexOf(10, at); nl !== -1; nl = chunk.indexOf(10, at)) {
        take(chunk.subarray(at, nl))
        finish()
        at = nl + 1
      }
      if (at < chunk.byteLength) take(chunk.subarray(at))
    },
    end: finish
  }
}
