import { useT } from '../i18n/useT.ts'
import type { Presence } from '../hooks/usePresence.ts'
import { Menu } from './Menu.tsx'
import type { MenuItem } from './Menu.tsx'
import { PresenceBar } from './PresenceBar.tsx'

interface Props {
  name: string
  joining: boolean
  presence: Presence | null
  primary: { label: string; onClick: () => void } | null
  menu: MenuItem[]
  onBack: () => void
  titleRef: React.RefObject<HTMLHeadingElement | null>
  /** A private conversation: "the other person" and "conversation" where a room says "room". */
  conversation?: boolean
  /** Open the search of this room's messages (also Ctrl/Cmd+F, see useSearchShortcut). */
  onSearch: () => void
}

const SEARCH_KEYS = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘F' : 'Ctrl+F'

/** The room's name and who is here; one primary action and a menu for the rest. */
export function RoomHeader({ name, joining, presence, primary, menu, onBack, titleRef, conversation = false, onSearch }: Props) {
  const t = useT()
  const online = presence?.online ?? 0
  return (
    <header className="room-head">
      <button type="button" className="ghost icon back-to-rooms" onClick={onBack} aria-label={t('nav.rooms')} title={t('nav.rooms')}>
        <span aria-hidden="true" className="flip-rtl">
          ‹
        </span>
      </button>
      <div className="room-head-main">
        <h1 className="room-title" ref={titleRef} tabIndex={-1}>
          <bdi dir="auto">{name}</bdi>
        </h1>
        <div className="room-status small">
          <span role="status" className="room-online">
            <span className={`dot ${online > 0 ? 'on' : ''}`} aria-hidden="true" />
            {joining ? t(conversation ? 'private.joining' : 'room.joining') : presence ? t('room.online', { count: online }) : t('room.offline')}
          </span>
          <PresenceBar presence={presence} />
        </div>
      </div>
      <div className="room-head-actions">
        <button
          type="button"
          className="ghost small"
          onClick={onSearch}
          aria-label={t('search.open')}
          title={t('search.shortcut', { keys: SEARCH_KEYS })}
          aria-keyshortcuts="Control+F Meta+F"
        >
          {t('search.button')}
        </button>
        {primary && (
          <button type="button" className="button small" onClick={primary.onClick}>
            {primary.label}
          </button>
        )}
        <Menu label={t(conversation ? 'private.options' : 'room.options')} items={menu} />
      </div>
    </header>
  )
}
