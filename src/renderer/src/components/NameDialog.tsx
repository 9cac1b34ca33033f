import { useId, useState } from 'react'
import { en } from '../strings/en.ts'
import { useAction, useClient } from '../client/context.tsx'
import { Dialog } from './Dialog.tsx'

/** Change your display name in one room (setProfile). */
export function NameDialog({ roomId, current, onClose, onSaved }: { roomId: string; current: string | null; onClose: () => void; onSaved: () => void }) {
  const client = useClient()
  const id = useId()
  const [name, setName] = useState(current ?? '')
  const action = useAction()
  async function submit(e: React.FormEvent): Promise<void> {
    e.preventDefault()
    const r = await action.run(() => client.call('setProfile', { roomId, displayName: name.trim() }))
    if (r) {
      onSaved()
      onClose()
    }
  }
  return (
    <Dialog title={en.room.myNameTitle} onClose={onClose}>
      <form onSubmit={submit}>
        <div className="field">
          <label htmlFor={`${id}-name`}>{en.room.myName}</label>
          <input
            id={`${id}-name`}
            value={name}
            maxLength={64}
            required
            data-autofocus
            onChange={(e) => setName(e.target.value)}
            aria-describedby={`${id}-hint`}
          />
          <p id={`${id}-hint`} className="hint">
            {en.room.myNameHint}
          </p>
        </div>
        {action.error && (
          <p role="alert" className="error">
            {action.error}
          </p>
        )}
        <div className="row end">
          <button type="button" className="button" onClick={onClose}>
            {en.cancel}
          </button>
          <button type="submit" className="button primary" disabled={action.busy || name.trim() === ''}>
            {en.save}
          </button>
        </div>
      </form>
    </Dialog>
  )
}
