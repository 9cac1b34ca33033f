import fs from 'node:fs'
import { describe, it, expect, afterAll, beforeAll, vi } from 'vitest'
import { startEngine, type Engine } from '../../src/p2p/engine.ts'
import { tmpDir, until } from '../helpers/peers.ts'

/**
 * Posts from many callers go out in batches (one append, one apply run, one fsync of the log),
 * each acknowledged only once it is applied and synced; refusals stay per post.
 */
describe('batched posting (group commit)', () => {
  let engine: Engine
  let roomId = ''
  const dir = tmpDir('hearth-postq-')
  const post = (text: string) => engine.dispatch('postMessage', { roomId, text }) as Promise<{ messageId: string }>

  beforeAll(async () => {
    engine = await startEngine({ storage: dir, offline: true })
    roomId = ((await engine.dispatch('createRoom', { name: 'Queue', displayName: 'Q' })) as { roomId: string }).roomId
    // the creator's box key is appended once the room's first updates are over (epochs/follow.ts):
    // let it land before the batches these tests count
    const room = engine.node.room(roomId)
    await until("the creator's box key", async () => !!(await room.queries.member(room.memberId))?.box, 10_000)
  })
  afterAll(async () => {
    vi.restoreAllMocks()
    await engine.close()
    fs.rmSync(dir, { recursive: true, force: true })
  })

  /**
   * Holds the room's first batch while it is being written, so what arrives meanwhile is known,
   * not left to the scheduler: `sizes` records each batch, `release` lets the first one go on.
   */
  function holdFirstBatch() {
    const room = engine.node.room(roomId)
    const write = room.appendBatch.bind(room)
    const sizes: number[] = []
    let release!: () => void
    const held = new Promise<void>((r) => (release = r))
    const spy = vi.spyOn(room, 'appendBatch').mockImplementation(async (records, opts) => {
      sizes.push(records.length)
      if (sizes.length === 1) await held
      return write(records, opts)
    })
    const queued = vi.spyOn(engine.node.posts(roomId), 'post')
    /** Waits until `n` posts reached the queue and `batches` batches were started; a timeout prints both. */
    const reached = (what: string, n: number, batches: number) =>
      until(
        what,
        () => {
          if (queued.mock.calls.length !== n || sizes.length !== batches)
            throw new Error(`${queued.mock.calls.length} queued, batches ${JSON.stringify(sizes)}`)
          return true
        },
        5000,
        10
      )
    return { sizes, release, reached, restore: () => (spy.mockRestore(), queued.mockRestore()) }
  }

  it('posts that arrive while a batch is written go out together in the next one: all acknowledged with their own ids, in call order', async () => {
    const hold = holdFirstBatch()
    const texts = Array.from({ length: 200 }, (_, i) => `concurrent ${i}`)
    const first = post(texts[0])
    await hold.reached('the first batch to be written', 1, 1)
    const rest = texts.slice(1).map(post)
    await hold.reached('the other 199 posts to reach the queue', 200, 1)
    hold.release()
    const ids = (await Promise.all([first, ...rest])).map((a) => a.messageId)
    hold.restore()
    expect(hold.sizes).toEqual([1, 199])
    expect(new Set(ids).size).toBe(200)
    for (const [i, id] of ids.entries()) {
      const { message } = (await engine.dispatch('getMessage', { roomId, messageId: id })) as any
      expect(message.text).toBe(texts[i])
    }
    // one writer's posts keep the order they were called in
    const page = (await engine.dispatch('getMessages', { roomId, limit: 200 })) as any
    expect(page.messages.map((m: any) => m.text)).toEqual(texts)
  })

  it('fsyncs the write-ahead log before acknowledging, once per batch rather than once per post', async () => {
    const syncs: string[] = []
    const open = fs.promises.open
    vi.spyOn(fs.promises, 'open').mockImplementation(async (...args: Parameters<typeof open>) => {
      const fh = await open(...args)
      const datasync = fh.datasync.bind(fh)
      fh.datasync = async () => {
        syncs.push(String(args[0]))
        return datasync()
      }
      return fh
    })
    const walSyncs = () => syncs.filter((f) => /\/corestore\/db\/\d+\.log$/.test(f)).length
    await post('one alone')
    expect(walSyncs()).toBeGreaterThan(0) // before the post was acknowledged
    syncs.length = 0
    const hold = holdFirstBatch()
    const first = post('burst 0')
    await hold.reached('the first batch to be written', 1, 1)
    const rest = Array.from({ length: 99 }, (_, i) => post(`burst ${i + 1}`))
    await hold.reached('the other 99 posts to reach the queue', 100, 1)
    hold.release()
    await Promise.all([first, ...rest])
    hold.restore()
    vi.mocked(fs.promises.open).mockRestore()
    expect(hold.sizes).toEqual([1, 99])
    // one sync per batch (two batches), plus the old log's if RocksDB rolled to a new one between
    expect(walSyncs()).toBeGreaterThanOrEqual(2)
    expect(walSyncs()).toBeLessThanOrEqual(3)
  })

  it('refuses, per post, what apply would refuse: slow mode lets the first of a burst through', async () => {
    roomId = ((await engine.dispatch('createRoom', { name: 'Slow', displayName: 'S' })) as { roomId: string }).roomId
    await engine.dispatch('setRoomSettings', { roomId, slowModeSeconds: 30 })
    const results = await Promise.allSettled([post('first'), post('second'), post('third')])
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'rejected'])
    expect(String((results[1] as PromiseRejectedResult).reason.message)).toMatch(/Slow mode is on/)
    const page = (await engine.dispatch('getMessages', { roomId, limit: 1 })) as any
    expect(page.messages[0].text).toBe('first')
  })
})
