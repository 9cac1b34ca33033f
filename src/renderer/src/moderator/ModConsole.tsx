import { useRef } from 'react'
import type { KeyboardEvent } from 'react'
import { en } from '../strings/en.ts'
import { useClient, useLoad } from '../client/context.tsx'
import type { Route } from '../hooks/useRoute.ts'
import { cleanName } from '../components/PeerText.tsx'
import { MembersTab } from './MembersTab.tsx'
import { ReportsTab } from './ReportsTab.tsx'
import { InvitesTab } from './InvitesTab.tsx'
import { GuidelinesTab } from './GuidelinesTab.tsx'
import { ResourcesTab } from './ResourcesTab.tsx'
import { RoomSettingsTab } from './RoomSettingsTab.tsx'
import { LogTab } from './LogTab.tsx'
import { ModeratorsTab } from './ModeratorsTab.tsx'
import { KeysTab } from './KeysTab.tsx'
import { OnDutyToggle } from './OnDutyToggle.tsx'

export const TABS = ['members', 'reports', 'invites', 'guidelines', 'resources', 'settings', 'log', 'moderators', 'keys'] as const
export type Tab = (typeof TABS)[number]

/** The moderator console: a tab per tool, keyboard-operable (arrow keys move between tabs). */
export function ModConsole({ roomId, tab, go }: { roomId: string; tab?: string; go: (r: Route) => void }) {
  const client = useClient()
  const room = useLoad(() => client.call('getRoom', { roomId }), [client, roomId])
  const current: Tab = (TABS as readonly string[]).includes(tab ?? '') ? (tab as Tab) : 'members'
  const refs = useRef(new Map<Tab, HTMLButtonElement>())
  const name = cleanName(room.value?.name) ?? en.appName
  const select = (t: Tab): void => {
    go({ name: 'moderate', roomId, tab: t })
    refs.current.get(t)?.focus()
  }

  function onKeyDown(e: KeyboardEvent): void {
    const i = TABS.indexOf(current)
    const next =
      e.key === 'ArrowRight' || e.key === 'ArrowDown'
        ? TABS[(i + 1) % TABS.length]
        : e.key === 'ArrowLeft' || e.key === 'ArrowUp'
          ? TABS[(i - 1 + TABS.length) % TABS.length]
          : e.key === 'Home'
            ? TABS[0]
            : e.key === 'End'
              ? TABS[TABS.length - 1]
              : null
    if (next) {
      e.preventDefault()
      select(next)
    }
  }

  const props = { roomId, isOwner: Boolean(room.value?.isOwner) }
  return (
    <div className="mod-console">
      <div className="screen-head">
        <h1>
          <bdi dir="auto">{en.mod.title(name)}</bdi>
        </h1>
        <button type="button" className="button" onClick={() => go({ name: 'room', roomId })}>
          {en.back}
        </button>
      </div>
      {room.error && (
        <p role="alert" className="error">
          {room.error}
        </p>
      )}
      <OnDutyToggle roomId={roomId} />
      <div className="mod-layout">
        <div role="tablist" aria-label={en.mod.title(name)} aria-orientation="vertical" className="tabs" onKeyDown={onKeyDown}>
          {TABS.map((t) => (
            <button
              key={t}
              type="button"
              role="tab"
              id={`tab-${t}`}
              aria-selected={t === current}
              aria-controls={`panel-${t}`}
              tabIndex={t === current ? 0 : -1}
              ref={(el) => {
                if (el) refs.current.set(t, el)
              }}
              onClick={() => select(t)}
            >
              {en.mod.tabs[t]}
            </button>
          ))}
        </div>
        <section role="tabpanel" id={`panel-${current}`} aria-labelledby={`tab-${current}`} className="tabpanel" tabIndex={0}>
          <h2>{en.mod.tabs[current]}</h2>
          {current === 'members' && <MembersTab {...props} />}
          {current === 'reports' && <ReportsTab {...props} />}
          {current === 'invites' && <InvitesTab {...props} />}
          {current === 'guidelines' && <GuidelinesTab {...props} />}
          {current === 'resources' && <ResourcesTab {...props} />}
          {current === 'settings' && <RoomSettingsTab {...props} />}
          {current === 'log' && <LogTab {...props} />}
          {current === 'moderators' && <ModeratorsTab {...props} />}
          {current === 'keys' && <KeysTab {...props} />}
        </section>
      </div>
    </div>
  )
}
