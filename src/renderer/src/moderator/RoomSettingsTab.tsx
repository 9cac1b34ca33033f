import { useEffect, useId, useRef, useState } from 'react'
import { en } from '../strings/en.ts'
import { useAction, useClient, useLoad } from '../client/context.tsx'
import { getRoomSettings, setRoomSettings, supported } from '../client/moderation.ts'
import { Status, Unsupported } from './common.tsx'
import type { TabProps } from './common.tsx'

/** Open vs approval-required joining, and slow mode. */
export function RoomSettingsTab({ roomId }: TabProps) {
  const client = useClient()
  const id = useId()
  const [approval, setApproval] = useState(false)
  const [slow, setSlow] = useState('0')
  const [ok, setOk] = useState<string | null>(null)
  const action = useAction()
  const current = useLoad(() => getRoomSettings(client, roomId), [client, roomId])
  const loaded = useRef(false)
  useEffect(() => {
    const s = current.value
    if (!s || loaded.current) return // fill the form once; never overwrite edits
    loaded.current = true
    setApproval(s.approvalRequired)
    setSlow(String(s.slowModeSeconds))
  }, [current.value])
  if (!supported('setRoomSettings')) return <Unsupported method="setRoomSettings" />
  async function save(e: React.FormEvent): Promise<void> {
    e.preventDefault()
    setOk(null)
    const seconds = Math.max(0, Math.min(86_400, Math.round(Number(slow) || 0)))
    const r = await action.run(async () => {
      await setRoomSettings(client, roomId, { approvalRequired: approval, slowModeSeconds: seconds })
      return true
    })
    if (r) setOk(en.saved)
  }
  return (
    <form onSubmit={save}>
      <fieldset className="field radios">
        <legend>{en.mod.joinPolicy}</legend>
        <label className="check">
          <input type="radio" name={`${id}-jp`} checked={!approval} onChange={() => setApproval(false)} /> {en.mod.joinOpen}
        </label>
        <label className="check">
          <input type="radio" name={`${id}-jp`} checked={approval} onChange={() => setApproval(true)} /> {en.mod.joinApproval}
        </label>
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-slow`}>{en.mod.slowMode}</label>
        <input id={`${id}-slow`} type="number" min={0} max={86400} value={slow} onChange={(e) => setSlow(e.target.value)} />
      </div>
      <Status error={current.error ?? action.error} ok={ok} />
      <div className="row end">
        <button type="submit" className="button primary" disabled={action.busy}>
          {en.save}
        </button>
      </div>
    </form>
  )
}
