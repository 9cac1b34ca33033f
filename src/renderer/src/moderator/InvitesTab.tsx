import { useState } from 'react'
import { useAction, useClient } from '../client/context.tsx'
import { useInvites, useRefreshRoom } from '../data/queries.ts'
import { useT } from '../i18n/useT.ts'
import { CopyField } from '../components/CopyField.tsx'
import { ConfirmDialog } from '../components/ConfirmDialog.tsx'
import { Status } from '../components/Status.tsx'
import type { TabProps } from './tab.ts'

/** Invites issued from this device: create, copy, revoke. */
export function InvitesTab({ roomId }: TabProps) {
  const t = useT()
  const client = useClient()
  const invites = useInvites(roomId)
  const refresh = useRefreshRoom(roomId)
  const [fresh, setFresh] = useState<string | null>(null)
  const [revoking, setRevoking] = useState<string | null>(null)
  const action = useAction()
  async function create(): Promise<void> {
    const r = await action.run(() => client.call('createInvite', { roomId }))
    if (r) {
      setFresh(r.invite)
      void refresh()
    }
  }
  const list = invites.data?.invites ?? []
  return (
    <div>
      <div className="row">
        <button type="button" className="button primary" onClick={create} disabled={action.busy}>
          {t('mod.newInvite')}
        </button>
      </div>
      {fresh && <CopyField label={t('createRoom.inviteLabel')} value={fresh} />}
      <Status loading={invites.isPending} error={invites.error ?? action.error} />
      {invites.data && list.length === 0 && <p>{t('mod.invitesEmpty')}</p>}
      <ul className="mod-list">
        {list.map((i) => (
          <li key={i.inviteId} className="mod-item">
            <div>
              <p className="small">{t('mod.invite', { id: i.inviteId.slice(0, 8) })}</p>
              <p className="small muted">
                {t('mod.uses', { count: i.uses })}
                {i.revoked && <span className="tag warn">{t('mod.revoked')}</span>}
              </p>
            </div>
            {!i.revoked && (
              <button type="button" className="button small" onClick={() => setRevoking(i.inviteId)}>
                {t('mod.revoke')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {revoking && (
        <ConfirmDialog
          title={t('mod.revokeTitle')}
          body={<p>{t('mod.revokeBody')}</p>}
          confirmLabel={t('mod.revoke')}
          onConfirm={async () => {
            await client.call('revokeInvite', { roomId, inviteId: revoking })
            await refresh()
          }}
          onClose={() => setRevoking(null)}
        />
      )}
    </div>
  )
}
