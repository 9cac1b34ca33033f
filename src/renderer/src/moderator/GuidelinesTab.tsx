import { useEffect, useId, useRef, useState } from 'react'
import { useAction, useClient } from '../client/context.tsx'
import { useGuidelines, useRefreshRoom } from '../data/queries.ts'
import { useT } from '../i18n/useT.ts'
import { Status } from '../components/Status.tsx'
import type { TabProps } from './tab.ts'

/** Edit and publish a new version of the room guidelines (members must accept it to post). */
export function GuidelinesTab({ roomId }: TabProps) {
  const t = useT()
  const client = useClient()
  const id = useId()
  const current = useGuidelines(roomId)
  const refresh = useRefreshRoom(roomId)
  const [text, setText] = useState('')
  const [ok, setOk] = useState<string | null>(null)
  const [empty, setEmpty] = useState(false)
  const action = useAction()
  const filled = useRef(false)
  const none = current.data !== undefined && current.data.version === 0
  useEffect(() => {
    if (!current.data || filled.current) return // fill the form once; never overwrite edits
    filled.current = true
    setText(current.data.version > 0 ? (current.data.text ?? '') : t('defaultGuidelines.text'))
  }, [current.data, t])
  async function publish(e: React.FormEvent): Promise<void> {
    e.preventDefault()
    setOk(null)
    setEmpty(text.trim() === '')
    if (text.trim() === '') return
    const r = await action.run(() => client.call('setGuidelines', { roomId, text }))
    if (r) {
      setOk(t('mod.published'))
      void refresh()
    }
  }
  return (
    <form onSubmit={publish} noValidate>
      {current.data && current.data.version > 0 && <p className="small muted">{t('guidelines.version', { version: current.data.version })}</p>}
      {none && <p className="notice small">{t('mod.guidelinesSuggested')}</p>}
      <div className="field">
        <label htmlFor={`${id}-text`}>{t('mod.guidelinesText')}</label>
        <textarea id={`${id}-text`} value={text} rows={12} maxLength={20000} aria-invalid={empty} onChange={(e) => setText(e.target.value)} />
      </div>
      <Status error={empty ? t('mod.guidelinesEmpty') : (current.error ?? action.error)} ok={ok} />
      <div className="row end">
        <button type="submit" className="button primary" disabled={action.busy}>
          {t('mod.publish')}
        </button>
      </div>
    </form>
  )
}
