import { useId, useState } from 'react'
import { ModeratorKey } from '../../../shared/api/index.ts'
import { fingerprint } from '../../../shared/fingerprint.ts'
import { useAction, useClient } from '../client/context.tsx'
import { useModerators, useRefreshRoom } from '../data/queries.ts'
import { useT } from '../i18n/useT.ts'
import { Status } from '../components/Status.tsx'
import type { TabProps } from './tab.ts'

/** The room's moderators; the owner adds and removes them by moderator key. */
export function ModeratorsTab({ roomId, isOwner }: TabProps) {
  const t = useT()
  const client = useClient()
  const id = useId()
  const mods = useModerators(roomId)
  const refresh = useRefreshRoom(roomId)
  const [key, setKey] = useState('')
  const [invalid, setInvalid] = useState(false)
  const action = useAction()
  const owner = mods.data?.owner ?? null
  const list = [
    ...(owner ? [{ key: owner, owner: true }] : []),
    ...(mods.data?.moderators ?? []).filter((m) => m.moderatorKey !== owner).map((m) => ({ key: m.moderatorKey, owner: false }))
  ]
  async function add(e: React.FormEvent): Promise<void> {
    e.preventDefault()
    const k = key.trim().toLowerCase()
    setInvalid(!ModeratorKey.safeParse(k).success)
    if (!ModeratorKey.safeParse(k).success) return
    const r = await action.run(() => client.call('addModerator', { roomId, moderatorKey: k }))
    if (r) {
      setKey('')
      void refresh()
    }
  }
  return (
    <div>
      <p>{t('mod.moderatorsHelp')}</p>
      <Status loading={mods.isPending} error={mods.error ?? (isOwner ? null : action.error)} />
      <ul className="mod-list">
        {list.map((m) => (
          <li key={m.key} className="mod-item">
            <span>
              <span className="badge-mod">{m.owner ? t('panel.owner') : t('room.moderatorBadge')}</span>{' '}
              <span className="fingerprint">{fingerprint(m.key)}</span>
              <span className="mono small muted mod-key">{m.key}</span>
            </span>
            {isOwner && !m.owner && (
              <button
                type="button"
                className="button small"
                disabled={action.busy}
                onClick={() => void action.run(async () => (await client.call('removeModerator', { roomId, moderatorKey: m.key }), await refresh()))}
              >
                {t('mod.removeModerator')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {isOwner && (
        <form onSubmit={add} className="card" noValidate>
          <div className="field">
            <label htmlFor={`${id}-key`}>{t('mod.moderatorKey')}</label>
            <input id={`${id}-key`} className="mono" value={key} onChange={(e) => setKey(e.target.value)} aria-invalid={invalid} spellCheck={false} />
          </div>
          <Status error={invalid ? t('mod.moderatorKeyInvalid') : action.error} />
          <button type="submit" className="button primary" disabled={action.busy}>
            {t('mod.addModerator')}
          </button>
        </form>
      )}
    </div>
  )
}
