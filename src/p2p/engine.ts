import { HearthNode, type NodeOptions } from './node.ts'
import { createDispatch } from './api/index.ts'
import { completeJoin } from './join.ts'
import { changedEvents } from './changed-event.ts'
import type { ApiOptions } from './api/context.ts'
import type { EventName } from '../shared/api/events.ts'

export type EngineOptions = NodeOptions &
  ApiOptions & {
    /** A room's 'room.changed' events: at most EVENT_BURST in any window of this many ms (default 100). */
    eventThrottleMs?: number
  }

const EVENT_BURST = 4
const EVENT_WINDOW_MS = 100

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

  // At most EVENT_BURST events per room in any EVENT_WINDOW_MS, and always a final one. A change
  // after a quiet spell goes out at once, and so do the next few: a post rarely comes alone (the
  // author's, then the peers' acknowledgements move the view too), and a 25 ms throttle held the
  // post behind the event before it ~5 ms at the median (docs/performance.md). The cap is the old
  // throttle's rate (40 a second); events carry what changed, so a client pays no read per event.
  const pending = new Map<string, NodeJS.Timeout>()
  const recent = new Map<string, number[]>()
  const windowMs = opts.eventThrottleMs ?? EVENT_WINDOW_MS
  const changed = changedEvents(node)
  const send = async (roomId: string) => {
    const sent = recent.get(roomId) ?? []
    recent.set(roomId, [...sent, Date.now()].slice(-EVENT_BURST))
    // a room left or closing while its event is built has nothing to say (and must not throw)
    const payload = await changed(roomId).catch(() => null)
    if (payload) emit('room.changed', payload)
  }
  // a view change, or markRead (the unread count changed, nothing else: the event carries no messages)
  node.on('room-update', onRoomChange)
  node.on('room-read', onRoomChange)
  function onRoomChange(roomId: string) {
    if (pending.has(roomId)) return
    const sent = recent.get(roomId) ?? []
    const wait = sent.length < EVENT_BURST ? 0 : sent[0] + windowMs - Date.now()
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
