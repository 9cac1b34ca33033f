import fs from 'node:fs'
import { describe, it, expect, afterAll, beforeAll, vi } from 'vitest'
import { startEngine, type Engine } from '../../src/p2p/engine.ts'
import { tmpDir } from '../helpers/peers.ts'

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
  })
  afterAll(async () => {
    vi.restoreAllMocks()
    await engine.close()
    fs.rmSync(dir, { recursive: true, force: true })
  })

  it('200 concurrent posts: all acknowledged with their own ids, in fewer appends, in call order', async () => {
    const room = engine.node.room(roomId)
    const appends = vi.spyOn(room, 'appendBatch')
    const texts = Array.from({ length: 200 }, (_, i) => `concurrent ${i}`)
    const acks = await Promise.all(texts.map(post))
    const ids = acks.map((a) => a.messageId)
    expect(new Set(ids).size).toBe(200)
    for (const [i, id] of ids.entries()) {
      const { message } = (await engine.dispatch('getMessage', { roomId, messageId: id })) as any
      expect(message.text).toBe(texts[i])
    }
    // one writer's posts keep the order they were called in
    const page = (await engine.dispatch('getMessages', { roomId, limit: 200 })) as any
    expect(page.messages.map((m: any) => m.text)).toEqual(texts)
    expect(appends.mock.calls.length).toBeGreaterThan(0)
    expect(appends.mock.calls.length).toBeLessThan(50)
    appends.mockRestore()
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
    await post('one alone')
    expect(syncs.some((f) => /\/corestore\/db\/\d+\.log$/.test(f))).toBe(true)
    syncs.length = 0
    await Promise.all(Array.from({ length: 100 }, (_, i) => post(`burst ${i}`)))
    const walSyncs = syncs.filter((f) => f.endsWith('.log')).length
    expect(walSyncs).toBeGreaterThan(0)
    expect(walSyncs).toBeLessThan(30)
    vi.mocked(fs.promises.open).mockRestore()
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
