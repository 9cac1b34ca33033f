import { spawn, type ChildProcess } from 'node:child_process'
import readline from 'node:readline'
import path from 'node:path'
import { compiled } from './compile.ts'

const ROOT = path.resolve(import.meta.dirname, '../..')
// both run compiled: bin/hearth.js loads out/main/cli.js (`npm run bench` builds it first)
export const HEARTH = [path.join(ROOT, 'bin/hearth.js')]
export const RAW_PEER = [compiled('bench/raw/peer.ts')]

/**
 * A child process spoken to in JSON lines (the `hearth serve` JSON-RPC, or bench/raw/peer.ts):
 * the same driver for both, so both figures carry the same process and pipe overheads.
 */
export class LinePeer {
  proc: ChildProcess
  ready: Promise<any>
  readyAt = 0
  stderr = ''
  exited: Promise<number | null>
  onNotice: (msg: any, at: number) => void = () => {}
  readonly spawnedAt = performance.now()
  #id = 0
  #waiting = new Map<number, (msg: any) => void>()

  constructor(cmd: string[], args: string[]) {
    this.proc = spawn(process.execPath, [...cmd, ...args], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] })
    this.proc.stderr!.on('data', (d) => {
      this.stderr = (this.stderr + d).slice(-4000)
    })
    this.exited = new Promise((resolve) => this.proc.on('exit', (code) => resolve(code)))
    let onReady!: (m: any) => void
    this.ready = new Promise((resolve, reject) => {
      onReady = resolve
      this.exited.then((code) => reject(new Error(`${cmd.at(-1)} ${args[0]} exited (${code}) before ready: ${this.stderr}`)))
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
      } else if (msg.id != null && this.#waiting.has(msg.id)) {
        this.#waiting.get(msg.id)!(msg)
        this.#waiting.delete(msg.id)
      } else if (msg.method) this.onNotice(msg, at)
    })
  }

  get pid() {
    return this.proc.pid!
  }

  call(method: string, params: unknown = {}): Promise<any> {
    const id = ++this.#id
    return new Promise((resolve, reject) => {
      this.#waiting.set(id, (msg) => (msg.error ? reject(new Error(`${method}: ${msg.error.message}`)) : resolve(msg.result)))
      this.proc.stdin!.write(JSON.stringify({ jsonrpc: '2.0', id, method, params }) + '\n')
    })
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
