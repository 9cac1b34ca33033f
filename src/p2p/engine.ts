import { HearthNode, type NodeOptions } from './node.ts'
import { createDispatch } from './api/index.ts'
import { completeJoin } from './join.ts'
import { changedEvents } from './changed-event.ts'
import type { ApiOptions } from './api/context.ts'
import type { EventName } from '../shared/api/events.ts'

export type EngineOptions = NodeOptions &
  ApiOptions & {
    /** Coalesce a room's 'room.changed' events to at most one per this many ms (default 25). */
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
  // 25 ms, not 100: events carry what changed, so a client no longer re-reads per event, and in a
  // lively conversation a 100 ms window held most posts back ~50 ms (docs/performance.md).
  const pending = new Map<string, NodeJS.Timeout>()
  const lastSent = new Map<string, number>()
  const throttle = opts.eventThrottleMs ?? 25
  const changed = changedEvents(node)
  const send = async (roomId: string) => {
    lastSent.set(roomId, Date.now())
    // a room left or closing while its event is built has nothing to say (and must not throw)
    const payload = await changed(roomId).catch(() => null)
    if (payload) emit('room.changed', payload)
  }
  // a view change, or markRead (the unread count changed, nothing else: the event carries no messages)
  node.on('room-update', onRoomChange)
  node.on('room-read', onRoomChange)
  function onRoomChange(roomId: string) {
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
  }
  node.on('room-peers', (roomId: string, peers: number) => emit('room.peers', { roomId, peers }))
  node.on('rooms-changed', () => emit('rooms.changed', {}))
  node.presence.on('change', (roomId: string, state: object) => emit('room.presence', { roomId, ...state }))

  for (const entry of node.profile.rooms.values()) {
    if (entry.pendingJoin) completeJoin(node, entry.roomId, 2 ** 31 - 1).catch((err: unknown) => node.emit('log', `join: ${(err as Error).message}`))
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
