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
 * without sync (a write survives a process crash, not a power cut), so the engine calls `sync`
 * before it acknowledges a write. Calls that arrive while an fsync runs share the next one
 * (group commit), so a burst of posts costs one fsync per batch, not one per post.
 *
 * The log's file stays open between syncs, and which log is current is asked alongside the sync:
 * one round through the thread pool instead of four in a row (ask, open, sync, close), which
 * took ~3.7 ms of a post's ~15 ms acknowledgement (docs/performance.md). `close` lets it go.
 */
export function walSyncer(store: Corestore): { sync: () => Promise<void>; close: () => Promise<void> } {
  const db = store.storage.db
  let held: { file: string; handle: fs.promises.FileHandle | null } | null = null
  let running: Promise<void> | null = null
  let queued: Promise<void> | null = null

  const open = async (file: string, dir = false): Promise<fs.promises.FileHandle | null> => {
    try {
      // Windows flushes only handles opened for writing; directories cannot be opened there
      return await fs.promises.open(file, dir ? 'r' : 'r+')
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null // obsolete: its data was flushed (and synced) into a table file
      if (dir && process.platform === 'win32') return null
      throw err
    }
  }
  const syncAndClose = async (handle: fs.promises.FileHandle | null) => {
    if (!handle) return
    try {
      await handle.datasync()
    } finally {
      await handle.close()
    }
  }
  const once = async () => {
    // a write made before this call is in the log held since the last sync, or in a newer one
    const [current] = await Promise.all([db.currentWalFile(), held?.handle?.datasync()])
    const file = path.join(db.path, current.path)
    if (held?.file === file) return
    // RocksDB moved to a new log (the held one, synced just now, is let go): sync the new log
    // and its directory entry, and hold it from now on
    const previous = held
    held = null
    await previous?.handle?.close()
    await syncAndClose(await open(db.path, true))
    const handle = await open(file)
    await handle?.datasync()
    held = { file, handle }
  }
  const start = (): Promise<void> => {
    running = once().finally(() => {
      running = null
    })
    return running
  }
  const sync = () => {
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
  const close = async () => {
    await Promise.allSettled([running, queued])
    const last = held
    held = null
    await last?.handle?.close().catch(() => {})
  }
  return { sync, close }
}
