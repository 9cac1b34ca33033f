import { describe, it, expect, beforeAll, afterAll } from 'vitest'
import { createRequire } from 'node:module'
import b4a from 'b4a'
import { Net, until } from '../helpers/peers.ts'

const require = createRequire(import.meta.url)
const NoiseWrap = require('hyperdht/lib/noise-wrap.js')
// the relay protocol hyperdht itself speaks for `relayThrough`: its own dependency, loaded from
// there (the same version, and no new dependency for Hearth)
const { Server: RelayServer } = createRequire(require.resolve('hyperdht'))('blind-relay')

type Addr = { host: string; port: number }
/** What one side of a connection learned of the other: the handshake (via the DHT) and the data path. */
type Seen = { handshakeFrom: Addr | null; addresses4: Addr[]; dataFrom: Addr }

/**
 * Whether Hearth's network stack can hide a member's IP address from the peers of a room
 * (issue 11; docs/threat-model.md, "IP addresses"). On loopback every host is 127.0.0.1, so a
 * node is told apart by its UDP ports: a DHT node has two sockets (client and server), and a peer
 * that learns either port of another node has learned that node's address.
 */
describe('what a peer learns of the other end of a connection', () => {
  let net: Net
  const nodes: any[] = []
  beforeAll(async () => {
    net = await Net.create()
  })
  afterAll(async () => {
    for (const n of nodes) await n.destroy()
    await net.close()
  })

  const node = (opts: Record<string, unknown> = {}) => {
    const n = net.testnet.createNode(opts)
    nodes.push(n)
    return n
  }
  /** A DHT node's own UDP ports: what identifies it (its address) on loopback. */
  const portsOf = (dht: any): number[] => [dht.io.clientSocket.address().port, dht.io.serverSocket.address().port]
  const dataFrom = (socket: any): Addr => ({ host: socket.rawStream.remoteHost, port: socket.rawStream.remotePort })

  /**
   * Connects `client` to a server on `server`, recording what each side learned: the server
   * through its firewall hook (the client's address as the DHT relayed the handshake, and the
   * addresses in the client's handshake payload), the client through its Noise handshake.
   */
  async function connect(client: any, server: any, connectOpts: Record<string, unknown>, serverOpts: Record<string, unknown> = {}) {
    let serverSeen: Omit<Seen, 'dataFrom'> | null = null
    let clientPayload: { addresses4: Addr[] } | null = null
    let serverSocket: any = null
    const srv = server.createServer(
      {
        ...serverOpts,
        firewall(_key: Uint8Array, payload: { addresses4: Addr[] }, clientAddress: Addr) {
          serverSeen = { handshakeFrom: { host: clientAddress.host, port: clientAddress.port }, addresses4: payload.addresses4 }
          return false // let it in
        }
      },
      (socket: any) => {
        socket.on('error', () => {})
        serverSocket = socket
      }
    )
    await srv.listen()
    const socket = client.connect(srv.publicKey, {
      ...connectOpts,
      createHandshake(keyPair: unknown, remotePublicKey: unknown) {
        const hs = new NoiseWrap(keyPair, remotePublicKey)
        const recv = hs.recv.bind(hs)
        hs.recv = (buf: Uint8Array) => {
          const payload = recv(buf)
          if (payload) clientPayload = payload
          return payload
        }
        return hs
      }
    })
    socket.on('error', () => {})
    await new Promise<void>((resolve, reject) => {
      socket.once('open', resolve)
      socket.once('close', () => reject(new Error('the connection closed before it opened')))
    })
    await until('the server to see the connection', async () => serverSocket !== null && serverSocket.rawStream?.remotePort > 0)
    const result = {
      server: { ...serverSeen!, dataFrom: dataFrom(serverSocket) } as Seen,
      client: { handshakeFrom: null, addresses4: clientPayload!.addresses4, dataFrom: dataFrom(socket) } as Seen
    }
    socket.destroy()
    await srv.close()
    return result
  }

  /** A blind relay (blind-relay over a hyperdht server), as a group's own seeder could run one. */
  async function relay() {
    const dht = node({ quickFirewall: false })
    const blind = new RelayServer({ createStream: (opts: object) => dht.createRawStream({ ...opts, framed: true }) })
    /** Where the relay's own connections come from: the relay learns the address of both ends. */
    const sees: Addr[] = []
    const srv = dht.createServer((socket: any) => {
      socket.on('error', () => {})
      sees.push(dataFrom(socket))
      blind.accept(socket, { id: socket.remotePublicKey }).on('error', () => {})
    })
    await srv.listen()
    return { dht, publicKey: srv.publicKey, sees, close: () => blind.close() }
  }

  it("members of a Hearth room: each sees the other's own UDP port, and the same one in every room they share", async () => {
    const [alice, bob] = await Promise.all([net.peer('alice'), net.peer('bob')])
    for (const name of ['General', 'Sensitive topic']) {
      const { roomId } = await alice.call('createRoom', { name, displayName: 'Alice' })
      await bob.call('joinRoom', { invite: (await alice.call('createInvite', { roomId })).invite, displayName: 'Bob' })
    }
    const open = (p: typeof alice) => p.node.net.connections.filter((c: any) => c.rawStream?.remotePort > 0)
    await until('one open connection per room on each side', () => open(alice).length >= 2 && open(bob).length >= 2)
    const own = (conn: any): number => conn.rawStream.socket.address().port
    const alicePorts = new Set(open(alice).map(own))
    const bobSees = open(bob).map((c: any) => ({ key: b4a.toString(c.remotePublicKey, 'hex'), ...dataFrom(c) }))
    console.log(`room: alice's own ports ${[...alicePorts]}, bob sees alice as ${JSON.stringify(bobSees)}`)
    // two unrelated keys (one per room), one address: the port of Alice's one DHT node
    expect(new Set(bobSees.map((s) => s.key)).size).toBe(2)
    expect(new Set(bobSees.map((s) => `${s.host}:${s.port}`)).size).toBe(1)
    expect(alicePorts).toContain(bobSees[0].port)
    expect(new Set(open(bob).map(own))).toContain(dataFrom(open(alice)[0]).port)
  })

  it("direct: the handshake and the data both carry each side's own address", async () => {
    const [a, b] = [node({ firewalled: false }), node({ firewalled: false })]
    const seen = await connect(a, b, {})
    console.log('direct', JSON.stringify(seen), 'client', portsOf(a), 'server', portsOf(b))
    expect(portsOf(a)).toContain(seen.server.handshakeFrom!.port)
    expect(portsOf(a)).toContain(seen.server.dataFrom.port)
    expect(seen.server.addresses4.map((x) => x.port).some((port) => portsOf(a).includes(port))).toBe(true)
    expect(portsOf(b)).toContain(seen.client.dataFrom.port)
    expect(seen.client.addresses4.map((x) => x.port).some((port) => portsOf(b).includes(port))).toBe(true)
  })

  it("relayThrough with holepunching refused on both sides: data goes through the relay, the handshake still gives each side the other's address", async () => {
    const r = await relay()
    // firewalled nodes (hyperdht's default, as behind most home routers): neither dials the other's address at once
    const [a, b] = [node({ quickFirewall: false }), node({ quickFirewall: false })]
    const seen = await connect(a, b, { relayThrough: r.publicKey, holepunch: () => false, localConnection: false }, { holepunch: () => false })
    console.log('relayed', JSON.stringify(seen), 'client', portsOf(a), 'server', portsOf(b), 'relay', portsOf(r.dht))
    // the data path hides them from each other...
    expect(portsOf(a)).not.toContain(seen.server.dataFrom.port)
    expect(portsOf(b)).not.toContain(seen.client.dataFrom.port)
    // ...but the server learned the client's address from the DHT that carried the handshake,
    // and the client learned the server's from the server's handshake payload
    expect(portsOf(a)).toContain(seen.server.handshakeFrom!.port)
    expect(seen.client.addresses4.map((x) => x.port).some((port) => portsOf(b).includes(port))).toBe(true)
    // and the relay itself was dialled by both ends, from their own ports
    const relaySaw = r.sees.map((x) => x.port)
    console.log('the relay saw connections from', relaySaw)
    expect(relaySaw.some((port) => portsOf(a).includes(port))).toBe(true)
    expect(relaySaw.some((port) => portsOf(b).includes(port))).toBe(true)
    await r.close()
  })

  it('relayThrough to a reachable peer: the connection goes direct anyway', async () => {
    const r = await relay()
    // a server that says it is reachable is dialled at its address as soon as the handshake is done
    const [a, b] = [node({ firewalled: false }), node({ firewalled: false })]
    const seen = await connect(a, b, { relayThrough: r.publicKey })
    console.log('relay-open', JSON.stringify(seen), 'client', portsOf(a), 'server', portsOf(b), 'relay', portsOf(r.dht))
    expect(portsOf(a)).toContain(seen.server.dataFrom.port)
    expect(portsOf(b)).toContain(seen.client.dataFrom.port)
    await r.close()
  })
})
