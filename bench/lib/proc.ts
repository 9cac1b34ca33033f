import { spawn, type ChildProcess } from 'node:child_process'
import readline from 'node:readline'
import path from 'node:path'
import { compiled } from './compile.ts'
import { ErrorCode, HearthError } from '../../src/shared/api/index.ts'
import { RpcClient } from '../../src/shared/rpc/client.ts'

const ROOT = path.resolve(import.meta.dirname, '../..')
// both run compiled: bin/hearth.js loads out/main/cli.js (`npm run bench` builds it first)
export const HEARTH = [path.join(ROOT, 'bin/hearth.js')]
export const RAW_PEER = [compiled('bench/raw/peer.ts')]

/**
 * A child process spoken to in JSON lines (the `hearth serve` JSON-RPC, or bench/raw/peer.ts):
 * the same driver for both, so both figures carry the same process and pipe overheads. Calls go
 * through the app's one RpcClient (as the engine supervisor and the tests' peers do); notices
 * (events, the raw peer's updates) go to `onNotice` with the time their line arrived.
 */
export class LinePeer {
  proc: ChildProcess
  ready: Promise<any>
  readyAt = 0
  stderr = ''
  exited: Promise<number | null>
  onNotice: (msg: any, at: number) => void = () => {}
  readonly spawnedAt = performance.now()
  readonly #rpc = new RpcClient({ queueTimeoutMs: Infinity, replyTimeoutMs: Infinity })

  constructor(cmd: string[], args: string[]) {
    this.proc = spawn(process.execPath, [...cmd, ...args], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] })
    this.proc.stderr!.on('data', (d) => {
      this.stderr = (this.stderr + d).slice(-4000)
    })
    this.exited = new Promise((resolve) => this.proc.on('exit', (code) => resolve(code)))
    const name = `${cmd.at(-1)} ${args[0]}`
    // a call the process can no longer answer fails, naming why, instead of hanging the bench
    void this.exited.then((code) =>
      this.#rpc.close(new HearthError(ErrorCode.Unavailable, `${name} exited (${code}): ${this.stderr.slice(-2000)}`, { reason: 'client.connection_lost' }))
    )
    this.#rpc.attach((m) => this.proc.stdin!.write(JSON.stringify(m) + '\n'))
    let onReady!: (m: any) => void
    this.ready = new Promise((resolve, reject) => {
      onReady = resolve
      this.exited.then((code) => reject(new Error(`${name} exited (${code}) before ready: ${this.stderr}`)))
    })
    readline.createInterface({ input: this.proc.stdout! }).on('line', (line) => {
      const at = performance.now()
      let msg: any
      try {
        msg = JSON.parse(line)
      } catch {
        return
      }
      if (msg.method === 'ready') {
        this.readyAt = at
        onReady(msg.params)
      } else if (typeof msg.method === 'string') this.onNotice(msg, at)
      else this.#rpc.receive(msg)
    })
  }

  get pid() {
    return this.proc.pid!
  }

  /** Results of contract methods are checked against the contract; the raw peer's pass as they are. */
  call(method: string, params: unknown = {}): Promise<any> {
    return this.#rpc.callRaw(method, params)
  }

  /** Closes stdin; SIGKILL if the process has not exited after graceMs (hearth serve can linger ~10 s). */
  async stop(graceMs = 15_000) {
    this.proc.stdin!.end()
    const t = setTimeout(() => this.proc.kill('SIGKILL'), graceMs)
    await this.exited
    clearTimeout(t)
  }
}

/** `hearth bootstrap --host 127.0.0.1`: the private loopback DHT every bench peer uses. */
export async function bootstrapNode(): Promise<{ peer: LinePeer; address: string }> {
  const peer = new LinePeer(HEARTH, ['bootstrap', '--host', '127.0.0.1', '--port', '0'])
  const { port } = await peer.ready
  return { peer, address: `127.0.0.1:${port}` }
}
