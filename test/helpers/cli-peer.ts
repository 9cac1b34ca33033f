import { spawn, type ChildProcess } from 'node:child_process'
import readline from 'node:readline'
import path from 'node:path'

const BIN = path.resolve(import.meta.dirname, '../../bin/hearth.js')

/** A `hearth` child process driven over JSON-RPC on stdin/stdout. */
export class CliPeer {
  proc: ChildProcess
  ready: Promise<any>
  stderr = ''
  notifications: any[] = []
  exited: Promise<number | null>
  #id = 0
  #waiting = new Map<number, (msg: any) => void>()

  constructor(args: string[]) {
    this.proc = spawn(process.execPath, [BIN, ...args], { stdio: ['pipe', 'pipe', 'pipe'] })
    this.proc.stderr!.on('data', (d) => {
      this.stderr += d
    })
    this.exited = new Promise((resolve) => this.proc.on('exit', (code) => resolve(code)))
    const rl = readline.createInterface({ input: this.proc.stdout! })
    let onReady: (m: any) => void
    this.ready = new Promise((resolve, reject) => {
      onReady = resolve
      this.exited.then((code) => reject(new Error(`hearth ${args[0]} exited (${code}) before ready: ${this.stderr}`)))
    })
    rl.on('line', (line) => {
      const msg = JSON.parse(line)
      if (msg.method === 'ready') onReady(msg.params)
      else if (msg.id != null && this.#waiting.has(msg.id)) {
        this.#waiting.get(msg.id)!(msg)
        this.#waiting.delete(msg.id)
      } else if (msg.method) this.notifications.push(msg)
      else this.notifications.push(msg) // replies to raw lines with null id
    })
  }

  /** Sends one request; resolves with the whole JSON-RPC response (result or error). */
  request(method: string, params?: unknown): Promise<any> {
    const id = ++this.#id
    return new Promise((resolve) => {
      this.#waiting.set(id, resolve)
      this.proc.stdin!.write(JSON.stringify({ jsonrpc: '2.0', id, method, params }) + '\n')
    })
  }

  async call(method: string, params?: unknown): Promise<any> {
    const res = await this.request(method, params)
    if (res.error) throw new Error(`${method}: ${res.error.message}`)
    return res.result
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
