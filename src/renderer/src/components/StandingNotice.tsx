import { useEffect, useRef, useState } from 'react'
import { useModLog } from '../data/queries.ts'
import { reasonOf } from '../i18n/errors.ts'
import { useFormat, useT } from '../i18n/useT.ts'
import { cleanText } from './PeerText.tsx'

export interface Restriction {
  note: string | null
  /** A timed mute's end (ms since epoch, the room's clock). */
  until: number | null
  /** A mute that lasts this many more room messages. */
  remaining: number | null
}

/** What a refused post says about a mute or block (`data: { reason, note, until, remaining }`). */
export function restrictionFrom(err: unknown): (Restriction & { kind: 'muted' | 'blocked' }) | null {
  const r = reasonOf(err)
  if (!r || (r.reason !== 'muted' && r.reason !== 'you_are_blocked')) return null
  const num = (x: unknown): number | null => (typeof x === 'number' && Number.isFinite(x) ? x : null)
  return {
    kind: r.reason === 'muted' ? 'muted' : 'blocked',
    note: typeof r.params.note === 'string' && r.params.note.trim() ? r.params.note : null,
    until: num(r.params.until),
    remaining: num(r.params.remaining)
  }
}

interface Props {
  roomId: string
  myId: string | undefined
  muted: boolean
  blocked: boolean
  /** From the last refused post, if any: the engine's own account of the mute or block. */
  refused: (Restriction & { kind: 'muted' | 'blocked' }) | null
}

/**
 * What a muted or blocked member sees: what happened, the moderator's reason (from the refused
 * post, else the moderation log), and for a mute what remains. It clears itself when the action is
 * lifted (the member list says so), with a short note that posting works again. What remains of a
 * mute is known once the engine has refused a post (its error carries it); the member list only
 * says "muted" (an engine change to say more is asked for in the lead's notes).
 */
export function StandingNotice({ roomId, myId, muted, blocked, refused }: Props) {
  const t = useT()
  const fmt = useFormat()
  const log = useModLog(roomId).data?.entries ?? []
  const kind = blocked ? 'blocked' : muted ? 'muted' : null
  const wasRestricted = useRef(false)
  const [lifted, setLifted] = useState(false)
  useEffect(() => {
    if (kind) {
      wasRestricted.current = true
      setLifted(false)
    } else if (wasRestricted.current) {
      wasRestricted.current = false
      setLifted(true)
    }
  }, [kind])

  if (!kind) {
    return lifted ? (
      <p className="standing lifted" role="status">
        {t('standing.lifted')}{' '}
        <button type="button" className="ghost small" onClick={() => setLifted(false)}>
          {t('common.close')}
        </button>
      </p>
    ) : null
  }
  const action = kind === 'blocked' ? 'block' : 'mute'
  const entry = [...log].reverse().find((e) => e.target === myId && e.action === action)
  const fromEngine = refused?.kind === kind ? refused : null
  const note = fromEngine?.note ?? (entry?.reason ? entry.reason : null)
  return (
    <section className="standing" role="status" aria-labelledby="standing-title">
      <h2 id="standing-title" className="standing-title">
        {kind === 'blocked' ? t('standing.blockedTitle') : t('standing.mutedTitle')}
      </h2>
      <p>{note ? <bdi dir="auto">{t('standing.note', { note: cleanText(note) })}</bdi> : t('standing.noNote')}</p>
      {kind === 'muted' && fromEngine && (
        <p>
          {fromEngine.until !== null
            ? t('standing.until', { when: fmt.relative(fromEngine.until) })
            : fromEngine.remaining !== null
              ? t('standing.remaining', { count: fromEngine.remaining })
              : t('standing.untilLifted')}
        </p>
      )}
      <p className="muted">{kind === 'blocked' ? t('standing.blockedCan') : t('standing.mutedCan')}</p>
    </section>
  )
}
