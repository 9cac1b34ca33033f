import dgram from 'node:dgram'
import { DHT } from '../compat/dht.ts'
import { untilStopped } from './signals.ts'
import { notification } from '../transports/jsonrpc.ts'

/** A DHT bootstrap node for a private network (e.g. 127.0.0.1 for tests and demos). */
export async function bootstrap(opts: { host: string; port: number }): Promise<number> {
  const node = DHT.bootstrapper(opts.port || (await freeUdpPort(opts.host)), opts.host)
  await node.ready()
  const { port } = node.address()
  process.stdout.write(JSON.stringify(notification('ready', { host: opts.host, port })) + '\n')
  process.stderr.write(`[hearth] bootstrap node on ${opts.host}:${port} — give peers --bootstrap ${opts.host}:${port}\n`)
  await untilStopped()
  await node.destroy()
  return 0
}

/** hyperdht's bootstrapper needs a concrete port: ask the OS for a free one. */
function freeUdpPort(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const sock = dgram.createSocket('udp4')
    sock.once('error', reject)
    sock.bind(0, host, () => {
      const { port } = sock.address()
      sock.close(() => resolve(port))
    })
  })
}
