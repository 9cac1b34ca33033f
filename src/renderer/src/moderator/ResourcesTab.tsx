import { useEffect, useId, useState } from 'react'
import { Resource } from '../../../shared/api/index.ts'
import type { Resource as ResourceT } from '../../../shared/api/index.ts'
import { en } from '../strings/en.ts'
import { useAction, useClient, useLoad } from '../client/context.tsx'
import { getHelp, setResources, supported } from '../client/moderation.ts'
import { Status, Unsupported } from './common.tsx'
import type { TabProps } from './common.tsx'

const FIELDS = ['name', 'phone', 'text', 'url', 'region', 'hours', 'note'] as const
type Draft = Record<(typeof FIELDS)[number], string>
const empty = (): Draft => ({ name: '', phone: '', text: '', url: '', region: '', hours: '', note: '' })
const toDraft = (r: Partial<ResourceT>): Draft => ({ ...empty(), ...Object.fromEntries(FIELDS.map((f) => [f, r[f] ?? ''])) })
function toResource(d: Draft): ResourceT {
  const out: Record<string, string> = {}
  for (const f of FIELDS) if (d[f].trim()) out[f] = d[f].trim()
  return out as unknown as ResourceT
}

/** The room's own support resources, shown first in "Get help now". */
export function ResourcesTab({ roomId }: TabProps) {
  const client = useClient()
  const id = useId()
  const current = useLoad(async () => (supported('getHelp') ? (await getHelp(client, roomId, undefined)).room : []), [client, roomId])
  const [drafts, setDrafts] = useState<Draft[]>([])
  const [invalid, setInvalid] = useState<string | null>(null)
  const [ok, setOk] = useState<string | null>(null)
  const action = useAction()
  useEffect(() => {
    if (current.value) setDrafts(current.value.map(toDraft))
  }, [current.value])
  if (!supported('setResources')) return <Unsupported method="setResources" />

  const edit = (i: number, f: keyof Draft, v: string): void => setDrafts((ds) => ds.map((d, j) => (j === i ? { ...d, [f]: v } : d)))
  async function save(e: React.FormEvent): Promise<void> {
    e.preventDefault()
    setOk(null)
    setInvalid(null)
    const resources = drafts.map(toResource)
    for (const [i, r] of resources.entries()) {
      const check = Resource.safeParse(r)
      if (!check.success) {
        setInvalid(`${i + 1}. ${check.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`)
        return
      }
      if (r.url && !r.url.startsWith('https://')) {
        setInvalid(`${i + 1}. ${en.help.unsafeLink}`)
        return
      }
    }
    const r = await action.run(async () => {
      await setResources(client, roomId, resources)
      return true
    })
    if (r) {
      setOk(en.saved)
      current.reload()
    }
  }
  return (
    <form onSubmit={save}>
      <p>{en.mod.resourcesHelp}</p>
      {drafts.map((d, i) => (
        <fieldset key={i} className="card resource-form">
          <legend>{d.name || `${en.mod.resourceFields.name} ${i + 1}`}</legend>
          <div className="grid2">
            {FIELDS.map((f) => (
              <div className="field" key={f}>
                <label htmlFor={`${id}-${i}-${f}`}>{en.mod.resourceFields[f]}</label>
                <input
                  id={`${id}-${i}-${f}`}
                  value={d[f]}
                  onChange={(e) => edit(i, f, e.target.value)}
                  required={f === 'name'}
                  type={f === 'url' ? 'url' : f === 'phone' ? 'tel' : 'text'}
                />
              </div>
            ))}
          </div>
          <button type="button" className="button small" onClick={() => setDrafts((ds) => ds.filter((_, j) => j !== i))}>
            {en.mod.removeResource}
          </button>
        </fieldset>
      ))}
      <Status error={invalid ?? current.error ?? action.error} ok={ok} />
      <div className="row">
        <button type="button" className="button" onClick={() => setDrafts((ds) => [...ds, empty()])}>
          {en.mod.addResource}
        </button>
        <button type="submit" className="button primary" disabled={action.busy}>
          {en.save}
        </button>
      </div>
    </form>
  )
}
