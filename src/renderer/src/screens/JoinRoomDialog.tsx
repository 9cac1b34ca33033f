import { useId, useRef, useState } from 'react'
import { useAction, useClient } from '../client/context.tsx'
import { useT } from '../i18n/useT.ts'
import { Dialog } from '../components/Dialog.tsx'
import { Status } from '../components/Status.tsx'
import { FormButtons } from '../components/FormButtons.tsx'
import { DisplayNameField } from './DisplayNameField.tsx'

/**
 * Accept a bare invite, a hearth://join/<invite> link or a short hearth://i/<token> link, with line
 * breaks from copy-paste (the engine strips whitespace too); the engine does the real validation.
 */
export function looksLikeInvite(s: string): boolean {
  const t = s.replace(/\s+/g, '').replace(/^hearth:\/\/(join|i)\//i, '')
  return t.length >= 10 && t.length <= 2000 && /^[ybndrfg8ejkmcpqxot1uwisza345h769]+$/i.test(t)
}

/**
 * Join with an invite. Every problem, whether this form's own check (empty, not an invite) or the
 * engine's (truncated, revoked…), is said in the same place, above the buttons.
 */
export function JoinRoomDialog({ initialInvite, onClose, onJoined }: { initialInvite?: string; onClose: () => void; onJoined: (roomId: string) => void }) {
  const t = useT()
  const client = useClient()
  const id = useId()
  const ref = useRef<HTMLTextAreaElement>(null)
  const [invite, setInvite] = useState(initialInvite ?? '')
  const [displayName, setDisplayName] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const action = useAction()
  async function submit(e: React.FormEvent): Promise<void> {
    e.preventDefault()
    const own = invite.trim() === '' ? t('joinRoom.inviteMissing') : !looksLikeInvite(invite) ? t('joinRoom.invalid') : null
    setProblem(own)
    if (own) {
      ref.current?.focus()
      return
    }
    const r = await action.run(() => client.call('joinRoom', { invite: invite.trim(), ...(displayName.trim() ? { displayName: displayName.trim() } : {}) }))
    if (r) {
      onClose()
      onJoined(r.roomId)
    } else ref.current?.focus()
  }
  const invalid = problem !== null || action.error !== null
  return (
    <Dialog title={t('joinRoom.title')} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={`${id}-inv`}>{t('joinRoom.invite')}</label>
          <textarea
            id={`${id}-inv`}
            ref={ref}
            value={invite}
            rows={3}
            data-autofocus
            onChange={(e) => setInvite(e.target.value)}
            aria-invalid={invalid}
            aria-describedby={`${id}-ih ${id}-err`}
            spellCheck={false}
            autoComplete="off"
          />
          <p id={`${id}-ih`} className="hint">
            {t('joinRoom.inviteHint')}
          </p>
        </div>
        <DisplayNameField label={t('joinRoom.displayName')} value={displayName} onChange={setDisplayName} />
        <div id={`${id}-err`}>
          <Status error={problem ?? action.error} />
        </div>
        <FormButtons onCancel={onClose} submit={t('joinRoom.submit')} busy={action.busy} />
      </form>
    </Dialog>
  )
}
