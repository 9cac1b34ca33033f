import type { HearthNode } from './node.ts'
import type { Room } from './room/room.ts'
import { ViewChanges } from './room/changes.ts'
import type { EventPayload } from '../shared/api/events.ts'

/**
 * Builds each room's `room.changed` payload: its counts and, when the engine can tell, the
 * messages new or changed since the room's previous event (room/changes.ts), numbered across the
 * room's moves to new keys like getMessages numbers them. A client holding the newest page
 * merges them instead of re-reading it; without them, it re-reads.
 */
export function changedEvents(node: HearthNode) {
  const tracked = new Map<string, { room: Room; changes: ViewChanges; offset: number }>()
  return async (roomId: string): Promise<EventPayload<'room.changed'> | null> => {
    const room = node.rooms.get(roomId)
    const entry = node.profile.get(roomId)
    if (!room || !entry) return null
    let t = tracked.get(roomId)
    // a move to new keys starts over: the first look at a room only marks where it stands
    if (!t || t.room !== room) tracked.set(roomId, (t = { room, changes: new ViewChanges(() => room.base.view), offset: -1 }))
    // one round, not two: the counts do not depend on what was written
    const [written, counts] = await Promise.all([
      t.changes.since().catch(() => null),
      node
        .history(roomId)
        .counts()
        .catch(() => [0])
    ])
    const messageCount = counts.reduce((a, b) => a + b, 0)
    // messages of the rooms this one continues come first: if their number moved, so did every index
    const offset = messageCount - (counts.at(-1) ?? 0)
    const sameOffset = offset === t.offset
    t.offset = offset
    const messages =
      written && sameOffset
        ? (await room.queries.presentTimeline(written.entries, written.members).catch(() => null))?.map((m) =>
            m.index < 0 ? m : { ...m, index: m.index + offset }
          )
        : undefined
    return { roomId, messageCount, unread: Math.max(0, messageCount - entry.lastRead), ...(messages ? { messages } : {}) }
  }
}
