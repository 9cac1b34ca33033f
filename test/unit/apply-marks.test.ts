import { describe, it, expect, afterEach } from 'vitest'
import b4a from 'b4a'
import Corestore from 'corestore'
import { makeApply } from '../../src/p2p/room/apply.ts'
import { Hyperbee } from '../../src/p2p/compat/autobase.ts'
import { K, appliedLength, type Counters, type MemberRecord } from '../../src/p2p/room/keys.ts'
import type { RoomClock } from '../../src/p2p/room/clock.ts'
import type { ApplyNode, Host } from '../../src/p2p/room/apply-context.ts'
import { randomBytes } from '../../src/p2p/crypto.ts'
import { tmpDir } from '../helpers/peers.ts'

// Apply's bookkeeping, on a real Hyperbee on disk: the replay guard's marks (a post's member
// record carries its own; other records write applied/) and the room clock kept in the counters.

const host: Host = { addWriter: async () => {}, removeWriter: async () => {}, ackWriter: async () => {} }
const writer = randomBytes(32)
const author = b4a.toString(writer, 'hex')
const stores: Array<{ close(): Promise<void> }> = []

async function room(seed: Record<string, unknown> = {}) {
  const store = new Corestore(tmpDir('hearth-apply-'))
  stores.push(store)
  const view = new Hyperbee(store.get({ name: 'view' }), { keyEncoding: 'utf-8', valueEncoding: 'json', extension: false })
  await (view as unknown as { ready(): Promise<void> }).ready()
  const start = view.batch()
  const genesis = { name: 'r', owner: 'aa'.repeat(32), time: 1, creator: 'bb'.repeat(32) }
  const member: MemberRecord = { name: 'Sam', posts: 0, joinedBy: null }
  for (const [key, value] of Object.entries({ [K.genesis]: genesis, [K.member(author)]: member, ...seed })) await start.put(key, value)
  await start.flush()
  const apply = makeApply(() => randomBytes(32))
  const node = (length: number, record: object): ApplyNode => ({ value: b4a.from(JSON.stringify({ v: 1, ...record })), from: { key: writer }, length })
  const run = (...nodes: ApplyNode[]) => apply(nodes, view as never, host)
  const value = async <T>(key: string) => ((await view.get(key)) as { value: T } | null)?.value ?? null
  return { view, node, run, value }
}

afterEach(async () => {
  for (const s of stores.splice(0)) await s.close()
})

describe('apply marks', () => {
  it("a post's member record carries its mark; a node handed in again is not applied twice", async () => {
    const { node, run, value } = await room()
    const post = node(2, { type: 'post', text: 'hello', time: 1000 })
    await run(post)
    expect((await value<MemberRecord>(K.member(author)))?.applied).toBe(2)
    expect(await value(K.applied(author))).toBeNull() // no separate write for a post
    await run(post) // what Autobase 7.28.1 can do after a kill -9
    expect((await value<Counters>(K.counters))?.messages).toBe(1)
    expect((await value<MemberRecord>(K.member(author)))?.posts).toBe(1)
  })

  it('a record that does not write the member record leaves its own mark, and a replay of it is ignored', async () => {
    const { node, run, value } = await room()
    await run(node(2, { type: 'post', text: 'hello', time: 1000 }))
    const rename = node(3, { type: 'profile', name: 'Sam B', time: 1001 })
    await run(rename)
    expect((await value<MemberRecord>(K.member(author)))?.applied).toBe(2)
    expect(await value(K.applied(author))).toBe(3)
    const get = <T>(key: string) => value<T>(key)
    expect(await appliedLength(get, author)).toBe(3)
    // the post and the rename replayed, then a new post: only the new post counts
    await run(node(2, { type: 'post', text: 'hello', time: 1000 }), rename, node(4, { type: 'post', text: 'again', time: 1002 }))
    expect((await value<Counters>(K.counters))?.messages).toBe(2)
    expect(await appliedLength(get, author)).toBe(4)
  })

  it('keeps the clock in the counters, starting from the clock a view written before held under its own key', async () => {
    const other = 'cc'.repeat(32)
    const legacy: RoomClock = { top: [{ author: other, time: 5_000_000 }] }
    const { node, run, value } = await room({ [K.clock]: legacy })
    // a claim an hour past everyone else's is held to the tolerance (clock.ts), measured from the old clock
    await run(node(2, { type: 'post', text: 'hello', time: 5_000_000 + 3_600_000 }))
    const clock = (await value<Counters>(K.counters))?.clock
    expect(clock?.top.find((t) => t.author === other)?.time).toBe(5_000_000)
    expect(clock?.top.find((t) => t.author === author)?.time).toBe(5_000_000 + 600_000)
    expect(await value(K.clock)).toEqual(legacy) // not rewritten: one write less per record
  })
})
