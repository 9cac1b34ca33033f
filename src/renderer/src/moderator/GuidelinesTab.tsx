import { useEffect, useId, useState } from 'react'
import { en } from '../strings/en.ts'
import { useAction, useClient, useLoad } from '../client/context.tsx'
import { getGuidelines, setGuidelines, supported } from '../client/moderation.ts'
import { Status, Unsupported } from './common.tsx'
import type { TabProps } from './common.tsx'

/** Edit and publish a new version of the room guidelines (members must accept it to post). */
export function GuidelinesTab({ roomId }: TabProps) {
  const client = useClient()
  const id = useId()
  const current = useLoad(() => getGuidelines(client, roomId), [client, roomId])
  const [text, setText] = useState('')
  const [ok, setOk] = useState<string | null>(null)
  const action = useAction()
  useEffect(() => {
    if (current.value) setText(current.value.text)
  }, [current.value])
  if (!supported('setGuidelines')) return <Unsupported method="setGuidelines" />
  async function publish(e: React.FormEvent): Promise<void> {
    e.preventDefault()
    setOk(null)
    const r = await action.run(async () => {
      await setGuidelines(client, roomId, text)
      return true
    })
    if (r) {
      setOk(en.mod.published)
      current.reload()
    }
  }
  return (
    <form onSubmit={publish}>
      {current.value && current.value.version > 0 && <p className="small muted">{en.guidelines.version(current.value.version)}</p>}
      <div className="field">
        <label htmlFor={`${id}-text`}>{en.mod.guidelinesText}</label>
        <textarea id={`${id}-text`} value={text} rows={12} maxLength={20000} onChange={(e) => setText(e.target.value)} />
      </div>
      <Status error={current.error ?? action.error} ok={ok} />
      <div className="row end">
        <button type="submit" className="button primary" disabled={action.busy || text.trim() === ''}>
          {en.mod.publish}
        </button>
      </div>
    </form>
  )
}
