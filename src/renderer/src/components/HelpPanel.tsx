import { FormattedMessage, useIntl } from 'react-intl'
import type { Result } from '../../../shared/api/index.ts'
import { useHelpQuery } from '../data/queries.ts'
import { useT } from '../i18n/useT.ts'
import { directoryFor } from '../safety/index.ts'
import { telHref } from '../safety/links.ts'
import { regionName } from '../safety/regions.ts'
import { useSettings } from '../state/settings.tsx'
import { Dialog } from './Dialog.tsx'
import { RegionSelect } from './RegionSelect.tsx'
import { HelpEntryView, useOpenOutside } from './HelpEntry.tsx'
import type { HelpEntry } from './HelpEntry.tsx'

/** A room resource as the engine gives it: whose region it serves, and `verified` when moderators verified it. */
type RoomResource = Result<'getHelp'>['room'][number]

/**
 * "Get help now": the region's crisis lines first (focus starts on the first one), the room's own
 * resources, then the region picker. The emergency number is stated at the top in calm words; it
 * is a link, not the first stop and not a red button.
 */
export function HelpPanel({ roomId, onClose }: { roomId?: string; onClose: () => void }) {
  const t = useT()
  const locale = useIntl().locale
  const { settings, update } = useSettings()
  const region = settings.region
  const engine = useHelpQuery(roomId, region)
  const open = useOpenOutside()
  const room: RoomResource[] = engine.data?.room ?? []
  // the engine puts the person's region first; lines for elsewhere say where they answer
  const where = (e: RoomResource) =>
    e.match !== 'other' ? undefined : e.region ? t('help.forRegion', { region: regionName(e.region, locale) }) : t('help.forElsewhere')
  // the shipped directory works with no engine at all; the engine's copy is only a fallback
  const local = directoryFor(region)
  const directory: HelpEntry[] = local.entries.length > 0 ? local.entries : (engine.data?.directory ?? [])
  const number = local.emergency?.emergency
  const emergencyTel = telHref(number)

  return (
    <Dialog title={t('help.title')} onClose={onClose} className="help-panel" describedBy="help-intro">
      <div id="help-intro">
        <p>{t('help.intro')}</p>
        <p className="emergency">
          {number && emergencyTel ? (
            <FormattedMessage
              id="help.emergencyFor"
              values={{
                number: (
                  <a href={emergencyTel} onClick={open(emergencyTel)} className="emergency-link">
                    {number}
                  </a>
                )
              }}
            />
          ) : (
            t('help.emergency')
          )}
        </p>
      </div>
      <section aria-labelledby="help-dir">
        <h3 id="help-dir">{region ? t('help.directory', { region: regionName(region, locale) }) : t('help.international')}</h3>
        {!region && <p className="muted small">{t('help.noRegion')}</p>}
        {engine.isLoading && directory.length === 0 && <p>{t('help.loading')}</p>}
        {directory.length > 0 ? (
          <ul className="help-list">
            {directory.map((e, i) => (
              <HelpEntryView key={`d${i}`} entry={e} autoFocus={i === 0} />
            ))}
          </ul>
        ) : (
          !engine.isLoading && <p>{t('help.none')}</p>
        )}
      </section>
      {room.length > 0 && (
        <section aria-labelledby="help-room">
          <h3 id="help-room">{t('help.roomResources')}</h3>
          <ul className="help-list">
            {room.map((e, i) => (
              <HelpEntryView key={`r${i}`} entry={e} autoFocus={directory.length === 0 && i === 0} label={where(e)} />
            ))}
          </ul>
        </section>
      )}
      <RegionSelect value={region} onChange={(v) => update({ region: v })} />
    </Dialog>
  )
}
