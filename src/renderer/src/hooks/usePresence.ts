import { useCallback, useEffect, useRef, useState } from 'react'
import type { EventPayload } from '../../../shared/api/index.ts'
import { useClient, useEvent, useReconnect } from '../client/context.tsx'

export type Presence = Omit<EventPayload<'room.presence'>, 'roomId'>

/**
 * Who is here right now (ephemeral, from the engine's presence protocol): null until known.
 * Loaded once, then kept fresh by 'room.presence' events.
 */
export function usePresence(roomId: string): Presence | null {
  return usePresenceState(roomId).presence
}

/** usePresence with a way to re-read the state now (after changing it). */
export function usePresenceState(roomId: string): { presence: Presence | null; reload: () => void } {
  const client = useClient()
  const [presence, setPresence] = useState<Presence | null>(null)
  const [tick, setTick] = useState(0)
  useEffect(() => {
    setPresence(null)
  }, [roomId])
  useEffect(() => {
    let live = true
    client.call('getPresence', { roomId }).then(
      (p) => {
        if (live) setPresence(p)
      },
      () => {}
    )
    return () => {
      live = false
    }
  }, [client, roomId, tick])
  useEvent('room.presence', (p) => {
    if (p.roomId !== roomId) return
    const { roomId: _, ...rest } = p
    setPresence(rest)
  })
  const reload = useCallback(() => setTick((t) => t + 1), [])
  useReconnect(reload)
  return { presence, reload }
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
