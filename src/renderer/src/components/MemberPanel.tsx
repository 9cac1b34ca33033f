import { fingerprint, nameKey, sharedNames } from '../../../shared/fingerprint.ts'
import type { Message, Result } from '../../../shared/api/index.ts'
import { useModerators } from '../data/queries.ts'
import { useT } from '../i18n/useT.ts'
import type { Presence } from '../hooks/usePresence.ts'
import { PeerName, cleanName } from './PeerText.tsx'
import { ActiveBands } from './ActiveBands.tsx'
import { Status } from './Status.tsx'
import type { OpenPrivate } from '../support/useOpenPrivate.ts'

type Member = Result<'listMembers'>['members'][number]

interface Props {
  roomId: string
  members: Member[]
  myId: string | undefined
  myModeratorKey: string | null | undefined
  presence: Presence | null
  /** The room's messages on this device, for the "usually around" bands. */
  messages?: Message[]
  /** Moderators in a room: "Talk privately" beside each member. */
  talk?: OpenPrivate
  /** A private conversation: its moderator is already here, so "on duty now" would mislead; it has no owner, only its two people. */
  conversation?: boolean
}

/** Who is in the room: moderators on duty now, the moderators, and the members with their fingerprints. */
export function MemberPanel({ roomId, members, myId, myModeratorKey, presence, messages, talk, conversation = false }: Props) {
  const t = useT()
  const mods = useModerators(roomId).data
  const shared = sharedNames(members)
  const onDuty = presence?.moderatorsOnDuty ?? 0
  const sorted = [...members].sort(
    (a, b) =>
      Number(b.memberId === myId) - Number(a.memberId === myId) ||
      Number(a.blocked) - Number(b.blocked) ||
      (cleanName(a.displayName) ?? '').localeCompare(cleanName(b.displayName) ?? '')
  )
  const keys = mods
    ? [
        ...(mods.owner ? [{ key: mods.owner, owner: true }] : []),
        ...mods.moderators.filter((m) => m.moderatorKey !== mods.owner).map((m) => ({ key: m.moderatorKey, owner: false }))
      ]
    : []
  return (
    <div className="member-panel-body">
      {!conversation && (
        <section aria-labelledby="mp-duty">
          <h3 id="mp-duty">{t('panel.onDuty')}</h3>
          <p className="small">
            <span className={`dot ${onDuty > 0 ? 'on' : ''}`} aria-hidden="true" /> {presence ? t('panel.onDutyCount', { count: onDuty }) : t('room.offline')}
          </p>
        </section>
      )}
      {messages && !conversation && <ActiveBands messages={messages} />}
      {keys.length > 0 && (
        <section aria-labelledby="mp-mods">
          <h3 id="mp-mods">{t('panel.moderators')}</h3>
          <ul className="member-list">
            {keys.map((k) => (
              <li key={k.key} className="small">
                <span className="badge-mod">{k.owner && !conversation ? t('panel.owner') : t('room.moderatorBadge')}</span>{' '}
                <span className="fingerprint">{fingerprint(k.key)}</span>
                {k.key === myModeratorKey && <span className="badge-you">{t('room.you')}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="mp-members">
        <h3 id="mp-members">{t(conversation ? 'private.people' : 'panel.members', { count: members.length })}</h3>
        {shared.size > 0 && <p className="notice small">{t('panel.sharedNames')}</p>}
        <ul className="member-list">
          {sorted.map((m) => (
            <li key={m.memberId} className={m.blocked ? 'blocked' : undefined}>
              <PeerName name={m.displayName} memberId={m.memberId} shared={m.displayName ? shared.has(nameKey(m.displayName)) : false} />
              {m.memberId === myId && <span className="badge-you">{t('room.you')}</span>}
              {m.muted && <span className="tag">{t('panel.muted')}</span>}
              {m.blocked && <span className="tag warn">{t('panel.blocked')}</span>}
              {!m.approved && <span className="tag">{t('panel.pending')}</span>}
              {talk && m.memberId !== myId && !m.blocked && (
                <button
                  type="button"
                  className="link-button small talk-privately"
                  disabled={talk.busy}
                  aria-label={t('private.talkWith', { name: cleanName(m.displayName) ?? t('room.anonymous') })}
                  onClick={() => void talk.open(m.memberId)}
                >
                  {t('private.talk')}
                </button>
              )}
            </li>
          ))}
        </ul>
        {talk && <Status error={talk.error} />}
      </section>
    </div>
  )
}
