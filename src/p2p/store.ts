import fs from 'node:fs'
import path from 'node:path'
import { Corestore } from './compat/corestore.ts'
import { fail } from '../shared/api/errors.ts'

/** Opens the root Corestore with errors that name the directory and say what to do. */
export async function openStore(dir: string, profileDir: string): Promise<Corestore> {
  const store = new Corestore(dir)
  try {
    await store.ready()
    return store
  } catch (caught) {
    const err = caught as NodeJS.ErrnoException | null | undefined
    await store.close().catch(() => {})
    const msg = String(err?.message ?? err)
    if (/lock/i.test(msg)) {
      throw fail('storage_locked', { dir: profileDir })
    }
    if (err?.code === 'EACCES' || err?.code === 'EROFS' || /permission|read-only/i.test(msg)) {
      throw fail('storage_unwritable', { dir, detail: msg })
    }
    throw fail('storage_corrupt', { dir, detail: msg })
  }
}

/**
 * Makes what the store has written durable: fsyncs RocksDB's write-ahead log. Hypercore writes
 * without sync (a write survives a process crash, not a power cut), so the engine calls this
 * before it acknowledges a write. Calls that arrive while an fsync runs share the next one
 * (group commit), so a burst of posts costs one fsync per batch, not one per post.
 */
export function walSyncer(store: Corestore): () => Promise<void> {
  const db = store.storage.db
  let synced = '' // the WAL file synced last: when RocksDB rolls to a new one, the old one is synced too
  let running: Promise<void> | null = null
  let queued: Promise<void> | null = null

  const fsyncFile = async (file: string, dir = false) => {
    let fh: fs.promises.FileHandle
    try {
      // Windows flushes only handles opened for writing; directories cannot be opened there
      fh = await fs.promises.open(file, dir ? 'r' : 'r+')
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return // obsolete: its data was flushed (and synced) into a table file
      if (dir && process.platform === 'win32') return
      throw err
    }
    try {
      await fh.datasync()
    } finally {
      await fh.close()
    }
  }
  const once = async () => {
    const wal = path.join(db.path, (await db.currentWalFile()).path)
    if (synced && synced !== wal) await fsyncFile(synced)
    if (synced !== wal) await fsyncFile(db.path, true) // the new log's directory entry
    await fsyncFile(wal)
    synced = wal
  }
  const start = (): Promise<void> => {
    running = once().finally(() => {
      running = null
    })
    return running
  }
  return () => {
    if (!running) return start()
    // an fsync is under way, but it may have begun before the caller's write: wait for the next
    queued ??= running
      .catch(() => {})
      .then(() => {
        queued = null
        return start()
      })
    return queued
  }
}
