import b4a from 'b4a'
import type { Genesis, Moved } from '../room/keys.ts'
import { K } from '../room/keys.ts'
import type { Room } from '../room/room.ts'

/**
 * Whether `next` is the room that `moved` (accepted in `prev`) moved to: its genesis names `prev`
 * and that very rekey, was signed by the same authority, keeps the owner, and carries exactly the
 * moderators and members the rekey sealed to. A mover cannot hand followers a room with other
 * owners, moderators or members than the ones every peer of the old room agreed on.
 */
export async function genuineMove(prev: Room, moved: Moved, next: Room): Promise<boolean> {
  const [old, g] = await Promise.all([prev.queries.genesis(), next.queries.genesis()])
  if (!old || !g?.prev) return false
  const carried = (g as Genesis & { moderators?: string[] }).moderators ?? []
  const members = (await next.queries.entries(K.carriedPrefix)).map(({ key }) => key.slice(K.carriedPrefix.length))
  return (
    g.prev.key === b4a.toString(prev.key, 'hex') &&
    g.prev.rekey === moved.nonce &&
    g.by === moved.by &&
    g.owner === old.owner &&
    sameSet(carried, moved.moderators) &&
    sameSet(
      members,
      moved.sealed.map((s) => s.to)
    )
  )
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && new Set(a).size === a.length && a.every((x) => b.includes(x))
