import { useId, useState } from 'react'
import { useAction, useClient } from '../client/context.tsx'
import { useT } from '../i18n/useT.ts'
import { Status } from '../components/Status.tsx'
import type { TabProps } from '../moderator/tab.ts'

const words = (text: string): string[] =>
  text
    .split(/[,\s]+/)
    .map((w) => w.trim())
    .filter(Boolean)

/**
 * The owner lists the room in the directory (or lists it again to update it), or withdraws it.
 * The engine checks each field; its refusals are worded from the catalog.
 */
export function ListingTab({ roomId, isOwner }: TabProps) {
  const t = useT()
  const id = useId()
  const client = useClient()
  const action = useAction()
  const [description, setDescription] = useState('')
  const [topics, setTopics] = useState('')
  const [languages, setLanguages] = useState('')
  const [requireKnock, setRequireKnock] = useState(true)
  const [ok, setOk] = useState<string | null>(null)
  const [missing, setMissing] = useState<string | null>(null)
  if (!isOwner) return <p>{t('listing.ownerOnly')}</p>

  async function publish(e: React.FormEvent): Promise<void> {
    e.preventDefault()
    setOk(null)
    const params = { roomId, description: description.trim(), topics: words(topics.toLowerCase()), languages: words(languages), requireKnock }
    if (!params.topics.length || !params.languages.length) return setMissing(t('listing.needsTopic'))
    setMissing(null)
    if (await action.run(() => client.call('listRoom', params))) setOk(t('listing.published'))
  }
  async function unlist(): Promise<void> {
    setOk(null)
    if (await action.run(() => client.call('unlistRoom', { roomId }))) setOk(t('listing.unlisted'))
  }
  return (
    <form onSubmit={publish}>
      <p>{t('listing.intro')}</p>
      <div className="field">
        <label htmlFor={`${id}-description`}>{t('listing.description')}</label>
        <textarea id={`${id}-description`} value={description} required maxLength={300} rows={3} onChange={(e) => setDescription(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-topics`}>{t('listing.topics')}</label>
        <input id={`${id}-topics`} value={topics} aria-describedby={`${id}-topics-hint`} onChange={(e) => setTopics(e.target.value)} />
        <p id={`${id}-topics-hint`} className="small muted">
          {t('listing.topicsHint')}
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-languages`}>{t('listing.languages')}</label>
        <input id={`${id}-languages`} value={languages} aria-describedby={`${id}-languages-hint`} onChange={(e) => setLanguages(e.target.value)} />
        <p id={`${id}-languages-hint`} className="small muted">
          {t('listing.languagesHint')}
        </p>
      </div>
      <label className="check">
        <input type="checkbox" checked={requireKnock} onChange={(e) => setRequireKnock(e.target.checked)} /> {t('listing.requireKnock')}
      </label>
      <Status error={missing ?? action.error} ok={ok} />
      <div className="row end">
        <button type="button" className="button" disabled={action.busy} onClick={() => void unlist()}>
          {t('listing.unlist')}
        </button>
        <button type="submit" className="button primary" disabled={action.busy}>
          {t('listing.publish')}
        </button>
      </div>
    </form>
  )
}
