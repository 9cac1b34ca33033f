import { en } from '../strings/en.ts'
import { useClient, useEvent, useLoad } from '../client/context.tsx'
import { getModerationLog, supported } from '../client/moderation.ts'
import { cleanText } from '../components/PeerText.tsx'
import { Status, Unsupported, fmtTime } from './common.tsx'
import type { TabProps } from './common.tsx'

const short = (s: string): string => (/^[0-9a-f]{64}/.test(s) ? `#${s.slice(0, 8)}` : s)

/** The moderation log: every block, hide, mute and guideline change, readable by every member. */
export function ModerationLogView({ roomId }: { roomId: string }) {
  const client = useClient()
  const ok = supported('getModerationLog')
  const log = useLoad(async () => (ok ? await getModerationLog(client, roomId) : []), [client, roomId, ok])
  useEvent('room.changed', (p) => {
    if (p.roomId === roomId) log.reload()
  })
  if (!ok) return <Unsupported method="getModerationLog" />
  const list = log.value ?? []
  return (
    <div>
      <Status loading={log.loading && !log.value} error={log.error} />
      {log.value && list.length === 0 && <p>{en.mod.logEmpty}</p>}
      {list.length > 0 && (
        <div className="table-wrap">
          <table className="log-table">
            <thead>
              <tr>
                <th scope="col">{en.mod.logEntry.time}</th>
                <th scope="col">{en.mod.logEntry.moderator}</th>
                <th scope="col">{en.mod.logEntry.action}</th>
                <th scope="col">{en.mod.logEntry.target}</th>
                <th scope="col">{en.mod.logEntry.reason}</th>
              </tr>
            </thead>
            <tbody>
              {[...list].reverse().map((e, i) => (
                <tr key={i}>
                  <td>{fmtTime(e.time)}</td>
                  <td className="mono">{short(e.moderator)}</td>
                  <td>{cleanText(e.action)}</td>
                  <td className="mono">{short(cleanText(e.target))}</td>
                  <td>
                    <bdi dir="auto">{cleanText(e.reason)}</bdi>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  )
}

export function LogTab({ roomId }: TabProps) {
  return <ModerationLogView roomId={roomId} />
}
