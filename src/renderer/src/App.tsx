import { useCallback, useEffect, useState } from 'react'
import { QueryClientProvider } from '@tanstack/react-query'
import { ClientProvider } from './client/context.tsx'
import type { StatusClient } from './client/status.ts'
import { createQueryClient } from './data/queryClient.ts'
import { useEngineEvents } from './data/events.ts'
import { I18nProvider } from './i18n/I18nProvider.tsx'
import { resolveLocale } from './i18n/locale.ts'
import { useT } from './i18n/useT.ts'
import { SettingsProvider, useSettings } from './state/settings.tsx'
import type { Settings } from './state/settings.tsx'
import { useRoute } from './hooks/useRoute.ts'
import { useNotifications } from './hooks/useNotifications.ts'
import { useSessionReminders } from './hooks/useSessionReminders.ts'
import { TopBar } from './components/TopBar.tsx'
import { ConnectionNotice } from './components/ConnectionNotice.tsx'
import { HelpPanel } from './components/HelpPanel.tsx'
import { RoomRail } from './components/RoomRail.tsx'
import { FirstRun } from './screens/FirstRun.tsx'
import { RoomsScreen } from './screens/RoomsScreen.tsx'
import { RoomScreen } from './screens/RoomScreen.tsx'
import { SettingsScreen } from './screens/SettingsScreen.tsx'
import { ModConsole } from './moderator/ModConsole.tsx'
import { DirectoryScreen } from './directory/DirectoryScreen.tsx'

/** F1, or Ctrl/Cmd+Shift+H, opens "Get help now" from anywhere, even inside a dialog. */
export function isHelpShortcut(e: KeyboardEvent): boolean {
  return e.key === 'F1' || ((e.ctrlKey || e.metaKey) && e.shiftKey && (e.key === 'H' || e.key === 'h'))
}

function useHelp(): [boolean, () => void, () => void] {
  const [open, setOpen] = useState(false)
  const show = useCallback(() => setOpen(true), [])
  useEffect(() => {
    const on = (e: KeyboardEvent): void => {
      if (isHelpShortcut(e)) {
        e.preventDefault()
        show()
      }
    }
    addEventListener('keydown', on, true)
    return () => removeEventListener('keydown', on, true)
  }, [show])
  return [open, show, () => setOpen(false)]
}

function Screens({ client }: { client: StatusClient }) {
  const [route, go] = useRoute()
  const { settings, update } = useSettings()
  const [helpOpen, openHelp, closeHelp] = useHelp()
  useEngineEvents(client)
  useNotifications(client)
  useSessionReminders(client)
  const roomId = route.name === 'room' || route.name === 'moderate' ? route.roomId : undefined
  // the desktop shell: hearth:// links, "Get help now" from the menu/tray, notification clicks
  useEffect(() => {
    const shell = client.shell
    if (!shell) return
    const offs = [
      shell.onDeepLink((invite) => go({ name: 'join', invite })),
      shell.onGetHelp(openHelp),
      shell.onOpenRoom((id) => go({ name: 'room', roomId: id }))
    ]
    return () => {
      for (const off of offs) off()
    }
  }, [client, go, openHelp])

  let screen
  if (!settings.firstRunDone) screen = <FirstRun onDone={() => update({ firstRunDone: true })} />
  else if (route.name === 'room') screen = <RoomScreen key={route.roomId} roomId={route.roomId} go={go} onHelp={openHelp} />
  else if (route.name === 'moderate') screen = <ModConsole key={route.roomId} roomId={route.roomId} tab={route.tab} go={go} />
  else if (route.name === 'settings') screen = <SettingsScreen />
  else if (route.name === 'directory') screen = <DirectoryScreen go={go} />
  else screen = <RoomsScreen go={go} joinInvite={route.name === 'join' ? route.invite : undefined} />

  const started = settings.firstRunDone
  return (
    <>
      <TopBar route={started ? route : null} go={started ? go : undefined} onHelp={openHelp} />
      <ConnectionNotice />
      <div className={roomId && started ? 'shell with-rail' : 'shell'}>
        {roomId && started && <RoomRail current={roomId} go={go} />}
        <main id="main" tabIndex={-1} className="main">
          {screen}
        </main>
      </div>
      {helpOpen && <HelpPanel roomId={roomId} onClose={closeHelp} />}
    </>
  )
}

function NoEngine() {
  const t = useT()
  const [helpOpen, openHelp, closeHelp] = useHelp()
  return (
    <>
      <TopBar route={null} onHelp={openHelp} />
      <main id="main" tabIndex={-1} className="main narrow">
        <h1>{t('app.name')}</h1>
        <p role="alert">{t('connection.noEngine')}</p>
      </main>
      {helpOpen && <HelpPanel onClose={closeHelp} />}
    </>
  )
}

function Localized({ client }: { client: StatusClient | null }) {
  const { settings } = useSettings()
  const [queryClient] = useState(createQueryClient)
  return (
    <I18nProvider locale={resolveLocale(settings.locale)}>
      {client ? (
        <QueryClientProvider client={queryClient}>
          <ClientProvider client={client}>
            <Screens client={client} />
          </ClientProvider>
        </QueryClientProvider>
      ) : (
        <NoEngine />
      )}
    </I18nProvider>
  )
}

export function App({ client, initialSettings }: { client: StatusClient | null; initialSettings?: Partial<Settings> }) {
  return (
    <SettingsProvider initial={initialSettings}>
      <Localized client={client} />
    </SettingsProvider>
  )
}
