import { useEffect } from 'react'
import { useQueryClient } from '@tanstack/react-query'
import type { QueryClient } from '@tanstack/react-query'
import type { Result } from '../../../shared/api/index.ts'
import type { StatusClient } from '../client/status.ts'
import { isSupportKey, keys } from './keys.ts'

type Rooms = Result<'listRooms'>
type Summary = Result<'getRoom'>

/** How long a burst of room.changed events is gathered into one refresh of that room's queries. */
export const ROOM_REFRESH_MS = 400

/**
 * The engine's events, applied to the cache once for the whole app: counts and peers are patched in
 * place (the room list is never re-read for them); a room's own queries are invalidated (at most
 * once per ROOM_REFRESH_MS per room); a reconnect re-reads everything, since events may be lost.
 */
export function useEngineEvents(client: StatusClient): void {
  const qc = useQueryClient()
  useEffect(() => {
    const pending = new Map<string, ReturnType<typeof setTimeout>>()
    const refreshRoom = (roomId: string): void => {
      if (pending.has(roomId)) return
      pending.set(
        roomId,
        setTimeout(() => {
          pending.delete(roomId)
          void qc.invalidateQueries({ queryKey: keys.room(roomId) })
        }, ROOM_REFRESH_MS)
      )
    }
    let wasDown = client.state.status !== 'open'
    const offs = [
      client.on('rooms.changed', () => {
        void qc.invalidateQueries({ queryKey: keys.rooms })
        // a request's conversation is named once it is on this device: a new room may be one
        void qc.invalidateQueries({ predicate: (q) => isSupportKey(q.queryKey) })
      }),
      client.on('room.changed', (p) => {
        patchRoom(qc, p.roomId, { unread: p.unread, messageCount: p.messageCount })
        // a room still joining gets its name and state with its first records: re-read the list then
        const listed = qc.getQueryData<Rooms>(keys.rooms)?.rooms.find((r) => r.roomId === p.roomId)
        if (!listed || listed.state !== 'ready') void qc.invalidateQueries({ queryKey: keys.rooms })
        refreshRoom(p.roomId)
      }),
      client.on('room.peers', (p) => patchRoom(qc, p.roomId, { peers: p.peers })),
      client.on('room.presence', ({ roomId, ...presence }) => qc.setQueryData(keys.presence(roomId), presence)),
      client.onStatus((s) => {
        // while down, presence is hidden (usePresence); on the way back everything is re-read
        if (s.status !== 'open') {
          wasDown = true
          return
        }
        if (wasDown) {
          wasDown = false
          void qc.invalidateQueries()
        }
      })
    ]
    return () => {
      for (const off of offs) off()
      for (const t of pending.values()) clearTimeout(t)
    }
  }, [client, qc])
}

/** Patch a room's counts in the cached list and summary (no reload). */
export function patchRoom(qc: QueryClient, roomId: string, patch: Partial<Pick<Summary, 'unread' | 'messageCount' | 'peers'>>): void {
  qc.setQueryData<Rooms>(keys.rooms, (old) => (old ? { rooms: old.rooms.map((r) => (r.roomId === roomId ? { ...r, ...patch } : r)) } : old))
  qc.setQueryData<Summary>(keys.summary(roomId), (old) => (old ? { ...old, ...patch } : old))
}
