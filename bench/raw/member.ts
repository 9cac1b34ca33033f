import path from 'node:path'
import crypto from 'node:crypto'
import Corestore from 'corestore'
import Hyperswarm from 'hyperswarm'
import { RawRoom } from './room.ts'
import type { Member } from '../members.ts'

export { rawApplyStats } from './room.ts'

/**
 * Raw Autobase members in this process for bench/members.ts: a Corestore on disk and a Hyperswarm
 * on the loopback testnet each, like Hearth's engines. The owner creates the room; a member opens
 * it, and the owner adds it as a (non-indexer) writer the moment it asks, which is all raw does
 * where Hearth checks an invite, a ticket and the room's rules.
 */
export async function rawMember(testnet: any, dir: string) {
  const encryptionKey = crypto.randomBytes(32)
  const open = async (storage: string, key: Buffer | null, name: string) => {
    const store = new Corestore(path.join(storage, 'corestore'))
    const room = new RawRoom(store, key, { encryptionKey })
    await room.ready()
    const swarm = new Hyperswarm({ dht: testnet.createNode({ firewalled: false }) })
    swarm.on('connection', (conn: any) => {
      conn.on('error', () => {})
      room.base.replicate(conn)
    })
    swarm.join(room.base.discoveryKey, { server: true, client: true })
    const member: Member = {
      name,
      post: (text) => room.post(text),
      count: () => room.count(),
      onUpdate: (cb) => {
        room.base.on('update', cb)
        return () => room.base.off('update', cb)
      },
      close: async () => {
        await swarm.destroy()
        await room.close()
        await store.close()
      }
    }
    return { room, member }
  }
  const owner = await open(dir, null, 'owner')
  let n = 0
  return {
    owner: owner.member,
    async join(storage: string) {
      const { room, member } = await open(storage, owner.room.key, `member ${++n}`)
      await owner.room.addWriter(room.writerKey)
      while (!room.base.writable) await new Promise((r) => room.base.once('writable', r))
      return member
    }
  }
}
