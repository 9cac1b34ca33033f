import { useId, useState } from 'react'
import { useAction, useClient } from '../client/context.tsx'
import { useMe, useRefreshRoom } from '../data/queries.ts'
import { useT } from '../i18n/useT.ts'
import { CopyField } from '../components/CopyField.tsx'
import { Status } from '../components/Status.tsx'
import type { TabProps } from './tab.ts'

/** Show your moderator key; export it with a passphrase; import one exported on another device. */
export function KeysTab({ roomId }: TabProps) {
  const t = useT()
  const client = useClient()
  const id = useId()
  const me = useMe(roomId)
  const refresh = useRefreshRoom(roomId)
  const [pass, setPass] = useState('')
  const [exported, setExported] = useState<string | null>(null)
  const [imp, setImp] = useState('')
  const [impPass, setImpPass] = useState('')
  const [ok, setOk] = useState<string | null>(null)
  const [short, setShort] = useState(false)
  const [impMissing, setImpMissing] = useState(false)
  const exp = useAction()
  const mk = useAction()
  const im = useAction()
  async function doExport(e: React.FormEvent): Promise<void> {
    e.preventDefault()
    setShort(pass.length < 8)
    if (pass.length < 8) return
    const r = await exp.run(() => client.call('exportModeratorKey', { roomId, passphrase: pass }))
    if (r) {
      setExported(r.exported)
      setPass('')
    }
  }
  async function doImport(e: React.FormEvent): Promise<void> {
    e.preventDefault()
    setOk(null)
    setImpMissing(imp.trim().length < 10 || impPass === '')
    if (imp.trim().length < 10 || impPass === '') return
    const r = await im.run(() => client.call('importModeratorKey', { roomId, exported: imp.trim(), passphrase: impPass }))
    if (r) {
      setOk(t('mod.imported'))
      setImp('')
      setImpPass('')
      void refresh()
    }
  }
  const key = me.data?.moderatorKey ?? null
  return (
    <div>
      <Status loading={me.isPending} error={me.error} />
      {key ? <CopyField label={t('mod.yourKey')} value={key} /> : me.data && <p>{t('mod.noKey')}</p>}
      {!key && me.data && (
        <div className="card">
          <p className="small">{t('mod.createKeyHelp')}</p>
          <Status error={mk.error} />
          <button
            type="button"
            className="button"
            disabled={mk.busy}
            onClick={() => void mk.run(async () => (await client.call('createModeratorKey', { roomId }), await refresh()))}
          >
            {t('mod.createKey')}
          </button>
        </div>
      )}
      {key && (
        <form onSubmit={doExport} className="card" noValidate>
          <h3>{t('mod.exportTitle')}</h3>
          <p className="small">{t('mod.exportHelp')}</p>
          <div className="field">
            <label htmlFor={`${id}-pass`}>{t('mod.passphrase')}</label>
            <input id={`${id}-pass`} type="password" value={pass} aria-invalid={short} onChange={(e) => setPass(e.target.value)} autoComplete="new-password" />
          </div>
          <Status error={short ? t('mod.passphraseShort') : exp.error} />
          <button type="submit" className="button primary" disabled={exp.busy}>
            {t('mod.exportButton')}
          </button>
          {exported && <CopyField label={t('mod.exported')} value={exported} />}
        </form>
      )}
      <form onSubmit={doImport} className="card" noValidate>
        <h3>{t('mod.importTitle')}</h3>
        <div className="field">
          <label htmlFor={`${id}-imp`}>{t('mod.importLabel')}</label>
          <textarea id={`${id}-imp`} className="mono" rows={3} value={imp} onChange={(e) => setImp(e.target.value)} spellCheck={false} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-ipass`}>{t('mod.passphrase')}</label>
          <input id={`${id}-ipass`} type="password" value={impPass} onChange={(e) => setImpPass(e.target.value)} autoComplete="off" />
        </div>
        <Status error={impMissing ? t('mod.importMissing') : im.error} ok={ok} />
        <button type="submit" className="button primary" disabled={im.busy}>
          {t('mod.importButton')}
        </button>
      </form>
    </div>
  )
}
