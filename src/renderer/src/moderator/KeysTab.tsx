import { useId, useState } from 'react'
import { en } from '../strings/en.ts'
import { useAction, useClient, useLoad } from '../client/context.tsx'
import { createModeratorKey, exportModeratorKey, importModeratorKey, supported } from '../client/moderation.ts'
import { CopyField } from '../components/CopyField.tsx'
import { Status } from './common.tsx'
import type { TabProps } from './common.tsx'

/** Show your moderator key; export it with a passphrase; import one exported on another device. */
export function KeysTab({ roomId }: TabProps) {
  const client = useClient()
  const id = useId()
  const me = useLoad(() => client.call('whoami', { roomId }), [client, roomId])
  const [pass, setPass] = useState('')
  const [exported, setExported] = useState<string | null>(null)
  const [imp, setImp] = useState('')
  const [impPass, setImpPass] = useState('')
  const [ok, setOk] = useState<string | null>(null)
  const exp = useAction()
  const mk = useAction()
  const im = useAction()
  async function doExport(e: React.FormEvent): Promise<void> {
    e.preventDefault()
    const r = await exp.run(() => exportModeratorKey(client, roomId, pass))
    if (r) {
      setExported(r)
      setPass('')
    }
  }
  async function doImport(e: React.FormEvent): Promise<void> {
    e.preventDefault()
    setOk(null)
    const r = await im.run(async () => {
      await importModeratorKey(client, roomId, imp.trim(), impPass)
      return true
    })
    if (r) {
      setOk(en.mod.imported)
      setImp('')
      setImpPass('')
      me.reload()
    }
  }
  const key = me.value?.moderatorKey ?? null
  return (
    <div>
      <Status loading={me.loading && !me.value} error={me.error} />
      {key ? <CopyField label={en.mod.yourKey} value={key} /> : me.value && <p>{en.mod.noKey}</p>}
      {!key && me.value && supported('createModeratorKey') && (
        <div className="card">
          <p className="small">{en.mod.createKeyHelp}</p>
          <button
            type="button"
            className="button"
            disabled={mk.busy}
            onClick={() => {
              void mk.run(async () => {
                await createModeratorKey(client, roomId)
                me.reload()
                return true
              })
            }}
          >
            {en.mod.createKey}
          </button>
          <Status error={mk.error} />
        </div>
      )}
      {key && supported('exportModeratorKey') && (
        <form onSubmit={doExport} className="card">
          <h3>{en.mod.exportTitle}</h3>
          <p className="small">{en.mod.exportHelp}</p>
          <div className="field">
            <label htmlFor={`${id}-pass`}>{en.mod.passphrase}</label>
            <input
              id={`${id}-pass`}
              type="password"
              value={pass}
              minLength={8}
              required
              onChange={(e) => setPass(e.target.value)}
              autoComplete="new-password"
            />
          </div>
          <Status error={exp.error} />
          <button type="submit" className="button primary" disabled={exp.busy || pass.length < 8}>
            {en.mod.exportButton}
          </button>
          {exported && <CopyField label={en.mod.exported} value={exported} />}
        </form>
      )}
      {supported('importModeratorKey') && (
        <form onSubmit={doImport} className="card">
          <h3>{en.mod.importTitle}</h3>
          <div className="field">
            <label htmlFor={`${id}-imp`}>{en.mod.importLabel}</label>
            <textarea id={`${id}-imp`} className="mono" rows={3} value={imp} required onChange={(e) => setImp(e.target.value)} spellCheck={false} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-ipass`}>{en.mod.passphrase}</label>
            <input id={`${id}-ipass`} type="password" value={impPass} required onChange={(e) => setImpPass(e.target.value)} autoComplete="off" />
          </div>
          <Status error={im.error} ok={ok} />
          <button type="submit" className="button primary" disabled={im.busy}>
            {en.mod.importButton}
          </button>
        </form>
      )}
    </div>
  )
}
