import { useId, useState } from 'react'
import { useQueryClient } from '@tanstack/react-query'
import type { RoomSummary } from '../../../shared/api/index.ts'
import { useAction, useClient } from '../client/context.tsx'
import { keys } from '../data/keys.ts'
import { useT } from '../i18n/useT.ts'
import { Dialog } from '../components/Dialog.tsx'
import { Status } from '../components/Status.tsx'
import { cleanName } from '../components/PeerText.tsx'

type Leaving = Pick<RoomSummary, 'roomId' | 'name' | 'kind'>

/** Leave a room or a private conversation (each in its own words), optionally erasing what it stored here. */
export function LeaveRoomDialog({ room, onClose, onLeft }: { room: Leaving; onClose: () => void; onLeft: () => void }) {
  const t = useT()
  const client = useClient()
  const qc = useQueryClient()
  const id = useId()
  const [erase, setErase] = useState(false)
  const action = useAction()
  const name = cleanName(room.name) ?? t('app.name')
  const isPrivate = room.kind === 'private'
  async function submit(e: React.FormEvent): Promise<void> {
    e.preventDefault()
    const r = await action.run(() => client.call('leaveRoom', { roomId: room.roomId, erase }))
    if (!r) return
    void qc.invalidateQueries({ queryKey: keys.rooms })
    onLeft()
  }
  return (
    <Dialog title={isPrivate ? t('private.leaveTitle') : t('leaveRoom.title', { name })} onClose={onClose}>
      <form onSubmit={submit}>
        <p>{t(isPrivate ? 'private.leaveBody' : 'leaveRoom.body')}</p>
        <label className="check">
          <input type="checkbox" checked={erase} onChange={(e) => setErase(e.target.checked)} aria-describedby={`${id}-eh`} />{' '}
          {t(isPrivate ? 'private.leaveErase' : 'leaveRoom.erase')}
        </label>
        <p id={`${id}-eh`} className="hint">
          {t(isPrivate ? 'private.leaveEraseHint' : 'leaveRoom.eraseHint')}
        </p>
        <Status error={action.error} />
        <div className="row end">
          <button type="button" className="button" onClick={onClose} data-autofocus>
            {t('common.cancel')}
          </button>
          <button type="submit" className={erase ? 'button danger' : 'button primary'} disabled={action.busy}>
            {erase ? t('leaveRoom.confirmErase') : t(isPrivate ? 'private.leaveConfirm' : 'leaveRoom.confirm')}
          </button>
        </div>
      </form>
    </Dialog>
  )
}
