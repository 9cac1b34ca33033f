import { render } from '@testing-library/react'
import type { ReactElement } from 'react'
import { ClientProvider } from '../../../src/renderer/src/client/context.tsx'
import type { StatusClient } from '../../../src/renderer/src/client/status.ts'
import { SettingsProvider } from '../../../src/renderer/src/state/settings.tsx'
import type { Settings } from '../../../src/renderer/src/state/settings.tsx'

/** Render inside the app's providers (settings: first run done, region GB unless given). */
export function renderWith(ui: ReactElement, client: StatusClient, settings: Partial<Settings> = {}) {
  return render(
    <SettingsProvider initial={{ firstRunDone: true, region: 'GB', ...settings }}>
      <ClientProvider client={client}>{ui}</ClientProvider>
    </SettingsProvider>
  )
}
