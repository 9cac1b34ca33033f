import { fail } from '../../shared/api/errors.ts'
import { randomBytes, toHex } from '../crypto.ts'
import { signList } from '../records/list-signing.ts'
import { MAX_SUBSCRIPTIONS, MAX_TRUSTED, type ListEnvelope } from '../records/list-schema.ts'
import { LK, type OwnList, type Subscription } from '../lists/keys.ts'
import { normaliseEntry, type ListEntry } from '../lists/match.ts'
import { moderate, made } from './moderate.ts'
import { moderatorKeys } from './reports.ts'
import { requireSigningKey, writableHistory } from './guards.ts'
import type { ImplFactory } from './context.ts'
import type { Room } from '../room/room.ts'

const shown = (l: ListEnvelope) => ({ listId: l.listId, name: l.name, version: l.version, time: l.time, by: l.by, entries: l.entries })
const subscriptions = (room: Room) => room.queries.entries<Subscription>(LK.subPrefix)

/** Every entry must match something and not everything: refused before anything is signed. */
function requireEntries(entries: ListEntry[]) {
  for (const e of entries) if (!normaliseEntry(e)) throw fail('list_entry_invalid', { value: e.value.slice(0, 200) })
}

/** The owner and moderator keys of a room now: who may sign the versions of its list that follow. */
async function authorityKeys(room: Room): Promise<string[]> {
  const { owner, moderators } = await moderatorKeys(room)
  return [owner, ...moderators]
}

export const listApi: ImplFactory<'publishBlockList' | 'getBlockLists' | 'subscribeBlockList' | 'unsubscribeBlockList'> = (node) => ({
  async publishBlockList({ roomId, name, entries }) {
    requireEntries(entries)
    const kp = requireSigningKey(node, roomId)
    const room = await writableHistory(node, roomId)
    if (!(await authorityKeys(room)).includes(toHex(kp.publicKey))) throw fail('not_moderator')
    const own = await room.queries.value<OwnList>(LK.own)
    const list = signList(kp, { listId: own?.list.listId ?? toHex(randomBytes(16)), version: (own?.list.version ?? 0) + 1, name, entries, time: Date.now() })
    if (!room.writable) throw fail('not_member_yet')
    await room.append({ type: 'list-publish', list, time: list.time })
    const now = await room.queries.value<OwnList>(LK.own)
    if (now?.list.sig !== list.sig) throw fail('not_applied', { action: 'list-publish' })
    return { listId: list.listId, version: list.version }
  },

  async getBlockLists({ roomId }) {
    const room = node.room(roomId)
    const [own, subs] = await Promise.all([room.queries.value<OwnList>(LK.own), subscriptions(room)])
    return {
      own: own ? shown(own.list) : null,
      subscriptions: subs.map(({ value: s }) => ({ ...shown(s.list), source: s.source, subscribedBy: s.by, trusted: s.trusted.length }))
    }
  },

  async subscribeBlockList({ roomId, fromRoomId }) {
    const home = node.room(fromRoomId)
    const own = await home.queries.value<OwnList>(LK.own)
    if (!own) throw fail('no_block_list', { roomId: fromRoomId })
    if (fromRoomId === roomId) throw fail('own_block_list')
    const room = node.room(roomId)
    const [mine, existing, subs] = await Promise.all([
      room.queries.value<OwnList>(LK.own),
      room.queries.value<Subscription>(LK.sub(own.list.listId)),
      subscriptions(room)
    ])
    if (mine?.list.listId === own.list.listId) throw fail('own_block_list')
    if (!existing && subs.length >= MAX_SUBSCRIPTIONS) throw fail('too_many_subscriptions', { limit: MAX_SUBSCRIPTIONS })
    const source = ((await home.queries.genesis())?.name ?? 'room').slice(0, 80) || 'room'
    const record = { type: 'list-subscribe', list: own.list, trusted: (await authorityKeys(home)).slice(0, MAX_TRUSTED), source }
    await moderate(node, roomId, record, made(LK.sub(own.list.listId)))
    return { listId: own.list.listId, version: own.list.version }
  },

  async unsubscribeBlockList({ roomId, listId }) {
    const room = node.room(roomId)
    if (!(await room.queries.value<Subscription>(LK.sub(listId)))) throw fail('not_subscribed', { listId })
    await moderate(node, roomId, { type: 'list-unsubscribe', listId }, async (r) => !(await r.queries.value(LK.sub(listId))))
    return { ok: true as const }
  }
})
