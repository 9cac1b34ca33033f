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

async function openRoom(entry: { ns: string; key: string | null; ek: string }, systemKey?: string) {
  const room = new RawRoom(store.namespace(entry.ns), entry.key ? b4a.from(entry.key, 'hex') : null, {
    encryptionKey: b4a.from(entry.ek, 'hex'),
    fastForwardKey: systemKey ? b4a.from(systemKey, 'hex') : undefined
  })
  await room.ready()
  const key = b4a.toString(room.key, 'hex')
  rooms.set(key, room)
  notifyUpdates(key, room)
  if (swarm) swarm.join(room.base.discoveryKey, { server: true, client: true })
  return { room, key }
}

/**
 * Like Hearth's room.changed: on a view update, the count and the messages added since the last
 * notice (at most 100, else none: the client re-reads). One read at a time; updates that arrive
 * during it are answered by one more read right after (the same coalescing as Hearth's engine).
 */
function notifyUpdates(key: string, room: RawRoom) {
  let known = -1
  let reading = false
  let again = false
  const notify = async () => {
    if (reading) return void (again = true)
    reading = true
    try {
      do {
        again = false
        const count = await room.count().catch(() => -1)
        const added = known >= 0 && count > known && count - known <= 100 ? await room.since(known) : undefined
        known = count
        send({ method: 'update', params: { roomKey: key, count, ...(added ? { messages: added } : {}) } })
      } while (again)
    } finally {
      reading = false
    }
  }
  room.base.on('update', () => void notify())
}

const methods: Record<string, (p: any) => Promise<unknown>> = {
  async create() {
    const entry = { ns: crypto.randomBytes(16).toString('hex'), key: null, ek: crypto.randomBytes(32).toString('hex') }
    const { key } = await openRoom(entry)
    list.push({ ...entry, key })
    fs.writeFileSync(listFile, JSON.stringify(list))
    return { roomKey: key, encryptionKey: entry.ek }
  },
  /** Opens a room by key; `systemKey` (hex) fast-forwards a newcomer like Hearth's invite hint. */
  async open({ roomKey, encryptionKey, systemKey }) {
    const entry = { ns: crypto.randomBytes(16).toString('hex'), key: roomKey, ek: encryptionKey }
    const { room } = await openRoom(entry, systemKey)
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
  async systemKey({ roomKey }) {
    return { systemKey: b4a.toString(rooms.get(roomKey)!.base.core.key, 'hex') }
  },
  async rooms() {
    return { rooms: [...rooms.keys()] }
  }
}

await store.ready()
// side by side, like Hearth's engine (node.ts open): cold start compares the stacks, not the order
await Promise.all(list.map((entry) => openRoom(entry)))
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
