import { useId, useState } from 'react'
import { fingerprint } from '../../../shared/fingerprint.ts'
import { useAction, useClient } from '../client/context.tsx'
import { useHelpQuery, useMembers, useRefreshRoom, useRoomLife } from '../data/queries.ts'
import { useT } from '../i18n/useT.ts'
import { Status } from '../components/Status.tsx'
import { cleanName, cleanText } from '../components/PeerText.tsx'
import type { TabProps } from './tab.ts'

type Kind = 'member' | 'resource'

/**
 * Verified professionals: a member or one of the room's resources that the moderators checked,
 * with the title the badge shows. Marking and lifting are signed and shown in the log.
 */
export function VerifiedTab({ roomId }: TabProps) {
  const t = useT()
  const client = useClient()
  const id = useId()
  const life = useRoomLife(roomId)
  const members = useMembers(roomId).data?.members ?? []
  const resources = useHelpQuery(roomId, '').data?.room ?? []
  const refresh = useRefreshRoom(roomId)
  const action = useAction()
  const [kind, setKind] = useState<Kind>('member')
  const [target, setTarget] = useState('')
  const [title, setTitle] = useState('')
  const [invalid, setInvalid] = useState<string | null>(null)
  const [ok, setOk] = useState<string | null>(null)
  const verified = life.data?.verified ?? { members: [], resources: [] }
  const nameOf = (memberId: string) => cleanName(members.find((m) => m.memberId === memberId)?.displayName) ?? fingerprint(memberId)
  const choices = kind === 'member' ? members.map((m) => [m.memberId, nameOf(m.memberId)] as const) : resources.map((r) => [r.name, cleanText(r.name)] as const)

  async function run(call: () => Promise<unknown>, done: string): Promise<void> {
    setOk(null)
    if ((await action.run(call)) !== undefined) {
      setOk(done)
      void refresh()
    }
  }
  function mark(e: React.FormEvent): void {
    e.preventDefault()
    const problem = !target ? t(kind === 'member' ? 'mod.verifyNeedsMember' : 'mod.verifyNeedsResource') : !title.trim() ? t('mod.verifyNeedsTitle') : null
    setInvalid(problem)
    if (problem) return
    const who = kind === 'member' ? { memberId: target } : { resource: target }
    void run(() => client.call('verifyProfessional', { roomId, ...who, title: title.trim() }), t('mod.verified'))
  }
  const lift = (who: { memberId: string } | { resource: string }) =>
    void run(() => client.call('unverifyProfessional', { roomId, ...who }), t('mod.verifyLifted'))
  const rows = [
    ...verified.members.map((v) => ({ key: `m-${v.memberId}`, name: nameOf(v.memberId), title: v.title, who: { memberId: v.memberId } })),
    ...verified.resources.map((v) => ({ key: `r-${v.name}`, name: cleanText(v.name), title: v.title, who: { resource: v.name } }))
  ]
  return (
    <div>
      <p>{t('mod.verifyHelp')}</p>
      {rows.length === 0 && !life.isPending && <p className="muted">{t('mod.verifyNone')}</p>}
      <ul className="mod-list">
        {rows.map((r) => (
          <li key={r.key} className="mod-item">
            <span>
              <strong>{r.name}</strong> · <span className="badge-mod">{cleanText(r.title)}</span>
            </span>
            <button type="button" className="button small" disabled={action.busy} onClick={() => lift(r.who)}>
              {t('mod.verifyLift', { name: r.name })}
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={mark} noValidate className="card">
        <fieldset className="field radios">
          <legend>{t('mod.verifyWhat')}</legend>
          {(['member', 'resource'] as const).map((k) => (
            <label key={k} className="check">
              <input
                type="radio"
                name={`${id}-kind`}
                checked={kind === k}
                onChange={() => {
                  setKind(k)
                  setTarget('')
                }}
              />{' '}
              {t(k === 'member' ? 'mod.verifyMember' : 'mod.verifyResource')}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-target`}>{t(kind === 'member' ? 'mod.verifyWhichMember' : 'mod.verifyWhichResource')}</label>
          <select id={`${id}-target`} value={target} onChange={(e) => setTarget(e.target.value)}>
            <option value="">{t('mod.verifyChoose')}</option>
            {choices.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-title`}>{t('mod.verifyTitle')}</label>
          <input id={`${id}-title`} value={title} maxLength={80} placeholder={t('mod.verifyTitleExample')} onChange={(e) => setTitle(e.target.value)} />
        </div>
        <Status error={invalid ?? life.error ?? action.error} ok={ok} />
        <div className="row end">
          <button type="submit" className="button primary" disabled={action.busy}>
            {t('mod.verifyMark')}
          </button>
        </div>
      </form>
    </div>
  )
}
