import { useAction, useClient } from '../client/context.tsx'
import { useRefreshRoom } from '../data/queries.ts'
import { useT } from '../i18n/useT.ts'
import type { Guidelines } from '../hooks/useRoom.ts'
import { Dialog } from './Dialog.tsx'
import { PeerText } from './PeerText.tsx'
import { Status } from './Status.tsx'

interface Props {
  roomId: string
  guidelines: Guidelines
  onAccepted: (version: number) => void
  onClose: () => void
}

/** Shown on joining and when moderators publish a new version: accept to post. */
export function GuidelinesGate({ roomId, guidelines, onAccepted, onClose }: Props) {
  const t = useT()
  const client = useClient()
  const refresh = useRefreshRoom(roomId)
  const action = useAction()
  const needsAccept = !guidelines.accepted
  async function accept(): Promise<void> {
    const r = await action.run(() => client.call('acceptGuidelines', { roomId, version: guidelines.version }))
    if (r === undefined) return
    void refresh()
    onAccepted(guidelines.version)
  }
  return (
    <Dialog title={needsAccept ? t('guidelines.gateTitle') : t('room.guidelines')} onClose={onClose} className="guidelines-gate">
      {guidelines.updated && needsAccept && <p className="notice">{t('guidelines.newVersion')}</p>}
      <p className="muted small">{t('guidelines.version', { version: guidelines.version })}</p>
      {guidelines.text.trim() ? (
        <div className="guidelines-text">
          <PeerText text={guidelines.text} />
        </div>
      ) : (
        <p>{t('guidelines.none')}</p>
      )}
      <Status error={action.error} />
      <div className="row end">
        <button type="button" className="button" onClick={onClose} {...(needsAccept ? {} : { 'data-autofocus': true })}>
          {needsAccept ? t('guidelines.later') : t('common.close')}
        </button>
        {needsAccept && (
          <button type="button" className="button primary" onClick={accept} disabled={action.busy} data-autofocus>
            {t('guidelines.accept')}
          </button>
        )}
      </div>
    </Dialog>
  )
}
