import { useEffect, useState } from 'react'
import type { Result, RoomSummary } from '../../../shared/api/index.ts'
import { useClient } from '../client/context.tsx'
import { useRefreshRoom, useRooms } from '../data/queries.ts'
import { useQueryClient } from '@tanstack/react-query'
import { keys } from '../data/keys.ts'
import { useT } from '../i18n/useT.ts'
import type { T } from '../i18n/useT.ts'
import { ConfirmDialog } from '../components/ConfirmDialog.tsx'
import { cleanName } from '../components/PeerText.tsx'
import { NoticeBar } from './NoticeBar.tsx'

type Member = Result<'listMembers'>['members'][number]

/** "From Quiet harbour": the room a private conversation was opened from, in the person's words. */
export function fromRoomLabel(t: T, conversation: Pick<RoomSummary, 'fromRoomId'>, rooms: RoomSummary[]): string {
  const from = rooms.find((r) => r.roomId === conversation.fromRoomId)
  return from ? t('private.from', { room: cleanName(from.name) ?? t('app.name') }) : t('private.fromUnknown')
}

/** The other of a private conversation's two people, by the name they chose (null until known). */
export function otherPersonName(members: Pick<Member, 'memberId' | 'displayName'>[], myId: string | undefined): string | null {
  return cleanName(members.find((m) => m.memberId !== myId)?.displayName)
}

interface Props {
  summary: RoomSummary
  members: Member[]
  myId: string | undefined
  onOpenRoom: (roomId: string) => void
}

/**
 * A private conversation's own notice: who can read it, the room it came from, and "End
 * conversation" (confirmed) for either of the two; once ended, it says so and points back.
 */
export function PrivateBar({ summary, members, myId, onOpenRoom }: Props) {
  const t = useT()
  const client = useClient()
  const qc = useQueryClient()
  const refresh = useRefreshRoom(summary.roomId)
  const rooms = useRooms().data?.rooms ?? []
  const [confirming, setConfirming] = useState(false)
  // the other person ended it: the room list (rail, tags) learns it from the summary, not from an event of its own
  const listedEnded = rooms.find((r) => r.roomId === summary.roomId)?.ended === true
  useEffect(() => {
    if (summary.ended && !listedEnded) void qc.invalidateQueries({ queryKey: keys.rooms })
  }, [summary.ended, listedEnded, qc])
  const other = otherPersonName(members, myId)
  const from = rooms.find((r) => r.roomId === summary.fromRoomId)
  const back = from && (
    <button type="button" className="button small" onClick={() => onOpenRoom(from.roomId)}>
      {t('private.backToRoom', { room: cleanName(from.name) ?? t('app.name') })}
    </button>
  )
  if (summary.ended) {
    return (
      <NoticeBar id="private-ended" className="private-bar ended" title={t('private.endedTitle')} action={back}>
        <p>{t('private.ended')}</p>
      </NoticeBar>
    )
  }
  return (
    <section className="private-bar" aria-labelledby="private-who">
      <div className="grow">
        <p id="private-who" className="support-bar-title">
          {other ? t('private.withName', { name: other }) : t('private.withSomeone')}
        </p>
        <p className="small muted">{fromRoomLabel(t, summary, rooms)}</p>
      </div>
      <button type="button" className="button small" onClick={() => setConfirming(true)}>
        {t('private.end')}
      </button>
      {confirming && (
        <ConfirmDialog
          title={t('private.endTitle')}
          body={<p>{t('private.endBody')}</p>}
          confirmLabel={t('private.end')}
          danger
          onConfirm={async () => {
            await client.call('endConversation', { roomId: summary.roomId })
            await Promise.all([refresh(), qc.invalidateQueries({ queryKey: keys.rooms })])
          }}
          onClose={() => setConfirming(false)}
        />
      )}
    </section>
  )
}
