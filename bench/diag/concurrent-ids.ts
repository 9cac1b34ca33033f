/** Diagnostic: do concurrent postMessage calls get the messageId their post is stored under? */
import { Net } from '../../test/helpers/peers.ts'
const net = await Net.create()
const a = await net.peer('a', { offline: true })
const { roomId } = await a.call('createRoom', { name: 'Ids' })
let wrong = 0
let total = 0
for (let round = 0; round < 10; round++) {
  const res = await Promise.all(
    Array.from({ length: 30 }, (_, i) => a.call('postMessage', { roomId, text: `r${round} #${i}` }).then((r) => [r.messageId, `r${round} #${i}`]))
  )
  for (const [id, text] of res) {
    total++
    const got = await a.call('getMessage', { roomId, messageId: id }).then(
      (r) => r.message.text,
      () => null
    )
    if (got !== text) {
      wrong++
      if (wrong < 5) console.log(`id ${id.slice(-4)} for "${text}" reads "${got}"`)
    }
  }
  const ids = res.map((r) => r[0])
  if (new Set(ids).size !== ids.length) console.log(`round ${round}: duplicate ids`)
}
console.log(`${wrong}/${total} messageIds point at another (or no) message; skipped records: ${(await a.call('getRoom', { roomId })).skipped}`)
await net.close()
