import { useEffect, useRef, useState } from 'react'
import type { Result } from '../../../shared/api/index.ts'
import { useClient, useEvent, useLoad, useReconnect } from '../client/context.tsx'
import { getGuidelines, getRoomSettings } from '../client/moderation.ts'
import type { Guidelines, RoomSettings } from '../client/moderation.ts'
import type { PostingState } from '../components/Composer.tsx'

const ACCEPTED_KEY = 'hearth.guidelines.accepted.v1'
function localAccepted(roomId: string): number {
  try {
    return Number(JSON.parse(localStorage.getItem(ACCEPTED_KEY) ?? '{}')[roomId] ?? 0)
  } catch {
    return 0
  }
}
export function rememberAccepted(roomId: string, version: number): void {
  try {
    const all = JSON.parse(localStorage.getItem(ACCEPTED_KEY) ?? '{}') as Record<string, number>
    all[roomId] = version
    localStorage.setItem(ACCEPTED_KEY, JSON.stringify(all))
  } catch {
    /* memory only */
  }
}

/** Call `fn` at most once per `ms`, trailing call included. */
function useThrottle(fn: () => void, ms: number): () => void {
  const last = useRef(0)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const fnRef = useRef(fn)
  fnRef.current = fn
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current)
    },
    []
  )
  return () => {
    if (timer.current) return
    const wait = Math.max(0, last.current + ms - Date.now())
    timer.current = setTimeout(() => {
      timer.current = null
      last.current = Date.now()
      fnRef.current()
    }, wait)
  }
}

export interface RoomInfo {
  room: Result<'getRoom'> | undefined
  me: Result<'whoami'> | undefined
  peers: number
  error: string | null
  guidelines: (Guidelines & { updated: boolean }) | null
  settings: RoomSettings
  posting: PostingState
  acceptedLocally: (version: number) => void
  reloadMe: () => void
}

/** Everything the room screen shows besides messages, kept fresh by the engine's events. */
export function useRoomInfo(roomId: string): RoomInfo {
  const client = useClient()
  const room = useLoad(() => client.call('getRoom', { roomId }), [client, roomId])
  const me = useLoad(() => client.call('whoami', { roomId }), [client, roomId])
  const members = useLoad(() => client.call('listMembers', { roomId }), [client, roomId])
  const guide = useLoad(() => getGuidelines(client, roomId), [client, roomId])
  const roomSettings = useLoad(() => getRoomSettings(client, roomId), [client, roomId])
  const [peers, setPeers] = useState<number | null>(null)
  const [accepted, setAccepted] = useState(() => localAccepted(roomId))

  const reload = useThrottle(() => {
    room.reload()
    members.reload()
    guide.reload()
    roomSettings.reload()
    if (!me.value?.writable) me.reload()
  }, 750)
  useEvent('room.changed', (p) => {
    if (p.roomId === roomId) reload()
  })
  useEvent('room.peers', (p) => {
    if (p.roomId === roomId) setPeers(p.peers)
  })
  useReconnect(() => {
    room.reload()
    me.reload()
    members.reload()
    guide.reload()
    roomSettings.reload()
  })

  const mine = members.value?.members.find((m) => m.memberId === me.value?.memberId)
  const settings = roomSettings.value ?? { approvalRequired: false, slowModeSeconds: 0 }
  const g = guide.value ?? null
  const hasGuidelines = g !== null && g.version > 0
  const isAccepted = g === null || !hasGuidelines || g.accepted === true || accepted >= g.version
  const guidelines = g ? { ...g, accepted: isAccepted, updated: hasGuidelines && !isAccepted && accepted > 0 && accepted < g.version } : null

  return {
    room: room.value,
    me: me.value,
    peers: peers ?? room.value?.peers ?? 0,
    error: room.error ?? me.error,
    guidelines,
    settings,
    posting: {
      writable: Boolean(me.value?.writable) && room.value?.state !== 'joining',
      muted: mine?.muted === true,
      awaitingApproval: settings.approvalRequired && mine !== undefined && !mine.approved,
      slowModeSeconds: settings.slowModeSeconds,
      mustAcceptGuidelines: !isAccepted
    },
    acceptedLocally: (version: number) => {
      rememberAccepted(roomId, version)
      setAccepted(version)
      guide.reload()
    },
    reloadMe: () => {
      me.reload()
      members.reload()
    }
  }
}
