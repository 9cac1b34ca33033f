import { useId, useState } from 'react'
import type { FormEvent } from 'react'
import { useIntl } from 'react-intl'
import type { Params } from '../../../shared/api/index.ts'
import { useDirectorySearch, useMyKnocks } from '../data/queries.ts'
import { useT } from '../i18n/useT.ts'
import type { Route } from '../hooks/useRoute.ts'
import { Status } from '../components/Status.tsx'
import { ListingCard, languageName } from './ListingCard.tsx'
import type { Listing } from './ListingCard.tsx'
import { KnockDialog } from './KnockDialog.tsx'
import { MyKnocks } from './MyKnocks.tsx'

/** Languages offered in the filter; a listing may name others, and "any language" finds them. */
const LANGUAGES = ['en', 'es', 'pt', 'fr', 'de', 'it', 'nl', 'pl', 'ar', 'hi', 'ja', 'zh']

type Search = Params<'searchDirectory'>

/**
 * Find a listed room: every listing at first, then by words, topic and language. The search runs
 * on the engine (over the DHT); this screen only words what it found.
 */
export function DirectoryScreen({ go }: { go: (r: Route) => void }) {
  const t = useT()
  const id = useId()
  const locale = useIntl().locale
  const [words, setWords] = useState('')
  const [topic, setTopic] = useState('')
  const [language, setLanguage] = useState('')
  const [search, setSearch] = useState<Search>({})
  const found = useDirectorySearch(search)
  const rooms = found.data?.rooms ?? []
  const [knocking, setKnocking] = useState<Listing | null>(null)
  // a listing already knocked on (and not declined) says so instead of offering to knock again
  const asked = new Set((useMyKnocks().data?.requests ?? []).filter((r) => r.state !== 'declined').map((r) => r.listingId))

  function submit(e: FormEvent): void {
    e.preventDefault()
    const next: Search = {
      ...(words.trim() ? { query: words.trim() } : {}),
      ...(topic.trim() ? { topic: topic.trim().toLowerCase() } : {}),
      ...(language ? { language } : {})
    }
    setSearch(next)
    // the same search again means "look again": the network may have changed
    if (JSON.stringify(next) === JSON.stringify(search)) void found.refetch()
  }

  return (
    <div className="directory-screen narrow">
      <div className="screen-head">
        <h1>{t('directory.title')}</h1>
        <button type="button" className="button" onClick={() => go({ name: 'rooms' })}>
          {t('directory.back')}
        </button>
      </div>
      <p>{t('directory.intro')}</p>
      <form className="directory-search" onSubmit={submit} role="search">
        <div className="field">
          <label htmlFor={`${id}-words`}>{t('directory.words')}</label>
          <input id={`${id}-words`} value={words} maxLength={100} aria-describedby={`${id}-words-hint`} onChange={(e) => setWords(e.target.value)} />
          <p id={`${id}-words-hint`} className="small muted">
            {t('directory.wordsHint')}
          </p>
        </div>
        <div className="field">
          <label htmlFor={`${id}-topic`}>{t('directory.topic')}</label>
          <input id={`${id}-topic`} value={topic} maxLength={24} aria-describedby={`${id}-topic-hint`} onChange={(e) => setTopic(e.target.value)} />
          <p id={`${id}-topic-hint`} className="small muted">
            {t('directory.topicHint')}
          </p>
        </div>
        <div className="field">
          <label htmlFor={`${id}-language`}>{t('directory.language')}</label>
          <select id={`${id}-language`} value={language} onChange={(e) => setLanguage(e.target.value)}>
            <option value="">{t('directory.anyLanguage')}</option>
            {LANGUAGES.map((tag) => (
              <option key={tag} value={tag}>
                {languageName(tag, locale)}
              </option>
            ))}
          </select>
        </div>
        <div className="row end">
          <button type="submit" className="button primary" disabled={found.isFetching}>
            {t('directory.search')}
          </button>
        </div>
      </form>
      <Status error={found.error} />
      <section aria-labelledby={`${id}-results`} aria-busy={found.isFetching}>
        <h2 id={`${id}-results`} className="visually-hidden">
          {t('directory.listings')}
        </h2>
        <p role="status" className="muted">
          {found.isFetching ? t('directory.searching') : found.data ? t('directory.results', { count: rooms.length }) : ''}
        </p>
        {found.data && !found.isFetching && rooms.length === 0 && <p>{t('directory.none')}</p>}
        <ul className="listing-list">
          {rooms.map((l) => (
            <ListingCard key={l.listingId} listing={l} asked={asked.has(l.listingId)} onKnock={() => setKnocking(l)} />
          ))}
        </ul>
      </section>
      <MyKnocks go={go} />
      {knocking && <KnockDialog listing={knocking} onClose={() => setKnocking(null)} />}
    </div>
  )
}
