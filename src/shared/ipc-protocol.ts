import { z } from 'zod'
import { ErrorCode } from './api/errors.ts'

/**
 * Messages between the Electron main process and the engine's utility process (src/p2p/host.ts),
 * and the payloads the renderer may send to main. Both sides parse with these schemas: a process
 * boundary is a trust boundary, and a malformed message must be rejected, never crash a process.
 */

const Id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER)
const MethodName = z.string().min(1).max(100)
/** An error on the wire: `data` carries the catalogued reason the UI words (shared/api/error-reasons.ts). */
export const WireError = z.object({ code: z.number().int(), message: z.string().max(4000), data: z.unknown().optional() })
export type WireError = z.infer<typeof WireError>

const MasterKey = z.custom<Uint8Array>((v) => v instanceof Uint8Array && v.byteLength === 32, 'masterKey must be 32 bytes')
/** host:port, as hyperdht's bootstrap option takes it. */
const BootstrapNode = z.string().regex(/^[A-Za-z0-9.-]{1,253}:\d{1,5}$/, 'bootstrap nodes look like host:port')

export const StartOptions = z
  .object({
    storage: z.string().min(1).max(4096),
    bootstrap: z.array(BootstrapNode).max(32).optional(),
    masterKey: MasterKey.optional()
  })
  .strict()
export type StartOptions = z.infer<typeof StartOptions>

/** main -> engine host */
export const ToHost = z.discriminatedUnion('type', [
  z.object({ type: z.literal('start'), options: StartOptions }).strict(),
  z.object({ type: z.literal('request'), id: Id, method: MethodName, params: z.unknown().optional() }).strict(),
  z.object({ type: z.literal('shutdown') }).strict()
])
export type ToHost = z.infer<typeof ToHost>

/** engine host -> main */
export const FromHost = z.union([
  z.object({ type: z.literal('ready') }).strict(),
  z.object({ type: z.literal('response'), id: Id, result: z.unknown().optional() }).strict(),
  z.object({ type: z.literal('response'), id: Id, error: WireError }).strict(),
  z.object({ type: z.literal('event'), event: z.string().min(1).max(100), payload: z.unknown().optional() }).strict(),
  /** The engine could not start (or died): the host exits right after sending this. */
  z.object({ type: z.literal('fatal'), error: WireError }).strict(),
  /** Shutdown finished: the engine closed its stores and swarm. */
  z.object({ type: z.literal('closed') }).strict()
])
export type FromHost = z.infer<typeof FromHost>

/** renderer -> main on Channel.call */
export const CallPayload = z.object({ method: MethodName, params: z.unknown().optional() }).strict()

/** renderer -> main on Channel.shell */
export const ShellPayload = z.discriminatedUnion('op', [
  z.object({ op: z.literal('state') }).strict(),
  z.object({ op: z.literal('takeDeepLink') }).strict(),
  z.object({ op: z.literal('openExternal'), url: z.string().max(4096) }).strict(),
  z.object({ op: z.literal('submitPassphrase'), passphrase: z.string().max(1024).nullable() }).strict()
])
export type ShellPayload = z.infer<typeof ShellPayload>

/** Short human text for a zod failure, without echoing the rejected values back. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
    .join('; ')
}

const knownCodes = new Set<number>(Object.values(ErrorCode))

/** Anything thrown, as {code, message}: HearthErrors keep their code, the rest become Internal. */
export function toWireError(err: unknown): WireError {
  const e = err as { code?: unknown; message?: unknown; data?: unknown } | null
  if (e && typeof e.code === 'number' && knownCodes.has(e.code) && typeof e.message === 'string') {
    const data = (e as { data?: unknown }).data
    return data === undefined ? { code: e.code, message: e.message } : { code: e.code, message: e.message, data }
  }
  const detail = e && typeof e.message === 'string' ? e.message : String(err)
  return { code: ErrorCode.Internal, message: `Internal error: ${detail}` }
}
