import { HearthNode, type NodeOptions } from './node.ts'
import { createDispatch } from './api/index.ts'
import { completeJoin } from './join.ts'
import type { ApiOptions } from './api/context.ts'
import type { EventName } from '../shared/api/events.ts'

export type EngineOptions = NodeOptions &
  ApiOptions & {
    /** Coalesce a room's 'room.changed' events to at most one per this many ms (default 100). */
    eventThrottleMs?: number
  }

export interface Engine {
  node: HearthNode
  /** Validates params against the contract; rejects with HearthError { code, message }. */
  dispatch(method: string, params: unknown): Promise<unknown>
  onEvent(listener: (event: EventName, payload: unknown) => void): () => void
  close(): Promise<void>
}

/** Opens a profile, resumes unfinished joins, and serves the contract. */
export async function startEngine(opts: EngineOptions): Promise<Engine> {
  const node = new HearthNode(opts)
  await node.open()
  const dispatch = createDispatch(node, opts)
  const listeners = new Set<(event: EventName, payload: unknown) => void>()
  const emit = (event: EventName, payload: unknown) => {
    for (const l of listeners) l(event, payload)
  }

  // Leading and trailing edge: the first change after a quiet spell goes out at once (a trailing-only
  // 100 ms throttle made room.changed ~5x slower than the raw stack's update, docs/performance.md);
  // a burst still yields at most one event per room per throttle window, and always a final one.
  const pending = new Map<string, NodeJS.Timeout>()
  const lastSent = new Map<string, number>()
  const throttle = opts.eventThrottleMs ?? 100
  const send = async (roomId: string) => {
    lastSent.set(roomId, Date.now())
    const entry = node.profile.get(roomId)
    if (!node.rooms.get(roomId) || !entry) return
    const messages = await node
      .history(roomId)
      .total()
      .catch(() => 0)
    emit('room.changed', { roomId, messageCount: messages, unread: Math.max(0, messages - entry.lastRead) })
  }
  node.on('room-update', (roomId: string) => {
    if (pending.has(roomId)) return
    const wait = (lastSent.get(roomId) ?? 0) + throttle - Date.now()
    if (wait <= 0) return void send(roomId)
    pending.set(
      roomId,
      setTimeout(() => {
        pending.delete(roomId)
        void send(roomId)
      }, wait)
    )
  })
  node.on('room-peers', (roomId: string, peers: number) => emit('room.peers', { roomId, peers }))
  node.on('rooms-changed', () => emit('rooms.changed', {}))
  node.presence.on('change', (roomId: string, state: object) => emit('room.presence', { roomId, ...state }))

  for (const entry of node.profile.rooms.values()) {
    if (entry.pendingJoin) completeJoin(node, entry.roomId, 2 ** 31 - 1).catch((err) => node.emit('log', `join: ${err.message}`))
  }

  return {
    node,
    dispatch,
    onEvent(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    async close() {
      for (const t of pending.values()) clearTimeout(t)
      listeners.clear()
      await node.close()
    }
  }
}
