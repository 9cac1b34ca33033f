import { useEffect, useId, useRef, useState } from 'react'
import { useAction, useClient } from '../client/context.tsx'
import { useRefreshRoom, useRoomSettings } from '../data/queries.ts'
import { useT } from '../i18n/useT.ts'
import { Status } from '../components/Status.tsx'
import type { TabProps } from './tab.ts'

/** Open vs approval-required joining, and slow mode. */
export function RoomSettingsTab({ roomId }: TabProps) {
  const t = useT()
  const client = useClient()
  const id = useId()
  const current = useRoomSettings(roomId)
  const refresh = useRefreshRoom(roomId)
  const [approval, setApproval] = useState(false)
  const [slow, setSlow] = useState('0')
  const [ok, setOk] = useState<string | null>(null)
  const action = useAction()
  const loaded = useRef(false)
  useEffect(() => {
    const s = current.data
    if (!s || loaded.current) return // fill the form once; never overwrite edits
    loaded.current = true
    setApproval(s.joinMode === 'approval')
    setSlow(String(s.slowModeSeconds))
  }, [current.data])
  async function save(e: React.FormEvent): Promise<void> {
    e.preventDefault()
    setOk(null)
    const seconds = Math.max(0, Math.min(86_400, Math.round(Number(slow) || 0)))
    const r = await action.run(() => client.call('setRoomSettings', { roomId, joinMode: approval ? 'approval' : 'open', slowModeSeconds: seconds }))
    if (r) {
      setOk(t('common.saved'))
      void refresh()
    }
  }
  return (
    <form onSubmit={save}>
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
      <Status error={current.error ?? action.error} ok={ok} />
      <div className="row end">
        <button type="submit" className="button primary" disabled={action.busy}>
          {t('common.save')}
        </button>
      </div>
    </form>
  )
}
