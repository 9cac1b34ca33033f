import { useEffect, useId, useRef, useState } from 'react'
import { useAction, useClient } from '../client/context.tsx'
import { useBlockLists, useRefreshRoom, useRooms } from '../data/queries.ts'
import { useT } from '../i18n/useT.ts'
import { Status } from '../components/Status.tsx'
import { cleanName } from '../components/PeerText.tsx'
import type { TabProps } from './tab.ts'

const lines = (s: string) =>
  s
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)

/** The room's own block list, the lists it follows, and following another room's list (moderators). */
export function BlockListsTab({ roomId }: TabProps) {
  const t = useT()
  const lists = useBlockLists(roomId)
  return (
    <div className="stack">
      <p className="small">{t('lists.intro')}</p>
      <p className="notice small">{t('lists.careful')}</p>
      <Status error={lists.error} />
      <OwnList roomId={roomId} />
      <h3>{t('lists.followedTitle')}</h3>
      <Followed roomId={roomId} />
      <h3>{t('lists.followTitle')}</h3>
      <Follow roomId={roomId} />
    </div>
  )
}

function OwnList({ roomId }: { roomId: string }) {
  const t = useT()
  const client = useClient()
  const id = useId()
  const lists = useBlockLists(roomId)
  const refresh = useRefreshRoom(roomId)
  const action = useAction()
  const [name, setName] = useState('')
  const [phrases, setPhrases] = useState('')
  const [links, setLinks] = useState('')
  const [ok, setOk] = useState<string | null>(null)
  const [nameMissing, setNameMissing] = useState(false)
  const filled = useRef(false)
  const own = lists.data?.own ?? null
  useEffect(() => {
    if (!lists.data || filled.current) return // fill once; never overwrite edits
    filled.current = true
    const entries = lists.data.own?.entries ?? []
    setName(lists.data.own?.name ?? '')
    setPhrases(
      entries
        .filter((e) => e.kind === 'phrase')
        .map((e) => e.value)
        .join('\n')
    )
    setLinks(
      entries
        .filter((e) => e.kind === 'link')
        .map((e) => e.value)
        .join('\n')
    )
  }, [lists.data])

  async function publish(e: React.FormEvent): Promise<void> {
    e.preventDefault()
    setOk(null)
    setNameMissing(name.trim() === '')
    if (name.trim() === '') return
    const entries = [...lines(phrases).map((value) => ({ kind: 'phrase' as const, value })), ...lines(links).map((value) => ({ kind: 'link' as const, value }))]
    if (await action.run(() => client.call('publishBlockList', { roomId, name, entries }))) {
      setOk(t('lists.published'))
      void refresh()
    }
  }
  const count = (kind: string) => own?.entries.filter((e) => e.kind === kind).length ?? 0
  return (
    <form onSubmit={publish} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('lists.ownTitle')}</h3>
      <p className="small muted">
        {own ? t('lists.ownVersion', { version: own.version, phrases: count('phrase'), links: count('link') }) : t('lists.ownNone')}
      </p>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('lists.name')}</label>
        <input id={`${id}-name`} value={name} maxLength={80} aria-invalid={nameMissing} onChange={(e) => setName(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-phrases`}>{t('lists.phrases')}</label>
        <textarea id={`${id}-phrases`} value={phrases} rows={5} onChange={(e) => setPhrases(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-links`}>{t('lists.links')}</label>
        <textarea id={`${id}-links`} value={links} rows={3} dir="ltr" onChange={(e) => setLinks(e.target.value)} />
      </div>
      <Status error={nameMissing ? t('lists.nameMissing') : action.error} ok={ok} />
      <div className="row end">
        <button type="submit" className="button primary" disabled={action.busy}>
          {t('lists.publish')}
        </button>
      </div>
    </form>
  )
}

function Followed({ roomId }: { roomId: string }) {
  const t = useT()
  const client = useClient()
  const lists = useBlockLists(roomId)
  const refresh = useRefreshRoom(roomId)
  const action = useAction()
  const [ok, setOk] = useState<string | null>(null)
  const subs = lists.data?.subscriptions ?? []
  async function unfollow(listId: string): Promise<void> {
    setOk(null)
    if (await action.run(() => client.call('unsubscribeBlockList', { roomId, listId }))) {
      setOk(t('lists.unfollowed'))
      void refresh()
    }
  }
  return (
    <>
      {subs.length === 0 && <p className="small muted">{t('lists.followedNone')}</p>}
      <ul className="plain">
        {subs.map((s) => (
          <li key={s.listId} className="row">
            <span>
              <bdi dir="auto">
                {t('lists.followedItem', { name: cleanName(s.name) ?? '', source: cleanName(s.source) ?? '', version: s.version, count: s.entries.length })}
              </bdi>
            </span>
            <button type="button" className="button" disabled={action.busy} onClick={() => void unfollow(s.listId)}>
              {t('lists.unfollow')}
            </button>
          </li>
        ))}
      </ul>
      <Status error={action.error} ok={ok} />
    </>
  )
}

function Follow({ roomId }: { roomId: string }) {
  const t = useT()
  const client = useClient()
  const id = useId()
  const rooms = useRooms()
  const refresh = useRefreshRoom(roomId)
  const action = useAction()
  const [from, setFrom] = useState('')
  const [ok, setOk] = useState<string | null>(null)
  const others = (rooms.data?.rooms ?? []).filter((r) => r.roomId !== roomId && r.kind !== 'private')
  const chosen = from || others[0]?.roomId || ''
  async function follow(e: React.FormEvent): Promise<void> {
    e.preventDefault()
    setOk(null)
    if (!chosen) return
    if (await action.run(() => client.call('subscribeBlockList', { roomId, fromRoomId: chosen }))) {
      setOk(t('lists.followed'))
      void refresh()
    }
  }
  if (rooms.data && others.length === 0) return <p className="small muted">{t('lists.followNoRooms')}</p>
  return (
    <form onSubmit={follow} noValidate>
      <div className="field">
        <label htmlFor={`${id}-from`}>{t('lists.followWhich')}</label>
        <select id={`${id}-from`} value={chosen} onChange={(e) => setFrom(e.target.value)}>
          {others.map((r) => (
            <option key={r.roomId} value={r.roomId}>
              {cleanName(r.name) ?? t('app.name')}
            </option>
          ))}
        </select>
      </div>
      <p className="small muted">{t('lists.followNote')}</p>
      <Status error={action.error} ok={ok} />
      <div className="row end">
        <button type="submit" className="button" disabled={action.busy || !chosen}>
          {t('lists.follow')}
        </button>
      </div>
    </form>
  )
}
