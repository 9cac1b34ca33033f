import { useCallback, useEffect, useState } from 'react'
import { en } from './strings/en.ts'
import { ClientProvider } from './client/context.tsx'
import type { StatusClient } from './client/status.ts'
import { SettingsProvider, useSettings } from './state/settings.tsx'
import type { Settings } from './state/settings.tsx'
import { useRoute } from './hooks/useRoute.ts'
import { useNotifications } from './hooks/useNotifications.ts'
import { TopBar } from './components/TopBar.tsx'
import { HelpPanel } from './components/HelpPanel.tsx'
import { FirstRun } from './screens/FirstRun.tsx'
import { RoomsScreen } from './screens/RoomsScreen.tsx'
import { RoomScreen } from './screens/RoomScreen.tsx'
import { SettingsScreen } from './screens/SettingsScreen.tsx'
import { ModConsole } from './moderator/ModConsole.tsx'

/** F1, or Ctrl/Cmd+Shift+H, opens "Get help now" from anywhere, even inside a dialog. */
export function isHelpShortcut(e: KeyboardEvent): boolean {
  return e.key === 'F1' || ((e.ctrlKey || e.metaKey) && e.shiftKey && (e.key === 'H' || e.key === 'h'))
}

function useHelpShortcut(open: () => void): void {
  useEffect(() => {
    const on = (e: KeyboardEvent): void => {
      if (isHelpShortcut(e)) {
        e.preventDefault()
        open()
      }
    }
    addEventListener('keydown', on, true)
    return () => removeEventListener('keydown', on, true)
  }, [open])
}

function Screens({ client }: { client: StatusClient }) {
  const [route, go] = useRoute()
  const { settings, update } = useSettings()
  const [helpOpen, setHelpOpen] = useState(false)
  const openHelp = useCallback(() => setHelpOpen(true), [])
  useHelpShortcut(openHelp)
  useNotifications(client)
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
  else screen = <RoomsScreen go={go} joinInvite={route.name === 'join' ? route.invite : undefined} />

  return (
    <>
      <TopBar route={settings.firstRunDone ? route : null} go={settings.firstRunDone ? go : undefined} onHelp={openHelp} hasClient />
      <main id="main" tabIndex={-1} className="main">
        {screen}
      </main>
      {helpOpen && <HelpPanel roomId={roomId} onClose={() => setHelpOpen(false)} />}
    </>
  )
}

function NoEngine() {
  const [helpOpen, setHelpOpen] = useState(false)
  const openHelp = useCallback(() => setHelpOpen(true), [])
  useHelpShortcut(openHelp)
  return (
    <>
      <TopBar route={null} onHelp={openHelp} hasClient={false} />
      <main id="main" tabIndex={-1} className="main narrow">
        <h1>{en.appName}</h1>
        <p role="alert">{en.connection.noEngine}</p>
      </main>
      {helpOpen && <HelpPanel onClose={() => setHelpOpen(false)} />}
    </>
  )
}

export function App({ client, initialSettings }: { client: StatusClient | null; initialSettings?: Partial<Settings> }) {
  return (
    <SettingsProvider initial={initialSettings}>
      {client ? (
        <ClientProvider client={client}>
          <Screens client={client} />
        </ClientProvider>
      ) : (
        <NoEngine />
      )}
    </SettingsProvider>
  )
}
