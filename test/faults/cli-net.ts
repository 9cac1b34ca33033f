import fs from 'node:fs'
import { CliPeer } from '../helpers/cli-peer.ts'
import { tmpDir, until } from '../helpers/peers.ts'

/**
 * `hearth serve` processes on a private loopback DHT (`hearth bootstrap --host 127.0.0.1`).
 * Peers can be killed (SIGKILL) and restarted on the same storage.
 */
export class CliNet {
  boot!: CliPeer
  bootstrap = ''
  dirs: string[] = []
  live = new Set<CliPeer>()

  async start() {
    this.boot = new CliPeer(['bootstrap', '--host', '127.0.0.1', '--port', '0'])
    const { port } = await this.boot.ready
    this.bootstrap = `127.0.0.1:${port}`
    return this
  }

  dir() {
    const d = tmpDir('hearth-fault-')
    this.dirs.push(d)
    return d
  }

  async serve(storage: string): Promise<CliPeer> {
    const p = new CliPeer(['serve', '--storage', storage, '--bootstrap', this.bootstrap])
    this.live.add(p)
    p.exited.then(() => this.live.delete(p))
    let timer: NodeJS.Timeout | undefined
    const stuck = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`hearth serve on ${storage} not ready after 30 s: ${p.stderr.slice(-2000)}`)), 30_000)
    })
    try {
      await Promise.race([p.ready, stuck])
    } finally {
      clearTimeout(timer)
    }
    return p
  }

  /** A request that fails (instead of hanging) if the peer process dies first. */
  static rpc(p: CliPeer, method: string, params?: unknown, timeoutMs = 30_000): Promise<any> {
    let timer: NodeJS.Timeout | undefined
    const died = p.exited.then((code) => ({
      error: { code: 'EXITED', message: `the peer exited (${code}) before answering ${method}: ${p.stderr.slice(-2000)}` }
    }))
    const late = new Promise((resolve) => {
      timer = setTimeout(() => resolve({ error: { code: 'TIMEOUT', message: `${method} got no answer in ${timeoutMs} ms` } }), timeoutMs)
    })
    return Promise.race([p.request(method, params), died, late]).finally(() => clearTimeout(timer))
  }

  async kill9(p: CliPeer) {
    p.proc.kill('SIGKILL')
    await p.exited
  }

  async close() {
    await this.stopPeers()
    this.boot?.proc.kill('SIGTERM')
    await this.boot?.exited
    if (process.env.FAULT_KEEP) console.log(`kept ${this.dirs.join(' ')}`)
    else for (const d of this.dirs) fs.rmSync(d, { recursive: true, force: true })
  }

  async stopPeers() {
    // a clean stop first; a peer that does not exit in 10 s is itself a finding, but must not hang the suite
    await Promise.all(
      [...this.live].map(async (p) => {
        const t = setTimeout(() => {
          console.error(`peer did not exit 10 s after stdin closed: ${p.stderr.slice(-1000)}`)
          p.proc.kill('SIGKILL')
        }, 10_000)
        await p.stop()
        clearTimeout(t)
      })
    )
  }
}

/** Waits until every peer reports the same message count (>= min) and view hash for the room. */
export async function cliConverged(peers: CliPeer[], roomId: string, min: number, timeoutMs = 60_000) {
  return until(
    `${peers.length} peers to converge on >= ${min} messages`,
    async () => {
      const rooms = await Promise.all(
        peers.map(async (p) => {
          const res = await CliNet.rpc(p, 'getRoom', { roomId })
          if (res.error) throw new Error(res.error.message)
          return res.result
        })
      )
      const ok = rooms[0].messageCount >= min && rooms.every((r) => r.messageCount === rooms[0].messageCount && r.viewHash === rooms[0].viewHash)
      return ok ? rooms[0] : null
    },
    timeoutMs,
    250
  )
}
