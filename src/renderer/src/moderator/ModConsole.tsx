import { useRef } from 'react'
import type { KeyboardEvent } from 'react'
import { useRoomSummary } from '../data/queries.ts'
import { useT } from '../i18n/useT.ts'
import { Status } from '../components/Status.tsx'
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
  const t = useT()
  const room = useRoomSummary(roomId)
  const current: Tab = (TABS as readonly string[]).includes(tab ?? '') ? (tab as Tab) : 'members'
  const refs = useRef(new Map<Tab, HTMLButtonElement>())
  const name = cleanName(room.data?.name) ?? t('app.name')
  const select = (tab: Tab): void => {
    go({ name: 'moderate', roomId, tab })
    refs.current.get(tab)?.focus()
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

  const props = { roomId, isOwner: Boolean(room.data?.isOwner) }
  return (
    <div className="mod-console">
      <div className="screen-head">
        <h1>
          <bdi dir="auto">{t('mod.title', { room: name })}</bdi>
        </h1>
        <button type="button" className="button" onClick={() => go({ name: 'room', roomId })}>
          {t('common.back')}
        </button>
      </div>
      <Status error={room.error} />
      <OnDutyToggle roomId={roomId} />
      <div className="mod-layout">
        <div role="tablist" aria-label={t('mod.title', { room: name })} aria-orientation="vertical" className="tabs" onKeyDown={onKeyDown}>
          {TABS.map((tab) => (
            <button
              key={tab}
              type="button"
              role="tab"
              id={`tab-${tab}`}
              aria-selected={tab === current}
              aria-controls={`panel-${tab}`}
              tabIndex={tab === current ? 0 : -1}
              ref={(el) => {
                if (el) refs.current.set(tab, el)
              }}
              onClick={() => select(tab)}
            >
              {t(`mod.tab.${tab}`)}
            </button>
          ))}
        </div>
        <section role="tabpanel" id={`panel-${current}`} aria-labelledby={`tab-${current}`} className="tabpanel" tabIndex={0}>
          <h2>{t(`mod.tab.${current}`)}</h2>
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
