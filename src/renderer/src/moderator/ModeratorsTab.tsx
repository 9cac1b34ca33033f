import { useId, useState } from 'react'
import { ModeratorKey } from '../../../shared/api/index.ts'
import { en } from '../strings/en.ts'
import { useAction, useClient, useLoad } from '../client/context.tsx'
import { addModerator, listModerators, removeModerator, supported } from '../client/moderation.ts'
import { Status, Unsupported } from './common.tsx'
import type { TabProps } from './common.tsx'

/** The room's moderators; the owner adds and removes them by moderator key. */
export function ModeratorsTab({ roomId, isOwner }: TabProps) {
  const client = useClient()
  const id = useId()
  const ok = supported('listModerators')
  const mods = useLoad(async () => (ok ? await listModerators(client, roomId) : []), [client, roomId, ok])
  const [key, setKey] = useState('')
  const [invalid, setInvalid] = useState(false)
  const action = useAction()
  if (!ok) return <Unsupported method="listModerators" />
  async function add(e: React.FormEvent): Promise<void> {
    e.preventDefault()
    const k = key.trim().toLowerCase()
    if (!ModeratorKey.safeParse(k).success) {
      setInvalid(true)
      return
    }
    setInvalid(false)
    const r = await action.run(async () => {
      await addModerator(client, roomId, k)
      return true
    })
    if (r) {
      setKey('')
      mods.reload()
    }
  }
  return (
    <div>
      <p>{en.mod.moderatorsHelp}</p>
      <Status loading={mods.loading && !mods.value} error={mods.error ?? action.error} />
      <ul className="mod-list">
        {(mods.value ?? []).map((m) => (
          <li key={m.moderatorKey} className="mod-item">
            <span className="mono small">
              {m.moderatorKey}
              {m.owner && <span className="tag">{en.rooms.owner}</span>}
            </span>
            {isOwner && !m.owner && supported('removeModerator') && (
              <button
                type="button"
                className="button small danger"
                disabled={action.busy}
                onClick={() => {
                  void action.run(async () => {
                    await removeModerator(client, roomId, m.moderatorKey)
                    mods.reload()
                    return true
                  })
                }}
              >
                {en.mod.removeModerator}
              </button>
            )}
          </li>
        ))}
      </ul>
      {isOwner && supported('addModerator') && (
        <form onSubmit={add} className="card">
          <div className="field">
            <label htmlFor={`${id}-key`}>{en.mod.moderatorKey}</label>
            <input id={`${id}-key`} className="mono" value={key} onChange={(e) => setKey(e.target.value)} aria-invalid={invalid} spellCheck={false} />
            {invalid && <p className="error">{ModeratorKey.safeParse('x').error?.issues[0]?.message}</p>}
          </div>
          <button type="submit" className="button primary" disabled={action.busy}>
            {en.mod.addModerator}
          </button>
        </form>
      )}
    </div>
  )
}
