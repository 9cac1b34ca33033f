import { useT } from '../i18n/useT.ts'
import type { Route } from '../hooks/useRoute.ts'

interface Props {
  route: Route | null
  go?: (r: Route) => void
  onHelp: () => void
}

/** On every screen: where you are, and the one-click "Get help now". */
export function TopBar({ route, go, onHelp }: Props) {
  const t = useT()
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
        {t('common.skipToContent')}
      </a>
      <span className="brand" aria-hidden="true">
        <span className="brand-mark">◉</span>
        <span className="brand-name">{t('app.name')}</span>
      </span>
      {go && (
        <nav aria-label={t('nav.main')} className="topnav">
          <button
            type="button"
            className="ghost"
            aria-current={current === 'rooms' || current === 'room' || current === 'moderate' ? 'page' : undefined}
            onClick={() => go({ name: 'rooms' })}
          >
            {t('nav.rooms')}
          </button>
          <button type="button" className="ghost" aria-current={current === 'settings' ? 'page' : undefined} onClick={() => go({ name: 'settings' })}>
            {t('nav.settings')}
          </button>
        </nav>
      )}
      <button
        type="button"
        className="button help-now"
        onClick={onHelp}
        aria-keyshortcuts="F1 Control+Shift+H"
        title={t('nav.getHelpShortcut')}
        data-testid="get-help"
      >
        {t('nav.getHelp')}
      </button>
    </header>
  )
}
