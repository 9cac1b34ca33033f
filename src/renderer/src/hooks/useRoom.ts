import { useCallback, useMemo, useState } from 'react'
import { nameKey, sharedNames } from '../../../shared/fingerprint.ts'
import { useGuidelines, useMe, useMembers, useRoomSettings, useRoomSummary } from '../data/queries.ts'
import type { Author } from '../components/MessageItem.tsx'
import type { PostingState } from '../components/Composer.tsx'
import { roomVersions } from '../state/roomVersions.ts'

const accepted = roomVersions('hearth.guidelines.accepted.v1')
const localAccepted = accepted.get
const rememberAccepted = accepted.set

export interface Guidelines {
  version: number
  text: string
  accepted: boolean
  /** The person accepted an earlier version. */
  updated: boolean
}

/**
 * Everything the room screen shows besides messages, from the shared query cache (engine events
 * keep it fresh: data/events.ts).
 */
export function useRoom(roomId: string) {
  const summary = useRoomSummary(roomId)
  const me = useMe(roomId)
  const members = useMembers(roomId)
  const guide = useGuidelines(roomId)
  const settings = useRoomSettings(roomId)
  const [accepted, setAccepted] = useState(() => localAccepted(roomId))

  const list = useMemo(() => members.data?.members ?? [], [members.data])
  const mine = list.find((m) => m.memberId === me.data?.memberId)
  const g = guide.data
  const hasGuidelines = g !== undefined && g.version > 0
  const isAccepted = !hasGuidelines || g.accepted || accepted >= g.version
  const guidelines: Guidelines | null = g
    ? { version: g.version, text: g.text ?? '', accepted: isAccepted, updated: hasGuidelines && !isAccepted && accepted > 0 && accepted < g.version }
    : null
  const approval = settings.data?.joinMode === 'approval'
  const slowModeSeconds = settings.data?.slowModeSeconds ?? 0

  const shared = useMemo(() => sharedNames(list), [list])
  // a moderator badge needs the engine to say which members hold a moderator key (listMembers
  // `moderator`); until it does, only the person's own messages can carry it
  const moderatorIds = useMemo(() => new Set(list.filter((m) => (m as { moderator?: boolean }).moderator === true).map((m) => m.memberId)), [list])
  const names = useMemo(() => new Map(list.map((m) => [m.memberId, m.displayName])), [list])
  const myId = me.data?.memberId
  const isModerator = Boolean(summary.data?.isModerator)
  const authorOf = useCallback(
    (memberId: string): Author => {
      const name = names.get(memberId)
      return { moderator: moderatorIds.has(memberId) || (memberId === myId && isModerator), sharedName: name ? shared.has(nameKey(name)) : false }
    },
    [names, moderatorIds, shared, myId, isModerator]
  )

  const posting: PostingState = {
    writable: Boolean(me.data?.writable) && summary.data?.state !== 'joining',
    muted: mine?.muted === true,
    blocked: mine?.blocked === true,
    awaitingApproval: approval && mine !== undefined && !mine.approved,
    slowModeSeconds,
    mustAcceptGuidelines: !isAccepted
  }

  return {
    summary: summary.data,
    me: me.data,
    members: list,
    error: summary.error ?? me.error,
    guidelines,
    posting,
    authorOf,
    isModerator,
    acceptedLocally: (version: number) => {
      rememberAccepted(roomId, version)
      setAccepted(version)
      void guide.refetch()
    }
  }
}
