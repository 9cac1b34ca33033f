import { useId } from 'react'
import { useMutation } from '@tanstack/react-query'
import { useMaybeClient } from '../client/context.tsx'
import { Status } from '../components/Status.tsx'
import { useT } from '../i18n/useT.ts'
import { useSettings } from '../state/settings.tsx'

/** "Your data is yours": an archive of your rooms, messages, moderation actions and settings. */
export function ExportSection() {
  const t = useT()
  const id = useId()
  const client = useMaybeClient()
  const { settings } = useSettings()
  const exporting = useMutation({
    mutationFn: () =>
      client!.call('exportMyData', {
        appSettings: {
          language: settings.locale,
          theme: settings.theme,
          textSize: settings.textSize,
          region: settings.region,
          notifications: settings.notifications
        }
      })
  })
  return (
    <section className="card" aria-labelledby={`${id}-export`}>
      <h2 id={`${id}-export`}>{t('export.title')}</h2>
      <p>{t('export.what')}</p>
      <Status error={exporting.error} />
      <button type="button" className="button" disabled={!client || exporting.isPending} onClick={() => exporting.mutate()}>
        {exporting.isPending ? t('export.working') : t('export.button')}
      </button>
      <div role="status">
        {exporting.data && (
          <p className="export-done">
            {t('export.done', { rooms: exporting.data.rooms, messages: exporting.data.messages })} <code className="export-path">{exporting.data.html}</code>
          </p>
        )}
      </div>
    </section>
  )
}
