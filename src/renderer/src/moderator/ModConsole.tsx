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
import { BlockListsTab } from './BlockListsTab.tsx'
import { OnDutyToggle } from './OnDutyToggle.tsx'
import { WelcomeTab } from './WelcomeTab.tsx'
import { SessionsTab } from './SessionsTab.tsx'
import { VerifiedTab } from './VerifiedTab.tsx'
import { SupportInbox } from '../support/SupportInbox.tsx'
import { JoinRequestsInbox } from '../directory/JoinRequestsInbox.tsx'
import { ListingTab } from '../directory/ListingTab.tsx'
import { ConsoleNav } from './ConsoleNav.tsx'
import { isTab, sectionsFor } from './sections.ts'
import type { Tab } from './sections.ts'

/** The moderator console: its tools in sections (two levels of tabs, see ConsoleNav). */
export function ModConsole({ roomId, tab, go }: { roomId: string; tab?: string; go: (r: Route) => void }) {
  const t = useT()
  const room = useRoomSummary(roomId)
  const sections = sectionsFor(room.data?.kind === 'private')
  const shown = (x: string | undefined): x is Tab => isTab(x) && sections.some((s) => s.tabs.includes(x))
  const current: Tab = shown(tab) ? tab : 'members'
  const name = cleanName(room.data?.name) ?? t('app.name')
  const select = (next: Tab): void => go({ name: 'moderate', roomId, tab: next })

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
      <ConsoleNav sections={sections} current={current} onSelect={select}>
        <section role="tabpanel" id={`panel-${current}`} aria-labelledby={`tab-${current}`} className="tabpanel" tabIndex={0}>
          <h2>{t(`mod.tab.${current}`)}</h2>
          {current === 'members' && <MembersTab {...props} />}
          {current === 'reports' && <ReportsTab {...props} />}
          {current === 'support' && <SupportInbox roomId={roomId} onOpenConversation={(id) => go({ name: 'room', roomId: id })} />}
          {current === 'knocks' && <JoinRequestsInbox roomId={roomId} />}
          {current === 'listing' && <ListingTab {...props} />}
          {current === 'invites' && <InvitesTab {...props} />}
          {current === 'guidelines' && <GuidelinesTab {...props} />}
          {current === 'welcome' && <WelcomeTab {...props} />}
          {current === 'sessions' && <SessionsTab {...props} />}
          {current === 'resources' && <ResourcesTab {...props} />}
          {current === 'verified' && <VerifiedTab {...props} />}
          {current === 'settings' && <RoomSettingsTab {...props} />}
          {current === 'lists' && <BlockListsTab {...props} />}
          {current === 'log' && <LogTab {...props} />}
          {current === 'moderators' && <ModeratorsTab {...props} />}
          {current === 'keys' && <KeysTab {...props} />}
        </section>
      </ConsoleNav>
    </div>
  )
}
