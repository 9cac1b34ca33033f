import { DHT, type Dht } from './compat/dht.ts'

export type SwarmOptions = {
  /** Makes the node's DHT node (tests: () => testnet.createNode(), which binds 127.0.0.1). */
  dht?: () => Dht
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

/**
 * The node's one DHT node, shared by every room's swarm (compat/swarm.ts). A loopback-only
 * bootstrap list means a private network; none means the public Hyperswarm DHT.
 */
export function createDht(opts: SwarmOptions): Dht {
  let dht: Dht
  if (opts.dht) dht = opts.dht()
  else if (opts.bootstrap?.length) {
    const bootstrap = parseBootstrap(opts.bootstrap)
    const loopback = bootstrap.every((b) => LOOPBACK.test(b.host))
    dht = loopback ? new DHT({ bootstrap, host: '127.0.0.1', ephemeral: true, firewalled: false }) : new DHT({ bootstrap })
  } else dht = new DHT()
  // every room's swarm listens to the DHT's network events
  dht.setMaxListeners(0)
  return dht
}
