import crypto from 'node:crypto'
import { converged, until, type Peer } from './peers.ts'

/**
 * Appends records through a peer's own writer, skipping every check the API makes first: what a
 * modified client can do. Only apply, on every peer, stands between these records and the room.
 * A peer that is not (or no longer) a writer appends optimistically, as such a client would.
 */
export async function rawAppend(peer: Peer, roomId: string, ...records: Array<Record<string, unknown>>): Promise<string[]> {
  const ids: string[] = []
  const room = peer.node.room(roomId)
  for (const record of records) ids.push(await room.append(record, { optimistic: !room.writable }))
  return ids
}

type Seen = { skipped: number; viewHash: string; messages: number }

async function seen(peer: Peer, roomId: string): Promise<Seen> {
  // the room's own queries, not getRoom: an attacker that is not a writer would wait in settle()
  const room = peer.node.room(roomId)
  const [counters, viewHash] = await Promise.all([room.queries.counters(), stateDigest(room.base.view)])
  return { skipped: counters.skipped, viewHash, messages: counters.messages }
}

/**
 * A digest of the room's state: every key and value of the view but the bookkeeping a refused
 * record may still write (its spent nonce: a signed record counts once, refused or not), the
 * skip count, the write hash (it folds those nonces) and the apply marks. Equal before and after
 * means the attack changed nothing, the room's clock (kept in the counters) included.
 */
async function stateDigest(view: any): Promise<string> {
  const h = crypto.createHash('sha256')
  for await (const { key, value } of view.createReadStream()) {
    if (key.startsWith('nonce/') || key.startsWith('applied/')) continue
    const kept = key === 'meta/counters' ? { ...value, skipped: null, hash: null } : value
    h.update(key).update('\0').update(JSON.stringify(kept)).update('\0')
  }
  return h.digest('hex')
}

/**
 * Each member publishes its box key once its first updates are over (epochs/follow.ts), a moment
 * after joining: one landing mid-attack would read as the attack changing the view. Waits until
 * every peer that can write sees every such peer's key.
 */
async function boxKeysEverywhere(peers: Peer[], roomId: string) {
  const writers = peers.filter((q) => q.node.room(roomId).writable)
  for (const q of writers) {
    const id = q.node.room(roomId).memberId
    for (const p of peers) await until(`${q.name}'s box key on ${p.name}`, async () => !!(await p.node.room(roomId).queries.member(id))?.box, 20_000)
  }
}

const show = (peers: Peer[], before: Seen[], now: Seen[]) =>
  peers
    .map((p, i) => `${p.name}: skipped ${before[i].skipped} -> ${now[i].skipped}, view ${before[i].viewHash.slice(0, 8)} -> ${now[i].viewHash.slice(0, 8)}`)
    .join('; ')

/**
 * Runs an attack that appends `count` records every peer must refuse, and proves they did: each
 * peer's skipped counter rises by exactly `count` (so the records reached its apply) and its state
 * (the view, less spent nonces and counters) does not move (so nothing changed there). Peers must
 * agree before the attack. Fails at once, naming the peer, if any view changes; on a timeout it
 * prints what each peer saw.
 */
export async function refusedEverywhere(peers: Peer[], roomId: string, count: number, attack: () => Promise<unknown>, timeoutMs = 20_000) {
  await boxKeysEverywhere(peers, roomId)
  const messages = (await seen(peers[0], roomId)).messages
  await converged(peers, roomId, messages)
  const before = await Promise.all(peers.map((p) => seen(p, roomId)))
  await attack()
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const now = await Promise.all(peers.map((p) => seen(p, roomId)))
    const changed = peers.findIndex((_, i) => now[i].viewHash !== before[i].viewHash)
    if (changed >= 0) throw new Error(`${peers[changed].name} accepted part of the attack: its view changed (${show(peers, before, now)})`)
    if (now.every((s, i) => s.skipped >= before[i].skipped + count)) {
      for (const [i, s] of now.entries()) {
        if (s.skipped !== before[i].skipped + count) throw new Error(`${peers[i].name} skipped ${s.skipped - before[i].skipped} records, expected ${count}`)
      }
      return
    }
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeoutMs} ms waiting for every peer to refuse ${count} record(s): ${show(peers, before, now)}`)
    await new Promise((r) => setTimeout(r, 100))
  }
}
