import { en } from '../strings/en.ts'
import { useAction, useClient } from '../client/context.tsx'
import { acceptGuidelines } from '../client/moderation.ts'
import type { Guidelines } from '../client/moderation.ts'
import { Dialog } from './Dialog.tsx'
import { PeerText } from './PeerText.tsx'

interface Props {
  roomId: string
  guidelines: Guidelines
  /** True when the person accepted an earlier version. */
  updated?: boolean
  onAccepted: (version: number) => void
  onClose: () => void
}

/** Shown on joining and when moderators publish a new version: accept to post. */
export function GuidelinesGate({ roomId, guidelines, updated, onAccepted, onClose }: Props) {
  const client = useClient()
  const action = useAction()
  const needsAccept = guidelines.accepted !== true
  async function accept(): Promise<void> {
    const r = await action.run(() => acceptGuidelines(client, roomId, guidelines.version))
    if (r !== undefined) onAccepted(guidelines.version)
  }
  return (
    <Dialog title={needsAccept ? en.guidelines.gateTitle : en.room.guidelines} onClose={onClose} className="guidelines-gate">
      {updated && needsAccept && <p className="notice">{en.guidelines.newVersion}</p>}
      <p className="muted small">{en.guidelines.version(guidelines.version)}</p>
      {guidelines.text.trim() ? (
        <div className="guidelines-text">
          <PeerText text={guidelines.text} />
        </div>
      ) : (
        <p>{en.guidelines.none}</p>
      )}
      {action.error && (
        <p role="alert" className="error">
          {action.error}
        </p>
      )}
      <div className="row end">
        <button type="button" className="button" onClick={onClose}>
          {needsAccept ? en.guidelines.later : en.close}
        </button>
        {needsAccept && (
          <button type="button" className="button primary" onClick={accept} disabled={action.busy}>
            {en.guidelines.accept}
          </button>
        )}
      </div>
    </Dialog>
  )
}
