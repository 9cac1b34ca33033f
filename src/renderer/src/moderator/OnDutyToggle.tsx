import { useEffect, useId, useState } from 'react'
import { useClient } from '../client/context.tsx'
import { useErrorText } from '../i18n/errors.ts'
import { useT } from '../i18n/useT.ts'
import { usePresenceState } from '../hooks/usePresence.ts'

/**
 * "I'm on duty": members see "A moderator is here" while it is on. The engine signs and refreshes
 * the claim on every connection until it is turned off (or Hearth closes); nothing is stored.
 */
export function OnDutyToggle({ roomId }: { roomId: string }) {
  const t = useT()
  const word = useErrorText()
  const client = useClient()
  const id = useId()
  const { presence, reload } = usePresenceState(roomId)
  const [pending, setPending] = useState<boolean | null>(null)
  const [error, setError] = useState<string | null>(null)
  const checked = pending ?? presence?.onDuty ?? false
  // what the engine says wins once it agrees (and later, if it ends the duty itself)
  const engineSays = presence?.onDuty
  useEffect(() => {
    if (pending !== null && engineSays === pending) setPending(null)
  }, [pending, engineSays])

  async function toggle(on: boolean): Promise<void> {
    setPending(on)
    setError(null)
    try {
      await client.call('setPresence', { roomId, onDuty: on })
    } catch (err) {
      setError(`${t('presence.onDutyFailed')} ${word(err)}`)
      setPending(null)
      return
    }
    setPending(on)
    reload()
  }

  return (
    <div className="on-duty">
      <label className="check">
        <input
          type="checkbox"
          checked={checked}
          disabled={presence === null}
          aria-describedby={`${id}-hint`}
          onChange={(e) => {
            void toggle(e.target.checked)
          }}
        />
        {t('presence.onDuty')}
      </label>
      <p id={`${id}-hint`} className="hint">
        {t('presence.onDutyHint')}
      </p>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </div>
  )
}
