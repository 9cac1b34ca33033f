import { spawn } from 'node:child_process'
import type { ChildProcessWithoutNullStreams } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('../../..', import.meta.url))
const CLI = join(ROOT, 'bin/hearth.js')

export interface Proc {
  child: ChildProcessWithoutNullStreams
  stderr: string[]
  stop: () => Promise<void>
}

/** Spawn a `hearth` command and wait for its first JSON-RPC "ready" notification on stdout. */
function startCli(args: string[], timeoutMs = 60_000): Promise<Proc & { ready: Record<string, unknown> }> {
  const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] })
  const stderr: string[] = []
  child.stderr.setEncoding('utf8').on('data', (d: string) => {
    stderr.push(d)
    if (stderr.length > 200) stderr.shift()
  })
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
    child.stdin.end() // `hearth serve` shuts down cleanly when stdin closes
    child.kill('SIGTERM')
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000)
    await exited
    clearTimeout(timer)
  }
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop()
      reject(new Error(`hearth ${args[0]} not ready after ${timeoutMs} ms:\n${stderr.join('')}`))
    }, timeoutMs)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`hearth ${args[0]} exited (${code}) before ready:\n${stderr.join('')}`))
    })
    const lines = createInterface({ input: child.stdout })
    lines.on('line', (line) => {
      let msg: { method?: string; params?: Record<string, unknown> }
      try {
        msg = JSON.parse(line)
      } catch {
        return
      }
      if (msg.method === 'ready') {
        clearTimeout(timer)
        child.removeAllListeners('exit')
        resolve({ child, stderr, stop, ready: msg.params ?? {} })
      }
    })
  })
}

export interface Bootstrap extends Proc {
  address: string
}
/** A private DHT bootstrap node on loopback: the engines find each other through it only. */
export async function startBootstrap(): Promise<Bootstrap> {
  const p = await startCli(['bootstrap', '--host', '127.0.0.1', '--port', '0'])
  const port = Number(p.ready.port)
  if (!port) {
    await p.stop()
    throw new Error(`bootstrap gave no port: ${JSON.stringify(p.ready)}`)
  }
  return { ...p, address: `127.0.0.1:${port}` }
}

export interface Engine extends Proc {
  url: string
  token: string
  storage: string
}
/** A real `hearth serve` peer with its own storage, serving the API on a loopback WebSocket. */
export async function startEngine(bootstrap: string, name: string): Promise<Engine> {
  const storage = mkdtempSync(join(tmpdir(), `hearth-e2e-${name}-`))
  // the test server serves the renderer on a loopback port chosen later: allow any port of 127.0.0.1
  const p = await startCli(['serve', '--storage', storage, '--bootstrap', bootstrap, '--ws', '0', '--ws-origin', 'http://127.0.0.1:*'])
  const ws = p.ready.ws as { url?: string; token?: string } | undefined
  if (!ws?.url || !ws.token) {
    await p.stop()
    throw new Error(`serve gave no ws: ${JSON.stringify(p.ready)}`)
  }
  const stop = async (): Promise<void> => {
    await p.stop()
    rmSync(storage, { recursive: true, force: true })
  }
  return { ...p, stop, url: ws.url, token: ws.token, storage }
}
