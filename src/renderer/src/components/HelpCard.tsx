import { en } from '../strings/en.ts'
import { directoryFor } from '../safety/index.ts'
import type { DistressLevel } from '../safety/index.ts'
import { telHref } from '../safety/links.ts'
import { useSettings } from '../state/settings.tsx'
import { useMaybeClient } from '../client/context.tsx'

/** A phone number as a tel: link; inside the desktop app it leaves through the shell (its checks, the person's confirmation). */
function CallLink({ phone, label, className }: { phone: string; label: string; className: string }) {
  const shell = useMaybeClient()?.shell
  const href = telHref(phone)
  if (!href) return <span>{phone}</span>
  return (
    <a
      className={className}
      href={href}
      onClick={(e) => {
        if (shell) {
          e.preventDefault()
          void shell.openExternal(href)
        }
      }}
    >
      {label}
    </a>
  )
}

/**
 * The gentle nudge the on-device distress check shows above the composer. It never blocks
 * sending and nothing about it leaves the device. Its words follow the grade: for 'urgent' it
 * leads with the emergency number and a crisis line for the person's region; when the draft is
 * about someone else (`about: 'other'`) it speaks about helping them.
 */
export function HelpCard({
  level,
  about = 'self',
  onOpenHelp,
  onDismiss
}: {
  level: DistressLevel
  about?: 'self' | 'other'
  onOpenHelp: () => void
  onDismiss: () => void
}) {
  const { settings } = useSettings()
  if (level === 'none') return null
  const other = about === 'other'
  const urgent = level === 'urgent'
  const local = directoryFor(settings.region)
  const line = local.entries.find((e) => e.country !== 'INTL' && telHref(e.phone))
  return (
    <section
      className={urgent ? 'help-card help-card-urgent' : 'help-card'}
      aria-labelledby="help-card-title"
      role="region"
      data-grade={level}
      data-about={about}
    >
      <h2 id="help-card-title" className="help-card-title">
        {other ? en.helpCard.otherTitle : en.helpCard.title}
      </h2>
      {urgent && (
        <div className="help-card-now">
          <p>
            <strong>{other ? en.helpCard.otherUrgent : en.helpCard.urgent}</strong>
          </p>
          <div className="help-actions">
            {local.emergency ? (
              <CallLink phone={local.emergency.emergency} label={en.helpCard.callEmergency(local.emergency.emergency)} className="button danger" />
            ) : (
              <span>{en.helpCard.noEmergency}</span>
            )}
            {line?.phone && <CallLink phone={line.phone} label={en.helpCard.callLine(line.name, line.phone)} className="button primary" />}
          </div>
          {!line && <p className="small">{en.helpCard.noLine}</p>}
        </div>
      )}
      <p>{other ? en.helpCard.otherBody : en.helpCard.body}</p>
      <div className="row">
        <button type="button" className="button primary" onClick={onOpenHelp}>
          {other ? en.helpCard.openOther : en.helpCard.open}
        </button>
        <button type="button" className="button" onClick={onDismiss}>
          {en.helpCard.dismiss}
        </button>
      </div>
    </section>
  )
}
