import { z } from 'zod'
import { RoomId, Message } from './common.ts'
import { PresenceState } from './presence-methods.ts'

/** Events the engine pushes to clients (JSON-RPC notifications, IPC messages, WebSocket frames). */
export const events = {
  /**
   * The room's view changed (new records, or a reorder), or its read mark moved (markRead): re-run
   * queries. `messages`, when present, are every message new or changed since the room's previous
   * room.changed, oldest write first: a client holding the newest messages can merge them by
   * `index` instead of re-reading. Absent when the engine cannot tell (a reorder, a block, a
   * rename, a burst of over ~100 posts, the first event after start): re-read then.
   */
  'room.changed': z.object({ roomId: RoomId, messageCount: z.number().int(), unread: z.number().int(), messages: z.array(Message).optional() }),
  /** Number of connected peers for a room changed. */
  'room.peers': z.object({ roomId: RoomId, peers: z.number().int() }),
  /** Ephemeral presence in a room changed: peers online, typing (a count), verified moderators on duty. */
  'room.presence': PresenceState.extend({ roomId: RoomId }),
  /** A room was added to or removed from this device. */
  'rooms.changed': z.object({})
} as const

export type Events = typeof events
export type EventName = keyof Events
export type EventPayload<E extends EventName> = z.infer<Events[E]>
export const isEventName = (name: unknown): name is EventName => typeof name === 'string' && Object.prototype.hasOwnProperty.call(events, name)
