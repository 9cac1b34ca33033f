import { useId, useState } from 'react'
import type { FormEvent } from 'react'
import type { Message } from '../../../shared/api/index.ts'
import { useRoomSearch } from '../data/queries.ts'
import { useT } from '../i18n/useT.ts'
import { Dialog } from './Dialog.tsx'
import { SearchResult } from './SearchResult.tsx'
import { Status } from './Status.tsx'
import { queryWords } from './highlight.ts'

/**
 * Search this room's messages. The engine searches what this device holds (nothing is sent), newest
 * first; each result shows where the words are, and can be read whole or replied to from here.
 */
export function SearchDialog({ roomId, onReply, onClose }: { roomId: string; onReply: (m: Message) => void; onClose: () => void }) {
  const t = useT()
  const id = useId()
  const [draft, setDraft] = useState('')
  const [query, setQuery] = useState('')
  const found = useRoomSearch(roomId, query)
  const messages = found.data?.messages ?? []

  function submit(e: FormEvent): void {
    e.preventDefault()
    const next = draft.trim().slice(0, 200)
    // the same words again means "look again": new messages may have arrived
    if (next === query && next !== '') void found.refetch()
    setQuery(next)
  }

  return (
    <Dialog title={t('search.title')} onClose={onClose} className="wide search-dialog" describedBy={`${id}-local`}>
      <p id={`${id}-local`} className="small muted">
        {t('search.local')}
      </p>
      <form role="search" className="row" onSubmit={submit}>
        <label htmlFor={`${id}-q`} className="visually-hidden">
          {t('search.label')}
        </label>
        <input id={`${id}-q`} type="search" value={draft} maxLength={200} onChange={(e) => setDraft(e.target.value)} data-autofocus />
        <button type="submit" className="button primary">
          {t('search.button')}
        </button>
      </form>
      <div role="status" className="search-summary">
        {query === '' && <p>{t('search.empty')}</p>}
        {query !== '' && found.isFetching && <p>{t('search.searching')}</p>}
        {found.data && !found.isFetching && (
          <>
            <p>{messages.length === 0 ? t('search.none', { query }) : t('search.found', { count: messages.length })}</p>
            {found.data.hasMore && <p className="small">{t('search.more', { count: messages.length })}</p>}
            <p className="small muted">{t('search.scanned', { count: found.data.scanned })}</p>
          </>
        )}
      </div>
      <Status error={found.error} />
      {messages.length > 0 && (
        <ul className="search-results" aria-label={t('search.resultsLabel')}>
          {messages.map((m) => (
            <SearchResult key={m.id} m={m} words={queryWords(query)} onReply={onReply} />
          ))}
        </ul>
      )}
    </Dialog>
  )
}
