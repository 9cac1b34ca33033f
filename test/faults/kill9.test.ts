import { describe, it, expect, afterAll, beforeAll } from 'vitest'
import { CliNet, cliConverged } from './cli-net.ts'
import { until } from '../helpers/peers.ts'
import { LONG, prng, seedFor, sleep } from './support.ts'
import type { CliPeer } from '../helpers/cli-peer.ts'

const ROUNDS = LONG ? 20 : 5
const BURST = 30

/**
 * kill -9 a `hearth serve` in the middle of a burst of posts, again and again. Whatever the caller
 * got a messageId for must be there after the restart (on the killed peer and on the other one),
 * under that id, and no id may ever be handed out twice.
 */
describe('kill -9 during a burst of posts', () => {
  const net = new CliNet()
  const seed = seedFor('kill9')
  const rand = prng(seed)
  const peers: CliPeer[] = []
  let dirs: string[] = []
  let roomId = ''

  beforeAll(async () => {
    await net.start()
    dirs = [net.dir(), net.dir()]
    peers.push(...(await Promise.all(dirs.map((d) => net.serve(d)))))
    const created = await peers[0].call('createRoom', { name: 'Crash test', displayName: 'Ash' })
    roomId = created.roomId
    expect((await peers[1].call('joinRoom', { invite: created.invite, displayName: 'Birch' })).state).toBe('ready')
  })
  afterAll(() => net.close())

  it(`every acknowledged post survives ${ROUNDS} SIGKILLs and the peers converge`, { timeout: LONG ? 600_000 : 110_000 }, async () => {
    const acked = new Map<string, string>() // messageId -> text, across all rounds
    const errors: string[] = []
    for (let round = 0; round < ROUNDS; round++) {
      // alternate the victim, so the indexer (the owner, peer 0) dies too
      const v = round % 2 === 0 ? 1 : 0
      const killAt = rand.int(0, BURST - 1) // victim acks before the kill (it may get a few more out)
      let victimAcks = 0
      let killed = false
      let fire!: () => void
      const reached = new Promise<void>((r) => {
        fire = r
      })
      const ack = (who: number, text: string) => (res: any) => {
        if (!res.result) {
          if (who === v && killed) return // the victim died before answering: not acknowledged
          console.log(`post "${text}" failed: ${res.error?.message}`)
          return errors.push(`${text}: ${res.error?.message}`)
        }
        const prev = acked.get(res.result.messageId)
        if (prev !== undefined) errors.push(`id ${res.result.messageId} given to "${text}" was already given to "${prev}"`)
        acked.set(res.result.messageId, text)
        if (who === v && ++victimAcks >= killAt) fire()
      }
      // three concurrent posters per peer: acks trickle in, so the kill lands mid-burst
      const posts = peers.map((p, who) =>
        Promise.all(
          [0, 1, 2].map(async (lane) => {
            for (let i = lane; i < BURST && !(who === v && killed); i += 3) {
              const text = `r${round} p${who} #${i}`
              await CliNet.rpc(p, 'postMessage', { roomId, text }, 15_000).then(ack(who, text))
            }
          })
        )
      )
      if (killAt === 0) fire()
      await Promise.race([reached, sleep(5000)])
      await sleep(rand.int(0, 20))
      killed = true
      await net.kill9(peers[v])
      await posts[1 - v] // the survivor answers all of its posts
      peers[v] = await net.serve(dirs[v])
      // the restarted peer reads every post it acknowledged before dying, from its own disk
      const me = (await peers[v].call('whoami', { roomId })).memberId
      for (const [messageId, text] of acked) {
        if (!messageId.startsWith(me)) continue
        const res = await until(
          `acked "${text}" on the restarted peer`,
          async () => (await CliNet.rpc(peers[v], 'getMessage', { roomId, messageId })).result,
          15_000,
          50
        ).catch(async (err) => {
          // say whether the text is there under another id (a wrong ack) or gone (a lost post)
          const found = (await allMessages(peers[v], roomId)).filter((m) => m.text === text).map((m) => m.id)
          const { skipped } = await peers[v].call('getRoom', { roomId })
          throw new Error(`${err.message}; by text: ${found.length ? found.join(', ') : 'absent'}; records skipped by apply: ${skipped}`)
        })
        expect(res.message.text, `message ${messageId}`).toBe(text)
      }
      console.log(`round ${round}: killed peer ${v} after ${victimAcks} of its acks; ${acked.size} acknowledged so far`)
    }
    expect(errors).toEqual([])
    const room = await cliConverged(peers, roomId, acked.size, 60_000)
    // nothing acknowledged is missing anywhere, nothing appears twice
    for (const p of peers) {
      const messages = await allMessages(p, roomId)
      const texts = messages.map((m: any) => m.text)
      const dups = messages.filter((m: any, i: number) => texts.indexOf(m.text) !== i || texts.lastIndexOf(m.text) !== i)
      expect(dups.map((m: any) => `${m.text} as ${m.id.slice(0, 8)}…${m.id.slice(-5)} at ${m.index}`)).toEqual([])
      for (const [messageId, text] of acked) expect(messages.find((m: any) => m.id === messageId)?.text, messageId).toBe(text)
    }
    expect(room.skipped).toBe(0)
  })
})

/** Every message of the room, paging back from the newest. */
async function allMessages(p: CliPeer, roomId: string) {
  const out: any[] = []
  let before: string | undefined
  for (;;) {
    const page = await p.call('getMessages', { roomId, limit: 500, ...(before ? { before } : {}) })
    out.unshift(...page.messages)
    if (!page.hasMore || !page.messages.length) return out
    before = page.messages[0].id
  }
}
