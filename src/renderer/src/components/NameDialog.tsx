import { useId, useRef, useState } from 'react'
import { useAction, useClient } from '../client/context.tsx'
import { useRefreshRoom } from '../data/queries.ts'
import { useT } from '../i18n/useT.ts'
import { Dialog } from './Dialog.tsx'
import { Status } from './Status.tsx'
import { FormButtons } from './FormButtons.tsx'

interface Props {
  roomId: string
  current: string | null
  onClose: () => void
  /** A private conversation: the name is for the other person, not a room. */
  conversation?: boolean
}

/** Change your display name in one room (setProfile). */
export function NameDialog({ roomId, current, onClose, conversation = false }: Props) {
  const t = useT()
  const client = useClient()
  const refresh = useRefreshRoom(roomId)
  const id = useId()
  const ref = useRef<HTMLInputElement>(null)
  const [name, setName] = useState(current ?? '')
  const [missing, setMissing] = useState(false)
  const action = useAction()
  async function submit(e: React.FormEvent): Promise<void> {
    e.preventDefault()
    setMissing(name.trim() === '')
    if (name.trim() === '') {
      ref.current?.focus()
      return
    }
    const r = await action.run(() => client.call('setProfile', { roomId, displayName: name.trim() }))
    if (r) {
      void refresh()
      onClose()
    }
  }
  return (
    <Dialog title={t(conversation ? 'private.myNameTitle' : 'room.myNameTitle')} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('room.myName')}</label>
          <input
            id={`${id}-name`}
            ref={ref}
            value={name}
            maxLength={64}
            data-autofocus
            aria-invalid={missing}
            onChange={(e) => setName(e.target.value)}
            aria-describedby={`${id}-hint`}
          />
          <p id={`${id}-hint`} className="hint">
            {t(conversation ? 'private.myNameHint' : 'room.myNameHint')}
          </p>
        </div>
        <Status error={missing ? t('room.myNameMissing') : action.error} />
        <FormButtons onCancel={onClose} submit={t('common.save')} busy={action.busy} />
      </form>
    </Dialog>
  )
}
