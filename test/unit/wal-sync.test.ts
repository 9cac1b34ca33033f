import { describe, it, expect } from 'vitest'
import fs from 'node:fs'
import path from 'node:path'
import { openStore, walSyncer } from '../../src/p2p/store.ts'
import { tmpDir } from '../helpers/peers.ts'

/** This process's open write-ahead logs inside `dir`, obsolete ones ("(deleted)") too (Linux /proc). */
const openIn = (dir: string) =>
  fs
    .readdirSync('/proc/self/fd')
    .map((fd) => {
      try {
        return fs.readlinkSync(`/proc/self/fd/${fd}`)
      } catch {
        return '' // closed while listing
      }
    })
    .filter((file) => file.startsWith(dir) && file.includes('.log'))
    .sort()

describe('the write-ahead log syncer', () => {
  it.skipIf(process.platform !== 'linux')('follows RocksDB to each new log, holds one open at a time, and lets it go on close', async () => {
    const dir = tmpDir()
    const store = await openStore(path.join(dir, 'corestore'), dir)
    const core = store.get({ name: 'posts' })
    await core.ready()
    const wal = walSyncer(store)
    const db = (store as unknown as { storage: { db: { currentWalFile(): Promise<{ path: string }>; flush(): Promise<void> } } }).storage.db
    const seen = new Set<string>()
    for (let round = 0; round < 3; round++) {
      await core.append(Buffer.from(`post ${round}`))
      // concurrent callers share one sync, and every one of them resolves
      await Promise.all([wal.sync(), wal.sync(), wal.sync()])
      const current = path.join(store.storage.db.path, (await db.currentWalFile()).path)
      seen.add(current)
      // RocksDB's own handle and the syncer's, both on the current log: no older log kept open
      expect(openIn(dir)).toEqual([current, current])
      await db.flush() // RocksDB moves to a new log once the memtable is flushed
    }
    expect(seen.size).toBe(3)
    await wal.close()
    expect(openIn(dir)).toEqual([path.join(store.storage.db.path, (await db.currentWalFile()).path)])
    await store.close()
    fs.rmSync(dir, { recursive: true, force: true })
  })
})
