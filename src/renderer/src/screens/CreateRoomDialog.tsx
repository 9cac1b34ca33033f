import { useId, useRef, useState } from 'react'
import { useAction, useClient } from '../client/context.tsx'
import { useT } from '../i18n/useT.ts'
import { Dialog } from '../components/Dialog.tsx'
import { InviteLinks } from '../invites/InviteLinks.tsx'
import { Status } from '../components/Status.tsx'
import { FormButtons } from '../components/FormButtons.tsx'
import { DisplayNameField } from './DisplayNameField.tsx'

/** Create a room (optionally with Hearth's suggested guidelines, in the creator's language), then show its invite. */
export function CreateRoomDialog({ onClose, onOpen }: { onClose: () => void; onOpen: (roomId: string) => void }) {
  const t = useT()
  const client = useClient()
  const id = useId()
  const nameRef = useRef<HTMLInputElement>(null)
  const [name, setName] = useState('')
  const [displayName, setDisplayName] = useState('')
  const [withGuidelines, setWithGuidelines] = useState(true)
  const [missing, setMissing] = useState(false)
  const [created, setCreated] = useState<{ roomId: string; invite: string; link: string } | null>(null)
  const action = useAction()
  const extra = useAction()

  async function submit(e: React.FormEvent): Promise<void> {
    e.preventDefault()
    if (name.trim() === '') {
      setMissing(true)
      nameRef.current?.focus()
      return
    }
    setMissing(false)
    const r = await action.run(() => client.call('createRoom', { name: name.trim(), ...(displayName.trim() ? { displayName: displayName.trim() } : {}) }))
    if (!r) return
    setCreated(r)
    if (withGuidelines) {
      // the creator wrote them (by choosing them), so the creator accepts them too
      await extra.run(async () => {
        const { version } = await client.call('setGuidelines', { roomId: r.roomId, text: t('defaultGuidelines.text') })
        await client.call('acceptGuidelines', { roomId: r.roomId, version })
      })
    }
  }

  if (created) {
    return (
      <Dialog title={t('createRoom.inviteTitle')} onClose={onClose}>
        <p>{t('createRoom.inviteHelp')}</p>
        <InviteLinks link={created.link} invite={created.invite} />
        <Status error={extra.error} />
        <div className="row end">
          <button
            type="button"
            className="button primary"
            disabled={extra.busy}
            onClick={() => {
              onClose()
              onOpen(created.roomId)
            }}
            data-autofocus
          >
            {t('createRoom.goToRoom')}
          </button>
        </div>
      </Dialog>
    )
  }
  return (
    <Dialog title={t('createRoom.title')} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('createRoom.name')}</label>
          <input
            id={`${id}-name`}
            ref={nameRef}
            value={name}
            maxLength={80}
            data-autofocus
            aria-invalid={missing}
            onChange={(e) => setName(e.target.value)}
            aria-describedby={`${id}-nh`}
          />
          <p id={`${id}-nh`} className="hint">
            {t('createRoom.nameHint')}
          </p>
        </div>
        <DisplayNameField label={t('createRoom.displayName')} value={displayName} onChange={setDisplayName} />
        <label className="check">
          <input type="checkbox" checked={withGuidelines} onChange={(e) => setWithGuidelines(e.target.checked)} /> {t('createRoom.defaultGuidelines')}
        </label>
        <details className="privacy-note">
          <summary>{t('privacy.addressTitle')}</summary>
          <p className="small">{t('privacy.address')}</p>
        </details>
        <Status error={missing ? t('createRoom.nameMissing') : action.error} />
        <FormButtons onCancel={onClose} submit={t('createRoom.submit')} busy={action.busy} />
      </form>
    </Dialog>
  )
}
