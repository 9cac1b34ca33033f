import { useId, useState } from 'react'
import { useQueryClient } from '@tanstack/react-query'
import { useAction, useClient } from '../client/context.tsx'
import { keys } from '../data/keys.ts'
import { useT } from '../i18n/useT.ts'
import { Dialog } from '../components/Dialog.tsx'
import { FormButtons } from '../components/FormButtons.tsx'
import { SentView } from '../components/SentView.tsx'
import { Status } from '../components/Status.tsx'
import { cleanName } from '../components/PeerText.tsx'
import type { Listing } from './ListingCard.tsx'

/** Knock on a listed room: an optional name and a note for its moderators (sealed to them by the engine). */
export function KnockDialog({ listing, onClose }: { listing: Listing; onClose: () => void }) {
  const t = useT()
  const id = useId()
  const client = useClient()
  const qc = useQueryClient()
  const action = useAction()
  const [name, setName] = useState('')
  const [note, setNote] = useState('')
  const [sent, setSent] = useState(false)
  const room = cleanName(listing.name) ?? t('app.name')

  async function submit(e: React.FormEvent): Promise<void> {
    e.preventDefault()
    const params = { listingId: listing.listingId, ...(name.trim() ? { displayName: name.trim() } : {}), ...(note.trim() ? { note: note.trim() } : {}) }
    const r = await action.run(() => client.call('requestToJoin', params))
    if (r === undefined) return
    setSent(true)
    void qc.invalidateQueries({ queryKey: keys.myKnocks })
  }
  return (
    <Dialog title={t('knock.title', { name: room })} onClose={onClose}>
      {sent ? (
        <SentView text={listing.requireKnock ? t('knock.sent') : t('knock.bodyOpen')} onClose={onClose} />
      ) : (
        <form onSubmit={submit}>
          <p>{listing.requireKnock ? t('knock.body') : t('knock.bodyOpen')}</p>
          <div className="field">
            <label htmlFor={`${id}-name`}>{t('knock.name')}</label>
            <input
              id={`${id}-name`}
              value={name}
              maxLength={64}
              aria-describedby={`${id}-name-hint`}
              onChange={(e) => setName(e.target.value)}
              data-autofocus
            />
            <p id={`${id}-name-hint`} className="small muted">
              {t('knock.nameHint')}
            </p>
          </div>
          <div className="field">
            <label htmlFor={`${id}-note`}>{t('knock.note')}</label>
            <textarea id={`${id}-note`} value={note} maxLength={500} rows={3} aria-describedby={`${id}-note-hint`} onChange={(e) => setNote(e.target.value)} />
            <p id={`${id}-note-hint`} className="small muted">
              {t('knock.noteHint')}
            </p>
          </div>
          <Status error={action.error} />
          <FormButtons onCancel={onClose} submit={t('knock.submit')} busy={action.busy} />
        </form>
      )}
    </Dialog>
  )
}
