import { spawn, type ChildProcess } from 'node:child_process'
import readline from 'node:readline'
import path from 'node:path'
import { ErrorCode, HearthError } from '../../src/shared/api/index.ts'
import { RpcClient } from '../../src/shared/rpc/client.ts'

const BIN = path.resolve(import.meta.dirname, '../../bin/hearth.js')

/**
 * A `hearth` child process driven over JSON-RPC on stdin/stdout, through the app's one RpcClient.
 * Lines the client does not take (the "ready" notification, events, error replies to raw lines)
 * are kept in `notifications` for tests that look at the wire itself.
 */
export class CliPeer {
  proc: ChildProcess
  ready: Promise<any>
  stderr = ''
  notifications: any[] = []
  exited: Promise<number | null>
  readonly rpc = new RpcClient({ queueTimeoutMs: Infinity, replyTimeoutMs: Infinity })

  constructor(args: string[]) {
    this.proc = spawn(process.execPath, [BIN, ...args], { stdio: ['pipe', 'pipe', 'pipe'] })
    this.proc.stderr!.on('data', (d) => {
      this.stderr += d
    })
    this.exited = new Promise((resolve) => this.proc.on('exit', (code) => resolve(code)))
    // a call the process can no longer answer fails, naming why, instead of hanging the test
    void this.exited.then((code) =>
      this.rpc.close(
        new HearthError(ErrorCode.Unavailable, `hearth ${args[0]} exited (${code}): ${this.stderr.slice(-2000)}`, { reason: 'client.connection_lost' })
      )
    )
    this.rpc.attach((m) => this.proc.stdin!.write(JSON.stringify(m) + '\n'))
    const rl = readline.createInterface({ input: this.proc.stdout! })
    let onReady: (m: any) => void
    this.ready = new Promise((resolve, reject) => {
      onReady = resolve
      this.exited.then((code) => reject(new Error(`hearth ${args[0]} exited (${code}) before ready: ${this.stderr}`)))
    })
    rl.on('line', (line) => {
      const msg = JSON.parse(line)
      if (msg.method === 'ready') return onReady(msg.params)
      // answers to our calls go to the client; events go to it and are kept here too, as are
      // replies to raw lines (which answer no call of the client)
      if (!this.rpc.receive(msg) || msg.method) this.notifications.push(msg)
    })
  }

  /** Sends one request; resolves with the whole JSON-RPC response shape: {result} or {error: {code, message, data}}. */
  request(method: string, params?: unknown): Promise<any> {
    return this.rpc.callRaw(method, params).then(
      (result) => ({ result }),
      (err: HearthError) => ({ error: { code: err.code, message: err.message, data: err.data } })
    )
  }

  /** Calls a method; rejects with the engine's HearthError. */
  call(method: string, params?: unknown): Promise<any> {
    return this.rpc.callRaw(method, params)
  }

  writeRaw(line: string) {
    this.proc.stdin!.write(line + '\n')
  }

  /** Ends stdin (the peer shuts down cleanly) and waits for the exit code. */
  async stop(): Promise<number | null> {
    this.proc.stdin!.end()
    return this.exited
  }
}
