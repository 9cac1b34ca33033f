import { useId } from 'react'
import { useT } from '../i18n/useT.ts'
import type { MessageId } from '../i18n/catalog.ts'

const CHOICES: Array<[number | null, MessageId]> = [
  [15, 'mod.muteFor.m15'],
  [60, 'mod.muteFor.h1'],
  [24 * 60, 'mod.muteFor.h24'],
  [7 * 24 * 60, 'mod.muteFor.d7'],
  [null, 'mod.muteFor.untilLifted']
]

/** A mute's length as a duration (minutes), with how a timed mute ends the same on every device. */
export function MuteLength({ value, onChange }: { value: number | null; onChange: (minutes: number | null) => void }) {
  const t = useT()
  const id = useId()
  return (
    <fieldset className="field radios" aria-describedby={`${id}-how`}>
      <legend>{t('mod.muteFor')}</legend>
      {CHOICES.map(([minutes, label]) => (
        <label key={label} className="check">
          <input type="radio" name={id} checked={value === minutes} onChange={() => onChange(minutes)} /> {t(label)}
        </label>
      ))}
      <p id={`${id}-how`} className="hint">
        {t('mod.muteHowTimed')}
      </p>
    </fieldset>
  )
}
