/**
 * Diagnostic: open a profile offline and report each room's counters, duplicate idx entries
 * (one message listed twice) and the Autobase lengths. Usage: node bin/run-ts.js bench/diag/inspect-profile.ts DIR
 */
import { startEngine } from '../../src/p2p/engine.ts'
import { K } from '../../src/p2p/room/keys.ts'

const engine = await startEngine({ storage: process.argv[2], offline: true })
for (const [roomId, room] of engine.node.rooms) {
  const base = room.base
  await base.update()
  const seen = new Map<string, string[]>()
  for await (const { key, value } of base.view.createReadStream<string | { id: string }>({ gte: K.idxPrefix, lt: K.idxPrefix + '\xff' })) {
    const id = typeof value === 'string' ? value : value.id // timeline entries hold the message (older rooms the id)
    seen.set(id, [...(seen.get(id) ?? []), key])
  }
  const dups = [...seen].filter(([, keys]) => keys.length > 1)
  console.log(
    `room ${roomId.slice(0, 8)}: counters ${JSON.stringify(await room.queries.counters())}, idx ${[...seen.values()].flat().length}, local ${base.local.length}, system ${base.core.length}/${base.core.signedLength}, view ${base.view.core.length}/${base.view.core.signedLength}`
  )
  for (const [id, keys] of dups)
    console.log(`  ${id.slice(0, 8)}…${id.slice(-4)} listed at ${keys.join(', ')}; stored ${JSON.stringify(await room.queries.rawMessage(id))}`)
}
await engine.close()
