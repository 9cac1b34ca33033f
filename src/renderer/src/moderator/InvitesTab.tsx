import { useState } from 'react'
import { useClient } from '../client/context.tsx'
import { useInvites, useRefreshRoom } from '../data/queries.ts'
import { useT } from '../i18n/useT.ts'
import { ConfirmDialog } from '../components/ConfirmDialog.tsx'
import { Status } from '../components/Status.tsx'
import { InviteMaker } from '../invites/InviteMaker.tsx'
import { InviteList } from '../invites/InviteList.tsx'
import type { TabProps } from './tab.ts'

/** Invites issued from this device: make one, copy one again, revoke. */
export function InvitesTab({ roomId }: TabProps) {
  const t = useT()
  const client = useClient()
  const invites = useInvites(roomId)
  const refresh = useRefreshRoom(roomId)
  const [revoking, setRevoking] = useState<string | null>(null)
  const list = invites.data?.invites ?? []
  return (
    <div>
      <InviteMaker roomId={roomId} />
      <h3>{t('invite.madeHere')}</h3>
      <Status loading={invites.isPending} error={invites.error} />
      {invites.data && list.length === 0 && <p>{t('mod.invitesEmpty')}</p>}
      <InviteList invites={list} onRevoke={setRevoking} />
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
