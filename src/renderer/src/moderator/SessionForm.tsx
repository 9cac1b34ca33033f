import { useId, useState } from 'react'
import { REPEATS } from '../../../shared/api/life-methods.ts'
import type { Params, Result } from '../../../shared/api/index.ts'
import { fromWallTime, wallTimeOf } from '../../../shared/sessions.ts'
import { useT } from '../i18n/useT.ts'
import { Status } from '../components/Status.tsx'

type Session = Result<'getRoomLife'>['sessions'][number]
type Repeat = (typeof REPEATS)[number]
export type SessionDraft = Omit<Params<'scheduleSession'>, 'roomId'>

/** This device's zone, and every zone Intl knows (UTC first). */
export const deviceZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'
function zones(): string[] {
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []
  return ['UTC', ...all.filter((z) => z !== 'UTC')]
}

/**
 * Schedule or edit a session: a title, the date and time on the wall clock of a chosen zone (a
 * recurrence keeps that wall time across daylight saving), how long, how often, and a note.
 */
export function SessionForm({
  editing,
  busy,
  error,
  onSave,
  onCancel
}: {
  editing: Session | null
  busy: boolean
  error: unknown
  onSave: (d: SessionDraft) => void
  onCancel: () => void
}) {
  const t = useT()
  const id = useId()
  const [zone, setZone] = useState(editing?.zone ?? deviceZone())
  const wall = editing ? wallTimeOf(editing.zone ?? 'UTC', editing.start) : { date: '', time: '' }
  const [title, setTitle] = useState(editing?.title ?? '')
  const [date, setDate] = useState(wall.date)
  const [time, setTime] = useState(wall.time)
  const [minutes, setMinutes] = useState(String(editing?.minutes ?? 60))
  const [repeat, setRepeat] = useState<Repeat>(editing?.repeat ?? 'weekly')
  const [note, setNote] = useState(editing?.note ?? '')
  const [invalid, setInvalid] = useState<string | null>(null)

  function submit(e: React.FormEvent): void {
    e.preventDefault()
    const start = fromWallTime(zone, date, time)
    const mins = Number(minutes)
    const problem = !title.trim()
      ? t('mod.sessionNeedsTitle')
      : start === null
        ? t('mod.sessionNeedsTime')
        : !Number.isInteger(mins) || mins < 5 || mins > 600
          ? t('mod.sessionMinutesRange')
          : null
    setInvalid(problem)
    if (problem || start === null) return
    onSave({
      ...(editing ? { sessionId: editing.sessionId } : {}),
      title: title.trim(),
      start,
      minutes: mins,
      repeat,
      zone,
      ...(note.trim() ? { note: note.trim() } : {})
    })
  }
  const field = (key: string, label: string, input: React.ReactNode) => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      {input}
    </div>
  )
  return (
    <form onSubmit={submit} noValidate className="card">
      <h3>{editing ? t('mod.sessionEdit') : t('mod.sessionNew')}</h3>
      {field('title', t('mod.sessionTitle'), <input id={`${id}-title`} value={title} maxLength={120} onChange={(e) => setTitle(e.target.value)} />)}
      <div className="grid2">
        {field('date', t('mod.sessionDate'), <input id={`${id}-date`} type="date" value={date} onChange={(e) => setDate(e.target.value)} />)}
        {field('time', t('mod.sessionTime'), <input id={`${id}-time`} type="time" value={time} onChange={(e) => setTime(e.target.value)} />)}
        {field(
          'zone',
          t('mod.sessionZone'),
          <select id={`${id}-zone`} value={zone} onChange={(e) => setZone(e.target.value)}>
            {zones().map((z) => (
              <option key={z} value={z}>
                {z}
              </option>
            ))}
          </select>
        )}
        {field(
          'minutes',
          t('mod.sessionMinutes'),
          <input id={`${id}-minutes`} type="number" min={5} max={600} value={minutes} onChange={(e) => setMinutes(e.target.value)} />
        )}
        {field(
          'repeat',
          t('mod.sessionRepeat'),
          <select id={`${id}-repeat`} value={repeat} onChange={(e) => setRepeat(e.target.value as Repeat)}>
            {REPEATS.map((r) => (
              <option key={r} value={r}>
                {t(`life.repeat.${r}`)}
              </option>
            ))}
          </select>
        )}
      </div>
      {field('note', t('mod.sessionNote'), <input id={`${id}-note`} value={note} maxLength={500} onChange={(e) => setNote(e.target.value)} />)}
      <p className="hint">{t('mod.sessionZoneHint')}</p>
      <Status error={invalid ?? error} />
      <div className="row end">
        {editing && (
          <button type="button" className="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
        <button type="submit" className="button primary" disabled={busy}>
          {editing ? t('common.save') : t('mod.sessionSchedule')}
        </button>
      </div>
    </form>
  )
}
