import { useState } from 'react'
import type { Result } from '../../../shared/api/index.ts'
import { en } from '../strings/en.ts'
import { useAction, useClient, useEvent, useLoad } from '../client/context.tsx'
import { approveMember, blockMember, supported, unblockMember, unmuteMember, muteMember } from '../client/moderation.ts'
import { ConfirmDialog } from '../components/ConfirmDialog.tsx'
import { PeerName, cleanName } from '../components/PeerText.tsx'
import { Status } from './common.tsx'
import type { TabProps } from './common.tsx'

type Member = Result<'listMembers'>['members'][number]

/** Members with block/unblock, mute/unmute and approve. */
export function MembersTab({ roomId }: TabProps) {
  const client = useClient()
  const members = useLoad(() => client.call('listMembers', { roomId }), [client, roomId])
  const me = useLoad(() => client.call('whoami', { roomId }), [client, roomId])
  const [confirm, setConfirm] = useState<{ kind: 'block' | 'mute'; m: Member } | null>(null)
  const action = useAction()
  useEvent('room.changed', (p) => {
    if (p.roomId === roomId) members.reload()
  })
  const list = members.value?.members ?? []
  const run = (fn: () => Promise<unknown>): void => {
    void action.run(async () => {
      await fn()
      members.reload()
      return true
    })
  }

  return (
    <div>
      <Status loading={members.loading && !members.value} error={members.error ?? action.error} />
      {members.value && list.length === 0 && <p>{en.mod.noMembers}</p>}
      <ul className="mod-list">
        {list.map((m) => {
          const self = m.memberId === me.value?.memberId
          const label = cleanName(m.displayName) ?? en.room.anonymous
          return (
            <li key={m.memberId} className="mod-item" data-member-id={m.memberId}>
              <div>
                <PeerName name={m.displayName} memberId={m.memberId} />
                <p className="small muted">
                  {en.mod.posts(m.posts)}
                  {m.blocked && <span className="tag warn">{en.mod.blocked}</span>}
                  {m.muted && <span className="tag">{en.mod.muted}</span>}
                  {!m.approved && <span className="tag">{en.mod.pending}</span>}
                </p>
              </div>
              {!self && (
                <div className="row wrap">
                  {!m.approved && supported('approveMember') && (
                    <button type="button" className="button small" disabled={action.busy} onClick={() => run(() => approveMember(client, roomId, m.memberId))}>
                      {en.mod.approve} <span className="visually-hidden">{label}</span>
                    </button>
                  )}
                  {m.muted
                    ? supported('unmuteMember') && (
                        <button
                          type="button"
                          className="button small"
                          disabled={action.busy}
                          onClick={() => run(() => unmuteMember(client, roomId, m.memberId))}
                        >
                          {en.mod.unmute} <span className="visually-hidden">{label}</span>
                        </button>
                      )
                    : supported('muteMember') && (
                        <button type="button" className="button small" onClick={() => setConfirm({ kind: 'mute', m })}>
                          {en.mod.mute} <span className="visually-hidden">{label}</span>
                        </button>
                      )}
                  {m.blocked
                    ? supported('unblockMember') && (
                        <button
                          type="button"
                          className="button small"
                          disabled={action.busy}
                          onClick={() => run(() => unblockMember(client, roomId, m.memberId))}
                        >
                          {en.mod.unblock} <span className="visually-hidden">{label}</span>
                        </button>
                      )
                    : supported('blockMember') && (
                        <button type="button" className="button small danger" onClick={() => setConfirm({ kind: 'block', m })}>
                          {en.mod.block} <span className="visually-hidden">{label}</span>
                        </button>
                      )}
                </div>
              )}
            </li>
          )
        })}
      </ul>
      {confirm && (
        <ConfirmDialog
          title={
            confirm.kind === 'block'
              ? en.mod.blockTitle(cleanName(confirm.m.displayName) ?? en.room.anonymous)
              : en.mod.muteTitle(cleanName(confirm.m.displayName) ?? en.room.anonymous)
          }
          body={confirm.kind === 'block' ? <p>{en.mod.blockBody}</p> : undefined}
          confirmLabel={confirm.kind === 'block' ? en.mod.block : en.mod.mute}
          danger={confirm.kind === 'block'}
          reasonLabel={en.mod.reason}
          numberLabel={confirm.kind === 'mute' ? en.mod.muteFor : undefined}
          onConfirm={async (reason, n) => {
            if (confirm.kind === 'block') await blockMember(client, roomId, confirm.m.memberId, reason)
            else await muteMember(client, roomId, confirm.m.memberId, reason, n)
            members.reload()
          }}
          onClose={() => setConfirm(null)}
        />
      )}
    </div>
  )
}
