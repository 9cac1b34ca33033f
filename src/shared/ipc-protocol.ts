import { z } from 'zod'
import { WireError } from './rpc/messages.ts'

/**
 * The control messages between the Electron main process and the engine's utility process
 * (src/p2p/host.ts), and the payloads the renderer may send to main. Requests, responses, errors
 * and events on that port are JSON-RPC 2.0 (shared/rpc), as on every other transport; only
 * starting and stopping the engine has its own small envelope. Both sides parse with these
 * schemas: a process boundary is a trust boundary, and a malformed message must be rejected,
 * never crash a process.
 */

const MethodName = z.string().min(1).max(100)
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

/** main -> engine host, beside JSON-RPC requests */
export const HostControl = z.discriminatedUnion('type', [
  z.object({ type: z.literal('start'), options: StartOptions }).strict(),
  z.object({ type: z.literal('shutdown') }).strict()
])
export type HostControl = z.infer<typeof HostControl>

/** engine host -> main, beside JSON-RPC responses and notifications (events) */
export const HostStatus = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }).strict(),
  /** The engine could not start (or died): the host exits right after sending this. */
  z.object({ type: z.literal('fatal'), error: WireError }).strict(),
  /** Shutdown finished: the engine closed its stores and swarm. */
  z.object({ type: z.literal('closed') }).strict()
])
export type HostStatus = z.infer<typeof HostStatus>

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
