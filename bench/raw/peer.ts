/**
 * A raw-Autobase peer process, driven like `hearth serve`: one JSON object per line on
 * stdin/stdout ({id, method, params} -> {id, result|error}; {method:'ready'|'update'} notices).
 * One Corestore, one Hyperswarm on a loopback DHT, one namespace per room; rooms.json lists them
 * so a restart reopens every room (the cold-start figure).
 * Usage: node bin/run-ts.js bench/raw/peer.ts --storage DIR [--bootstrap 127.0.0.1:PORT]
 */
import fs from 'node:fs'
import path from 'node:path'
import readline from 'node:readline'
import { parseArgs } from 'node:util'
import crypto from 'node:crypto'
import Corestore from 'corestore'
import Hyperswarm from 'hyperswarm'
import DHT from 'hyperdht'
import b4a from 'b4a'
import { RawRoom } from './room.ts'

const { values } = parseArgs({ options: { storage: { type: 'string' }, bootstrap: { type: 'string' } } })
const dir = path.resolve(values.storage!)
fs.mkdirSync(dir, { recursive: true })
const listFile = path.join(dir, 'rooms.json')
const list: Array<{ ns: string; key: string; ek: string }> = fs.existsSync(listFile) ? JSON.parse(fs.readFileSync(listFile, 'utf8')) : []
const store = new Corestore(path.join(dir, 'corestore'))
const rooms = new Map<string, RawRoom>()
const send = (o: unknown) => process.stdout.write(JSON.stringify(o) + '\n')

let swarm: any = null
if (values.bootstrap) {
  const [host, port] = values.bootstrap.split(':')
  swarm = new Hyperswarm({ dht: new DHT({ bootstrap: [{ host, port: Number(port) }], host: '127.0.0.1', ephemeral: true, firewalled: false }) })
  swarm.on('connection', (conn: any) => {
    conn.on('error', () => {})
    for (const r of rooms.values()) r.base.replicate(conn)
  })
}

async function openRoom(entry: { ns: string; key: string | null; ek: string }) {
  const room = new RawRoom(store.namespace(entry.ns), entry.key ? b4a.from(entry.key, 'hex') : null, { encryptionKey: b4a.from(entry.ek, 'hex') })
  await room.ready()
  const key = b4a.toString(room.key, 'hex')
  rooms.set(key, room)
  // like Hearth's room.changed, but unthrottled: the count is read on every view update
  room.base.on('update', async () => send({ method: 'update', params: { roomKey: key, count: await room.count().catch(() => -1) } }))
  if (swarm) swarm.join(room.base.discoveryKey, { server: true, client: true })
  return { room, key }
}

const methods: Record<string, (p: any) => Promise<unknown>> = {
  async create() {
    const entry = { ns: crypto.randomBytes(16).toString('hex'), key: null, ek: crypto.randomBytes(32).toString('hex') }
    const { key } = await openRoom(entry)
    list.push({ ...entry, key })
    fs.writeFileSync(listFile, JSON.stringify(list))
    return { roomKey: key, encryptionKey: entry.ek }
  },
  async open({ roomKey, encryptionKey }) {
    const entry = { ns: crypto.randomBytes(16).toString('hex'), key: roomKey, ek: encryptionKey }
    const { room } = await openRoom(entry)
    list.push(entry)
    fs.writeFileSync(listFile, JSON.stringify(list))
    return { writerKey: room.writerKey }
  },
  async addWriter({ roomKey, writerKey }) {
    await rooms.get(roomKey)!.addWriter(writerKey)
    return {}
  },
  async waitWritable({ roomKey }) {
    const base = rooms.get(roomKey)!.base
    while (!base.writable) await new Promise((r) => base.once('writable', r))
    return {}
  },
  async post({ roomKey, text }) {
    return { id: await rooms.get(roomKey)!.post(text) }
  },
  async has({ roomKey, id }) {
    return { found: (await rooms.get(roomKey)!.latest(50)).some((m) => m.id === id) }
  },
  async latest({ roomKey, limit }) {
    return { messages: await rooms.get(roomKey)!.latest(limit) }
  },
  async count({ roomKey }) {
    return { count: await rooms.get(roomKey)!.count() }
  },
  async rooms() {
    return { rooms: [...rooms.keys()] }
  }
}

await store.ready()
for (const entry of list) await openRoom(entry)
send({ method: 'ready', params: { rooms: rooms.size } })

const rl = readline.createInterface({ input: process.stdin })
rl.on('line', async (line) => {
  const { id, method, params } = JSON.parse(line)
  try {
    send({ id, result: await methods[method](params ?? {}) })
  } catch (err) {
    send({ id, error: { message: (err as Error).message } })
  }
})
rl.on('close', async () => {
  await swarm?.destroy()
  for (const r of rooms.values()) await r.close()
  await store.close()
  process.exit(0)
})
