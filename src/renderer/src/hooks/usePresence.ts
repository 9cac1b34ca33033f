import { useCallback, useEffect, useRef } from 'react'
import type { EventPayload } from '../../../shared/api/index.ts'
import { useClient, useConnection } from '../client/context.tsx'
import { usePresenceQuery } from '../data/queries.ts'

export type Presence = Omit<EventPayload<'room.presence'>, 'roomId'>

/**
 * Who is here right now (ephemeral, from the engine's presence protocol): null until known, and
 * null while the engine is lost (stale presence would be a false comfort). Read once, then kept
 * fresh by 'room.presence' events (data/events.ts).
 */
export function usePresence(roomId: string): Presence | null {
  return usePresenceState(roomId).presence
}

/** usePresence with a way to re-read the state now (after changing it). */
export function usePresenceState(roomId: string): { presence: Presence | null; reload: () => void } {
  const q = usePresenceQuery(roomId)
  const connected = useConnection().status === 'open'
  const { refetch } = q
  const reload = useCallback(() => void refetch(), [refetch])
  return { presence: connected ? (q.data ?? null) : null, reload }
}

/** How often "still typing" is sent while someone keeps typing. */
export const TYPING_SEND_MS = 3000

/**
 * Tells peers this device is typing, throttled: at most one "typing" per TYPING_SEND_MS while the
 * draft changes, and one "stopped" when the draft is emptied, sent, or the composer loses focus.
 * Presence is best effort: a failure is never shown to the person writing.
 */
export function useTypingSignal(roomId: string): { draftChanged: (text: string) => void; stop: () => void } {
  const client = useClient()
  const lastSent = useRef(0)
  const typing = useRef(false)
  const send = useCallback(
    (value: boolean) => {
      client.call('setPresence', { roomId, typing: value }).catch(() => {})
    },
    [client, roomId]
  )
  const stop = useCallback(() => {
    if (!typing.current) return
    typing.current = false
    lastSent.current = 0
    send(false)
  }, [send])
  const draftChanged = useCallback(
    (text: string) => {
      if (text.trim() === '') {
        stop()
        return
      }
      const now = Date.now()
      if (typing.current && now - lastSent.current < TYPING_SEND_MS) return
      typing.current = true
      lastSent.current = now
      send(true)
    },
    [send, stop]
  )
  // leaving the room (or switching rooms) stops typing there
  useEffect(() => () => stop(), [stop])
  return { draftChanged, stop }
}
