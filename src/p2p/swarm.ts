import Hyperswarm from 'hyperswarm'
import DHT from 'hyperdht'

export type SwarmOptions = {
  /** Makes the DHT node for each swarm (tests: () => testnet.createNode(), which binds 127.0.0.1). */
  dht?: () => any
  /** Bootstrap nodes as HOST:PORT; when all are loopback the node binds 127.0.0.1 (a private network). */
  bootstrap?: string[]
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|\[?::1\]?)$/

export function parseBootstrap(list: string[]): Array<{ host: string; port: number }> {
  return list.map((s) => {
    const m = /^(.+):(\d{1,5})$/.exec(s.trim())
    if (!m || Number(m[2]) > 65535) throw new Error(`bootstrap node "${s}" is not HOST:PORT`)
    return { host: m[1] === 'localhost' ? '127.0.0.1' : m[1], port: Number(m[2]) }
  })
}

/** One Hyperswarm for the whole node. A loopback-only bootstrap list means a private network. */
export function createSwarm(opts: SwarmOptions) {
  if (opts.dht) return new Hyperswarm({ dht: opts.dht() })
  if (opts.bootstrap?.length) {
    const bootstrap = parseBootstrap(opts.bootstrap)
    const loopback = bootstrap.every((b) => LOOPBACK.test(b.host))
    const dht = loopback ? new DHT({ bootstrap, host: '127.0.0.1', ephemeral: true, firewalled: false }) : new DHT({ bootstrap })
    return new Hyperswarm({ dht })
  }
  return new Hyperswarm()
}
