import { Dialog } from '../components/Dialog.tsx'
import { useT } from '../i18n/useT.ts'
import { InviteMaker } from './InviteMaker.tsx'

/**
 * "Invite people", offered in every room. Only the owner and moderators can sign an invite; a
 * member is told so, and who to ask, rather than shown a button that fails.
 */
export function InvitePeopleDialog({
  roomId,
  moderator,
  onClose,
  onOpenConsole
}: {
  roomId: string
  moderator: boolean
  onClose: () => void
  onOpenConsole: () => void
}) {
  const t = useT()
  return (
    <Dialog title={t('invite.title')} onClose={onClose}>
      {moderator ? (
        <>
          <InviteMaker roomId={roomId} />
          <p className="small muted">
            {t('invite.consoleHint')}{' '}
            <button type="button" className="link-button" onClick={onOpenConsole}>
              {t('invite.openConsole')}
            </button>
          </p>
        </>
      ) : (
        <p>{t('invite.askModerator')}</p>
      )}
    </Dialog>
  )
}
