import { z } from 'zod'
import { RoomId } from './common.ts'
import { PresenceState } from './presence-methods.ts'

/** Events the engine pushes to clients (JSON-RPC notifications, IPC messages, WebSocket frames). */
export const events = {
  /** The room's view changed (new records, or a reorder): re-run queries. */
  'room.changed': z.object({ roomId: RoomId, messageCount: z.number().int(), unread: z.number().int() }),
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
