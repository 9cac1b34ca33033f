/**
 * Diagnostic: a member's postMessage hanging after the owner (sole indexer) is killed mid-burst.
 * Both peers are `hearth serve` processes; the member is killed and restarted first (as in
 * test/faults/kill9.test.ts), then the owner. On a hang: is the engine still answering reads,
 * and do the stuck posts complete once the owner is back?
 * Usage: node bin/run-ts.js bench/diag/member-hang.ts [tries=6]
 */
import { CliNet } from '../../test/faults/cli-net.ts'

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
for (let attempt = 0; attempt < Number(process.argv[2] ?? 6); attempt++) {
  const net = await new CliNet().start()
  const [od, md] = [net.dir(), net.dir()]
  const owner = await net.serve(od)
  let member = await net.serve(md)
  const { roomId, invite } = await owner.call('createRoom', { name: 'Hang' })
  await member.call('joinRoom', { invite })
  const burst = (p: any, tag: string) => Array.from({ length: 15 }, (_, i) => CliNet.rpc(p, 'postMessage', { roomId, text: `${tag}-${i}` }, 15_000))
  // 1: the member dies mid-burst and comes back
  const b1 = [...burst(owner, 'o1'), ...burst(member, 'm1')]
  await sleep(100 + Math.random() * 200)
  await net.kill9(member)
  await Promise.all(b1)
  member = await net.serve(md)
  // 2: the owner dies mid-burst; the member keeps posting
  void burst(owner, 'o2')
  const m = burst(member, 'm2')
  await sleep(100 + Math.random() * 200)
  await net.kill9(owner)
  const t = Date.now()
  const res = await Promise.all(m)
  const hung = res.filter((r) => r.error).length
  console.log(`attempt ${attempt}: ${hung}/${m.length} member posts unanswered after the owner died`)
  if (hung) {
    const room = await CliNet.rpc(member, 'getRoom', { roomId }, 5000)
    console.log(`  reads still answer: ${room.result ? `yes (${room.result.messageCount} messages)` : room.error.message}`)
    const more = await CliNet.rpc(member, 'postMessage', { roomId, text: 'one more' }, 10_000)
    console.log(`  a new post: ${more.result ? 'answered' : more.error.message}`)
    await net.serve(od)
    const again = await CliNet.rpc(member, 'postMessage', { roomId, text: 'owner back' }, 30_000)
    console.log(`  after the owner restarts, a new post: ${again.result ? `answered at ${Date.now() - t} ms` : again.error.message}`)
  }
  await net.close()
}
process.exit(0)
