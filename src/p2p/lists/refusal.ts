import { LK, type ActiveEntries, type OwnList, type Subscription } from './keys.ts'
import { firstMatch } from './match.ts'

type Get = <T>(key: string) => Promise<T | null>

/** Whether the room's block lists refuse this text (apply: a bare yes or no). */
export async function listBlocks(get: Get, ...texts: Array<string | null | undefined>): Promise<boolean> {
  const active = await get<ActiveEntries>(LK.active)
  return !!active && texts.some((t) => !!t && !!firstMatch(t, active))
}

/** What the API says when a block list refuses a post: the list's name, never the entry that matched. */
export async function listRefusal(get: Get, ...texts: Array<string | null | undefined>) {
  const active = await get<ActiveEntries>(LK.active)
  if (!active) return null
  const hit = texts.map((t) => (t ? firstMatch(t, active) : null)).find((m) => !!m)
  if (!hit) return null
  const own = await get<OwnList>(LK.own)
  const name = own?.list.listId === hit.listId ? own.list.name : ((await get<Subscription>(LK.sub(hit.listId)))?.list.name ?? null)
  return { reason: 'blocked_by_list' as const, data: { list: name } }
}
