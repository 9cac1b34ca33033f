import { useState } from 'react'
import { en } from '../strings/en.ts'
import { useAction, useClient, useLoad } from '../client/context.tsx'
import { CopyField } from '../components/CopyField.tsx'
import { ConfirmDialog } from '../components/ConfirmDialog.tsx'
import { Status } from './common.tsx'
import type { TabProps } from './common.tsx'

/** Invites issued from this device: create, copy, revoke. */
export function InvitesTab({ roomId }: TabProps) {
  const client = useClient()
  const invites = useLoad(() => client.call('listInvites', { roomId }), [client, roomId])
  const [fresh, setFresh] = useState<string | null>(null)
  const [revoking, setRevoking] = useState<string | null>(null)
  const action = useAction()
  async function create(): Promise<void> {
    const r = await action.run(() => client.call('createInvite', { roomId }))
    if (r) {
      setFresh(r.invite)
      invites.reload()
    }
  }
  const list = invites.value?.invites ?? []
  return (
    <div>
      <div className="row">
        <button type="button" className="button primary" onClick={create} disabled={action.busy}>
          {en.mod.newInvite}
        </button>
      </div>
      {fresh && <CopyField label={en.createRoom.inviteLabel} value={fresh} />}
      <Status loading={invites.loading && !invites.value} error={invites.error ?? action.error} />
      {invites.value && list.length === 0 && <p>{en.mod.invitesEmpty}</p>}
      <ul className="mod-list">
        {list.map((i) => (
          <li key={i.inviteId} className="mod-item">
            <div>
              <p className="mono small">{i.inviteId}</p>
              <p className="small muted">
                {en.mod.uses(i.uses)}
                {i.revoked && <span className="tag warn">{en.mod.revoked}</span>}
              </p>
            </div>
            {!i.revoked && (
              <button type="button" className="button small danger" onClick={() => setRevoking(i.inviteId)}>
                {en.mod.revoke}
              </button>
            )}
          </li>
        ))}
      </ul>
      {revoking && (
        <ConfirmDialog
          title={en.mod.revoke}
          body={<p className="mono small">{revoking}</p>}
          confirmLabel={en.mod.revoke}
          danger
          onConfirm={async () => {
            await client.call('revokeInvite', { roomId, inviteId: revoking })
            invites.reload()
          }}
          onClose={() => setRevoking(null)}
        />
      )}
    </div>
  )
}
