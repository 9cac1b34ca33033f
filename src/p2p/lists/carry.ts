import { LK, type OwnList, type Subscription } from './keys.ts'
import type { ListCarry } from '../records/list-schema.ts'
import type { Room } from '../room/room.ts'

/** What a move to new keys brings of the room's block lists (handlers/lists.ts carryListsIn takes it in). */
export async function listCarryFrom(room: Room): Promise<ListCarry> {
  const [own, subs] = await Promise.all([room.queries.value<OwnList>(LK.own), room.queries.entries<Subscription>(LK.subPrefix)])
  return {
    own: own?.list ?? null,
    subs: subs.map(({ value: s }) => ({ list: s.list, trusted: s.trusted, source: s.source, by: s.by, time: s.time }))
  }
}
