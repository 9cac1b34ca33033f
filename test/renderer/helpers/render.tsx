import { render } from '@testing-library/react'
import type { ReactElement, ReactNode } from 'react'
import { QueryClientProvider } from '@tanstack/react-query'
import { ClientProvider } from '../../../src/renderer/src/client/context.tsx'
import type { StatusClient } from '../../../src/renderer/src/client/status.ts'
import { createQueryClient } from '../../../src/renderer/src/data/queryClient.ts'
import { useEngineEvents } from '../../../src/renderer/src/data/events.ts'
import { I18nProvider } from '../../../src/renderer/src/i18n/I18nProvider.tsx'
import { SettingsProvider } from '../../../src/renderer/src/state/settings.tsx'
import type { Settings } from '../../../src/renderer/src/state/settings.tsx'

function Events({ client, children }: { client: StatusClient; children: ReactNode }) {
  useEngineEvents(client)
  return <>{children}</>
}

/** Render inside the app's providers (English; settings: first run done, region GB unless given). */
export function renderWith(ui: ReactElement, client: StatusClient, settings: Partial<Settings> = {}) {
  return render(
    <SettingsProvider initial={{ firstRunDone: true, region: 'GB', ...settings }}>
      <I18nProvider locale="en">
        <QueryClientProvider client={createQueryClient()}>
          <ClientProvider client={client}>
            <Events client={client}>{ui}</Events>
          </ClientProvider>
        </QueryClientProvider>
      </I18nProvider>
    </SettingsProvider>
  )
}
