import { en } from '../strings/en.ts'
import { useMaybeClient, useLoad } from '../client/context.tsx'
import { getHelp, supported } from '../client/moderation.ts'
import type { HelpEntry } from '../client/moderation.ts'
import { directoryFor } from '../safety/index.ts'
import { hostOf, httpsHref, smsHref, telHref } from '../safety/links.ts'
import { regionName } from '../safety/regions.ts'
import { useSettings } from '../state/settings.tsx'
import { Dialog } from './Dialog.tsx'
import { RegionSelect } from './RegionSelect.tsx'
import { cleanText } from './PeerText.tsx'

/** One support line. Room resources come from moderators (peers): text only, links checked. */
export function HelpEntryView({ entry }: { entry: HelpEntry }) {
  const shell = useMaybeClient()?.shell
  // inside the desktop app, links leave through the shell (its checks, the person's confirmation)
  const open = (href: string) => (e: React.MouseEvent) => {
    if (shell) {
      e.preventDefault()
      void shell.openExternal(href)
    }
  }
  const tel = telHref(entry.phone)
  const sms = smsHref(entry.text)
  const web = httpsHref(entry.url)
  const src = httpsHref(entry.source)
  const name = cleanText(entry.name)
  const unsafe = entry.url && !web
  return (
    <li className="help-entry">
      <h4>
        <bdi dir="auto">{name}</bdi>
      </h4>
      <div className="help-actions">
        {tel && (
          <a className="button primary" href={tel} onClick={open(tel)}>
            {en.help.call(entry.phone!.trim())}
          </a>
        )}
        {entry.phone && !tel && <span>{cleanText(entry.phone)}</span>}
        {sms && (
          <a className="button" href={sms} onClick={open(sms)}>
            {cleanText(entry.text!)}
          </a>
        )}
        {entry.text && !sms && (
          <span className="help-text-instr">
            <bdi dir="auto">{cleanText(entry.text)}</bdi>
          </span>
        )}
        {web && (
          <a className="button" href={web} target="_blank" rel="noopener noreferrer" onClick={open(web)}>
            {en.help.website}: {hostOf(web)}
          </a>
        )}
      </div>
      {entry.hours && <p className="small">{en.help.hours(cleanText(entry.hours))}</p>}
      {entry.note && (
        <p className="small">
          <bdi dir="auto">{cleanText(entry.note)}</bdi>
        </p>
      )}
      {unsafe && <p className="small muted">{en.help.unsafeLink}</p>}
      {src && (
        <p className="small muted">
          {en.help.source}:{' '}
          <a href={src} target="_blank" rel="noopener noreferrer" onClick={open(src)}>
            {hostOf(src)}
          </a>
          {entry.checked && <> ({en.help.checked(entry.checked)})</>}
        </p>
      )}
    </li>
  )
}

/** "Get help now": the room's resources first, then support lines for the person's region. */
export function HelpPanel({ roomId, onClose }: { roomId?: string; onClose: () => void }) {
  const client = useMaybeClient()
  const { settings, update } = useSettings()
  const region = settings.region
  const engine = useLoad(async () => {
    if (!client || !supported('getHelp')) return { room: [], directory: [] }
    return await getHelp(client, roomId, region || undefined)
  }, [client, roomId, region])
  const room = engine.value?.room ?? []
  // the shipped directory works with no engine at all; the engine's copy is only a fallback
  const local = directoryFor(region)
  const directory: HelpEntry[] = local.entries.length > 0 ? local.entries : (engine.value?.directory ?? [])
  const emergencyTel = telHref(local.emergency?.emergency)

  return (
    <Dialog title={en.help.title} onClose={onClose} className="help-panel" describedBy="help-intro">
      <div id="help-intro">
        <p>{en.help.intro}</p>
        <p className="emergency">
          <strong>{local.note || en.help.emergency}</strong>
          {emergencyTel && (
            <>
              {' '}
              <a
                className="button danger small"
                href={emergencyTel}
                onClick={(e) => {
                  if (client?.shell) {
                    e.preventDefault()
                    void client.shell.openExternal(emergencyTel)
                  }
                }}
              >
                {en.help.call(local.emergency!.emergency)}
              </a>
            </>
          )}
        </p>
      </div>
      {room.length > 0 && (
        <section aria-labelledby="help-room">
          <h3 id="help-room">{en.help.roomResources}</h3>
          <ul className="help-list">
            {room.map((e, i) => (
              <HelpEntryView key={`r${i}`} entry={e} />
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="help-dir">
        <h3 id="help-dir">{region ? en.help.directory(regionName(region)) : en.help.international}</h3>
        <RegionSelect value={region} onChange={(v) => update({ region: v })} />
        {engine.loading && directory.length === 0 && <p>{en.help.loading}</p>}
        {directory.length > 0 ? (
          <ul className="help-list">
            {directory.map((e, i) => (
              <HelpEntryView key={`d${i}`} entry={e} />
            ))}
          </ul>
        ) : (
          !engine.loading && <p>{en.help.none}</p>
        )}
      </section>
    </Dialog>
  )
}
