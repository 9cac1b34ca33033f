import { useId, useState } from 'react'
import { useQueryClient } from '@tanstack/react-query'
import type { RoomSummary } from '../../../shared/api/index.ts'
import { useAction, useClient } from '../client/context.tsx'
import { keys } from '../data/keys.ts'
import { useT } from '../i18n/useT.ts'
import { Dialog } from '../components/Dialog.tsx'
import { Status } from '../components/Status.tsx'
import { cleanName } from '../components/PeerText.tsx'

export function LeaveRoomDialog({ room, onClose, onLeft }: { room: Pick<RoomSummary, 'roomId' | 'name'>; onClose: () => void; onLeft: () => void }) {
  const t = useT()
  const client = useClient()
  const qc = useQueryClient()
  const id = useId()
  const [erase, setErase] = useState(false)
  const action = useAction()
  const name = cleanName(room.name) ?? t('app.name')
  async function submit(e: React.FormEvent): Promise<void> {
    e.preventDefault()
    const r = await action.run(() => client.call('leaveRoom', { roomId: room.roomId, erase }))
    if (!r) return
    void qc.invalidateQueries({ queryKey: keys.rooms })
    onLeft()
  }
  return (
    <Dialog title={t('leaveRoom.title', { name })} onClose={onClose}>
      <form onSubmit={submit}>
        <p>{t('leaveRoom.body')}</p>
        <label className="check">
          <input type="checkbox" checked={erase} onChange={(e) => setErase(e.target.checked)} aria-describedby={`${id}-eh`} /> {t('leaveRoom.erase')}
        </label>
        <p id={`${id}-eh`} className="hint">
          {t('leaveRoom.eraseHint')}
        </p>
        <Status error={action.error} />
        <div className="row end">
          <button type="button" className="button" onClick={onClose} data-autofocus>
            {t('common.cancel')}
          </button>
          <button type="submit" className={erase ? 'button danger' : 'button primary'} disabled={action.busy}>
            {erase ? t('leaveRoom.confirmErase') : t('leaveRoom.confirm')}
          </button>
        </div>
      </form>
    </Dialog>
  )
}
