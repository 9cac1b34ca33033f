import { useEffect, useId, useRef, useState } from 'react'
import { useAction, useClient } from '../client/context.tsx'
import { useRefreshRoom, useRoomSettings } from '../data/queries.ts'
import { useT } from '../i18n/useT.ts'
import { Status } from '../components/Status.tsx'
import type { TabProps } from './tab.ts'
import { FloodFields, floodDraft, floodParams, lockdownDraft, sameLimits } from './FloodFields.tsx'
import type { FloodDraft, LockdownDraft } from './FloodFields.tsx'

/** Open vs approval-required joining, slow mode, flood limits and lockdown. */
export function RoomSettingsTab({ roomId }: TabProps) {
  const t = useT()
  const client = useClient()
  const id = useId()
  const current = useRoomSettings(roomId)
  const refresh = useRefreshRoom(roomId)
  const [approval, setApproval] = useState(false)
  const [slow, setSlow] = useState('0')
  const [flood, setFlood] = useState<FloodDraft>({ on: false, posts: '', window: '', newcomerPosts: '', newcomerFor: '' })
  const [lockdown, setLockdown] = useState<LockdownDraft>({ on: false, joins: '', window: '' })
  const [invalid, setInvalid] = useState<string | null>(null)
  const [ok, setOk] = useState<string | null>(null)
  const action = useAction()
  const loaded = useRef(false)
  useEffect(() => {
    const s = current.data
    if (!s || loaded.current) return // fill the form once; never overwrite edits
    loaded.current = true
    setApproval(s.joinMode === 'approval')
    setSlow(String(s.slowModeSeconds))
    setFlood(floodDraft(s))
    setLockdown(lockdownDraft(s))
  }, [current.data])
  async function save(e: React.FormEvent): Promise<void> {
    e.preventDefault()
    setOk(null)
    const seconds = Math.max(0, Math.min(86_400, Math.round(Number(slow) || 0)))
    const limits = floodParams(t, flood, lockdown)
    setInvalid(typeof limits === 'string' ? limits : null)
    if (typeof limits === 'string') return
    // limits go only when changed here: saving slow mode never undoes another moderator's new limits
    const was = current.data
    const changed = {
      ...(!sameLimits(limits.flood, was?.flood) ? { flood: limits.flood } : {}),
      ...(!sameLimits(limits.lockdown, was?.lockdown) ? { lockdown: limits.lockdown } : {})
    }
    const r = await action.run(() => client.call('setRoomSettings', { roomId, joinMode: approval ? 'approval' : 'open', slowModeSeconds: seconds, ...changed }))
    if (r) {
      setOk(t('common.saved'))
      void refresh()
    }
  }
  return (
    <form onSubmit={save} noValidate>
      <fieldset className="field radios">
        <legend>{t('mod.joinPolicy')}</legend>
        <label className="check">
          <input type="radio" name={`${id}-jp`} checked={!approval} onChange={() => setApproval(false)} /> {t('mod.joinOpen')}
        </label>
        <label className="check">
          <input type="radio" name={`${id}-jp`} checked={approval} onChange={() => setApproval(true)} /> {t('mod.joinApproval')}
        </label>
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-slow`}>{t('mod.slowMode')}</label>
        <input id={`${id}-slow`} type="number" min={0} max={86400} value={slow} onChange={(e) => setSlow(e.target.value)} />
      </div>
      <FloodFields flood={flood} lockdown={lockdown} lockedDown={current.data?.lockedDown === true} onFlood={setFlood} onLockdown={setLockdown} />
      <Status error={invalid ?? current.error ?? action.error} ok={ok} />
      <div className="row end">
        <button type="submit" className="button primary" disabled={action.busy}>
          {t('common.save')}
        </button>
      </div>
    </form>
  )
}
