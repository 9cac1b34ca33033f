import { useEffect, useId, useRef, useState } from 'react'
import { useAction, useClient } from '../client/context.tsx'
import { useRefreshRoom, useRoomLife } from '../data/queries.ts'
import { useT } from '../i18n/useT.ts'
import { Status } from '../components/Status.tsx'
import type { TabProps } from './tab.ts'

/** The welcome each newcomer is shown once; saving empty text removes it. */
export function WelcomeTab({ roomId }: TabProps) {
  const t = useT()
  const client = useClient()
  const id = useId()
  const life = useRoomLife(roomId)
  const refresh = useRefreshRoom(roomId)
  const [text, setText] = useState('')
  const [ok, setOk] = useState<string | null>(null)
  const action = useAction()
  const filled = useRef(false)
  useEffect(() => {
    if (!life.data || filled.current) return // fill the form once; never overwrite edits
    filled.current = true
    setText(life.data.welcome?.text ?? '')
  }, [life.data])
  const version = life.data?.welcome?.version ?? 0
  async function save(e: React.FormEvent): Promise<void> {
    e.preventDefault()
    setOk(null)
    const r = await action.run(() => client.call('setWelcome', { roomId, text }))
    if (r) {
      setOk(text.trim() ? t('mod.welcomeSaved') : t('mod.welcomeRemoved'))
      void refresh()
    }
  }
  return (
    <form onSubmit={save} noValidate>
      <p>{t('mod.welcomeHelp')}</p>
      {version > 0 && <p className="small muted">{t('mod.welcomeVersion', { version })}</p>}
      <div className="field">
        <label htmlFor={`${id}-text`}>{t('mod.welcomeText')}</label>
        <textarea id={`${id}-text`} value={text} rows={6} maxLength={4000} onChange={(e) => setText(e.target.value)} />
      </div>
      <Status loading={life.isPending} error={life.error ?? action.error} ok={ok} />
      <div className="row end">
        <button type="submit" className="button primary" disabled={action.busy}>
          {t('common.save')}
        </button>
      </div>
    </form>
  )
}
