import { useEffect, useId, useRef, useState } from 'react'
import { useIntl } from 'react-intl'
import { Resource } from '../../../shared/api/index.ts'
import type { Resource as ResourceT } from '../../../shared/api/index.ts'
import { useAction, useClient } from '../client/context.tsx'
import { useHelpQuery, useRefreshRoom } from '../data/queries.ts'
import { useT } from '../i18n/useT.ts'
import { Status } from '../components/Status.tsx'
import { regionOptions } from '../safety/regions.ts'
import type { TabProps } from './tab.ts'

const FIELDS = ['name', 'phone', 'text', 'url', 'region', 'hours', 'note'] as const
type Field = (typeof FIELDS)[number]
type Draft = Record<Field, string>
const empty = (): Draft => ({ name: '', phone: '', text: '', url: '', region: '', hours: '', note: '' })
// the engine says what "everywhere" means by leaving the region out; the picker shows it as its first choice
const toDraft = (r: Partial<ResourceT>): Draft => ({ ...empty(), ...Object.fromEntries(FIELDS.map((f) => [f, r[f] ?? ''])), region: r.region ?? '' })
function toResource(d: Draft): ResourceT {
  const out: Record<string, string> = {}
  for (const f of FIELDS) if (d[f].trim()) out[f] = d[f].trim()
  return out as unknown as ResourceT
}

/** The room's own support resources, shown in "Get help now" after the region's lines. */
export function ResourcesTab({ roomId }: TabProps) {
  const t = useT()
  const locale = useIntl().locale
  const client = useClient()
  const id = useId()
  const current = useHelpQuery(roomId, '')
  const refresh = useRefreshRoom(roomId)
  const [drafts, setDrafts] = useState<Draft[]>([])
  const [invalid, setInvalid] = useState<string | null>(null)
  const [ok, setOk] = useState<string | null>(null)
  const action = useAction()
  const filled = useRef(false)
  useEffect(() => {
    if (!current.data || filled.current) return
    filled.current = true
    setDrafts(current.data.room.map(toDraft))
  }, [current.data])

  const edit = (i: number, f: Field, v: string): void => setDrafts((ds) => ds.map((d, j) => (j === i ? { ...d, [f]: v } : d)))
  async function save(e: React.FormEvent): Promise<void> {
    e.preventDefault()
    setOk(null)
    setInvalid(null)
    const resources = drafts.map(toResource)
    for (const [i, r] of resources.entries()) {
      const check = Resource.safeParse(r)
      const field = check.success ? (r.url && !r.url.startsWith('https://') ? 'url' : null) : (check.error.issues[0]?.path[0] as Field | undefined)
      if (!check.success || field) {
        setInvalid(t('mod.resourceInvalid', { n: i + 1, field: t(`mod.resource.${field ?? 'name'}`) }))
        return
      }
    }
    const r = await action.run(() => client.call('setResources', { roomId, resources }))
    if (r) {
      setOk(t('common.saved'))
      void refresh()
      void current.refetch()
    }
  }
  return (
    <form onSubmit={save} noValidate>
      <p>{t('mod.resourcesHelp')}</p>
      {drafts.map((d, i) => (
        <fieldset key={i} className="card resource-form">
          <legend>{d.name || t('mod.resourceNumbered', { n: i + 1 })}</legend>
          <div className="grid2">
            {FIELDS.map((f) => (
              <div className="field" key={f}>
                <label htmlFor={`${id}-${i}-${f}`}>{t(`mod.resource.${f}`)}</label>
                {f === 'region' ? (
                  // a region from the list, or everywhere: free text reached people in the wrong country
                  <select id={`${id}-${i}-${f}`} value={d[f]} onChange={(e) => edit(i, f, e.target.value)}>
                    <option value="">{t('mod.resource.everywhere')}</option>
                    {regionOptions(locale).map((r) => (
                      <option key={r.code} value={r.code}>
                        {r.name}
                      </option>
                    ))}
                  </select>
                ) : (
                  <input
                    id={`${id}-${i}-${f}`}
                    value={d[f]}
                    onChange={(e) => edit(i, f, e.target.value)}
                    type={f === 'url' ? 'url' : f === 'phone' ? 'tel' : 'text'}
                  />
                )}
              </div>
            ))}
          </div>
          <button type="button" className="button small" onClick={() => setDrafts((ds) => ds.filter((_, j) => j !== i))}>
            {t('mod.removeResource')}
          </button>
        </fieldset>
      ))}
      <Status error={invalid ?? current.error ?? action.error} ok={ok} />
      <div className="row">
        <button type="button" className="button" onClick={() => setDrafts((ds) => [...ds, empty()])}>
          {t('mod.addResource')}
        </button>
        <button type="submit" className="button primary" disabled={action.busy}>
          {t('common.save')}
        </button>
      </div>
    </form>
  )
}
