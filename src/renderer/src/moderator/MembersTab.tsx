import { useState } from 'react'
import type { Result } from '../../../shared/api/index.ts'
import { useAction, useClient } from '../client/context.tsx'
import { useMe, useMembers, useRefreshRoom } from '../data/queries.ts'
import { useT } from '../i18n/useT.ts'
import { ConfirmDialog } from '../components/ConfirmDialog.tsx'
import { PeerName, cleanName } from '../components/PeerText.tsx'
import { Status } from '../components/Status.tsx'
import { MuteLength } from './MuteLength.tsx'
import type { TabProps } from './tab.ts'

type Member = Result<'listMembers'>['members'][number]

/** Members with block/unblock, mute (for a time) / unmute and approve. Red only on the block confirmation. */
export function MembersTab({ roomId }: TabProps) {
  const t = useT()
  const client = useClient()
  const members = useMembers(roomId)
  const me = useMe(roomId)
  const refresh = useRefreshRoom(roomId)
  const [confirm, setConfirm] = useState<{ kind: 'block' | 'mute'; m: Member } | null>(null)
  const [minutes, setMinutes] = useState<number | null>(60)
  // after a block, move the room to new keys in the same step (on by default): otherwise the
  // blocked member keeps reading everything posted later
  const [move, setMove] = useState(true)
  const action = useAction()
  const list = members.data?.members ?? []
  const run = (fn: () => Promise<unknown>): void => {
    void action.run(async () => {
      await fn()
      void refresh()
      return true
    })
  }
  const nameOf = (m: Member): string => cleanName(m.displayName) ?? t('room.anonymous')

  return (
    <div>
      <Status loading={members.isPending} error={members.error ?? action.error} />
      {members.data && list.length === 0 && <p>{t('mod.noMembers')}</p>}
      <ul className="mod-list">
        {list.map((m) => {
          const self = m.memberId === me.data?.memberId
          const name = nameOf(m)
          return (
            <li key={m.memberId} className="mod-item" data-member-id={m.memberId}>
              <div>
                <PeerName name={m.displayName} memberId={m.memberId} />
                <p className="small muted">
                  {t('mod.posts', { count: m.posts })}
                  {m.blocked && <span className="tag warn">{t('mod.blocked')}</span>}
                  {m.muted && <span className="tag">{t('mod.muted')}</span>}
                  {!m.approved && <span className="tag">{t('mod.pending')}</span>}
                </p>
              </div>
              {!self && (
                <div className="row wrap">
                  {!m.approved && (
                    <button
                      type="button"
                      className="button small"
                      disabled={action.busy}
                      onClick={() => run(() => client.call('approveMember', { roomId, memberId: m.memberId }))}
                    >
                      {t('mod.approveNamed', { name })}
                    </button>
                  )}
                  {m.muted ? (
                    <button
                      type="button"
                      className="button small"
                      disabled={action.busy}
                      onClick={() => run(() => client.call('unmuteMember', { roomId, memberId: m.memberId }))}
                    >
                      {t('mod.unmuteNamed', { name })}
                    </button>
                  ) : (
                    <button type="button" className="button small" onClick={() => setConfirm({ kind: 'mute', m })}>
                      {t('mod.muteNamed', { name })}
                    </button>
                  )}
                  {m.blocked ? (
                    <button
                      type="button"
                      className="button small"
                      disabled={action.busy}
                      onClick={() => run(() => client.call('unblockMember', { roomId, memberId: m.memberId }))}
                    >
                      {t('mod.unblockNamed', { name })}
                    </button>
                  ) : (
                    <button type="button" className="button small" onClick={() => setConfirm({ kind: 'block', m })}>
                      {t('mod.blockNamed', { name })}
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
          title={confirm.kind === 'block' ? t('mod.blockTitle', { name: nameOf(confirm.m) }) : t('mod.muteTitle', { name: nameOf(confirm.m) })}
          body={confirm.kind === 'block' ? <p>{t('mod.blockBody')}</p> : undefined}
          extra={
            confirm.kind === 'mute' ? (
              <MuteLength value={minutes} onChange={setMinutes} />
            ) : (
              <div className="field check">
                <label>
                  <input type="checkbox" checked={move} onChange={(e) => setMove(e.target.checked)} /> {t('mod.blockMove')}
                </label>
                <p className="small muted">{t('mod.blockMoveHelp')}</p>
              </div>
            )
          }
          confirmLabel={confirm.kind === 'block' ? t('mod.block') : t('mod.mute')}
          danger={confirm.kind === 'block'}
          reasonLabel={t('mod.reason')}
          onConfirm={async (reason) => {
            const memberId = confirm.m.memberId
            if (confirm.kind === 'block') {
              await client.call('blockMember', { roomId, memberId, reason })
              if (move) await client.call('rekeyRoom', { roomId })
            } else await client.call('muteMember', { roomId, memberId, reason, ...(minutes ? { minutes } : {}) })
            await refresh()
          }}
          onClose={() => setConfirm(null)}
        />
      )}
    </div>
  )
}
