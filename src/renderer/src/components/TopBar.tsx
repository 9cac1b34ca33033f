import { en } from '../strings/en.ts'
import { useConnection } from '../client/context.tsx'
import type { Route } from '../hooks/useRoute.ts'

function ConnectionBadge() {
  const c = useConnection()
  if (c.status === 'open') return null
  const text =
    c.status === 'reconnecting'
      ? en.connection.reconnecting(Math.ceil(c.retryIn / 1000))
      : c.status === 'connecting'
        ? en.connection.connecting
        : en.connection.closed
  return (
    <p className="connection-badge" role="status">
      {text}
    </p>
  )
}

interface Props {
  route: Route | null
  go?: (r: Route) => void
  onHelp: () => void
  hasClient: boolean
}

/** On every screen: where you are, and the one-click "Get help now". */
export function TopBar({ route, go, onHelp, hasClient }: Props) {
  const current = route?.name
  return (
    <header className="topbar">
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          e.preventDefault()
          document.getElementById('main')?.focus()
        }}
      >
        {en.skipToContent}
      </a>
      <span className="brand" aria-hidden="true">
        <span className="brand-mark">◉</span> {en.appName}
      </span>
      {go && (
        <nav aria-label={en.nav.main} className="topnav">
          <button
            type="button"
            className="ghost"
            aria-current={current === 'rooms' || current === 'room' || current === 'moderate' ? 'page' : undefined}
            onClick={() => go({ name: 'rooms' })}
          >
            {en.nav.rooms}
          </button>
          <button type="button" className="ghost" aria-current={current === 'settings' ? 'page' : undefined} onClick={() => go({ name: 'settings' })}>
            {en.nav.settings}
          </button>
        </nav>
      )}
      {hasClient && <ConnectionBadge />}
      <button
        type="button"
        className="button help-now"
        onClick={onHelp}
        aria-keyshortcuts="F1 Control+Shift+H"
        title={en.nav.getHelpShortcut}
        data-testid="get-help"
      >
        {en.nav.getHelp}
      </button>
    </header>
  )
}
