import { useId, useState } from 'react'
import type { RoomSummary } from '../../../shared/api/index.ts'
import { en } from '../strings/en.ts'
import { useAction, useClient } from '../client/context.tsx'
import { Dialog } from '../components/Dialog.tsx'
import { CopyField } from '../components/CopyField.tsx'
import { cleanName } from '../components/PeerText.tsx'

export function CreateRoomDialog({ onClose, onOpen }: { onClose: () => void; onOpen: (roomId: string) => void }) {
  const client = useClient()
  const id = useId()
  const [name, setName] = useState('')
  const [displayName, setDisplayName] = useState('')
  const [created, setCreated] = useState<{ roomId: string; invite: string } | null>(null)
  const action = useAction()
  async function submit(e: React.FormEvent): Promise<void> {
    e.preventDefault()
    const r = await action.run(() => client.call('createRoom', { name: name.trim(), ...(displayName.trim() ? { displayName: displayName.trim() } : {}) }))
    if (r) setCreated(r)
  }
  if (created) {
    return (
      <Dialog title={en.createRoom.inviteTitle} onClose={onClose}>
        <p>{en.createRoom.inviteHelp}</p>
        <CopyField label={en.createRoom.inviteLabel} value={created.invite} />
        <div className="row end">
          <button
            type="button"
            className="button primary"
            onClick={() => {
              onClose()
              onOpen(created.roomId)
            }}
            data-autofocus
          >
            {en.createRoom.goToRoom}
          </button>
        </div>
      </Dialog>
    )
  }
  return (
    <Dialog title={en.createRoom.title} onClose={onClose}>
      <form onSubmit={submit}>
        <div className="field">
          <label htmlFor={`${id}-name`}>{en.createRoom.name}</label>
          <input
            id={`${id}-name`}
            value={name}
            maxLength={80}
            required
            data-autofocus
            onChange={(e) => setName(e.target.value)}
            aria-describedby={`${id}-nh`}
          />
          <p id={`${id}-nh`} className="hint">
            {en.createRoom.nameHint}
          </p>
        </div>
        <DisplayNameField id={id} label={en.createRoom.displayName} value={displayName} onChange={setDisplayName} />
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
            {en.createRoom.submit}
          </button>
        </div>
      </form>
    </Dialog>
  )
}

/** The per-room display name both dialogs ask for (optional; pseudonymous). */
function DisplayNameField({ id, label, value, onChange }: { id: string; label: string; value: string; onChange: (v: string) => void }) {
  return (
    <div className="field">
      <label htmlFor={`${id}-dn`}>{label}</label>
      <input id={`${id}-dn`} value={value} maxLength={64} onChange={(e) => onChange(e.target.value)} aria-describedby={`${id}-dh`} />
      <p id={`${id}-dh`} className="hint">
        {en.createRoom.displayNameHint}
      </p>
    </div>
  )
}

/**
 * Accept a bare invite or a hearth://join/<invite> link, with line breaks from copy-paste (the
 * engine strips whitespace too); the engine does the real validation.
 */
export function looksLikeInvite(s: string): boolean {
  const t = s.replace(/\s+/g, '').replace(/^hearth:\/\/join\//i, '')
  return t.length >= 10 && t.length <= 2000 && /^[ybndrfg8ejkmcpqxot1uwisza345h769]+$/i.test(t)
}

export function JoinRoomDialog({ initialInvite, onClose, onJoined }: { initialInvite?: string; onClose: () => void; onJoined: (roomId: string) => void }) {
  const client = useClient()
  const id = useId()
  const [invite, setInvite] = useState(initialInvite ?? '')
  const [displayName, setDisplayName] = useState('')
  const [invalid, setInvalid] = useState(false)
  const action = useAction()
  async function submit(e: React.FormEvent): Promise<void> {
    e.preventDefault()
    if (!looksLikeInvite(invite)) {
      setInvalid(true)
      return
    }
    setInvalid(false)
    const r = await action.run(() => client.call('joinRoom', { invite: invite.trim(), ...(displayName.trim() ? { displayName: displayName.trim() } : {}) }))
    if (r) {
      onClose()
      onJoined(r.roomId)
    }
  }
  return (
    <Dialog title={en.joinRoom.title} onClose={onClose}>
      <form onSubmit={submit}>
        <div className="field">
          <label htmlFor={`${id}-inv`}>{en.joinRoom.invite}</label>
          <textarea
            id={`${id}-inv`}
            value={invite}
            rows={3}
            required
            data-autofocus
            onChange={(e) => setInvite(e.target.value)}
            aria-invalid={invalid}
            aria-describedby={`${id}-ih`}
            spellCheck={false}
            autoComplete="off"
          />
          <p id={`${id}-ih`} className={invalid ? 'error' : 'hint'}>
            {invalid ? en.joinRoom.invalid : en.joinRoom.inviteHint}
          </p>
        </div>
        <DisplayNameField id={id} label={en.joinRoom.displayName} value={displayName} onChange={setDisplayName} />
        {action.error && (
          <p role="alert" className="error">
            {action.error}
          </p>
        )}
        <div className="row end">
          <button type="button" className="button" onClick={onClose}>
            {en.cancel}
          </button>
          <button type="submit" className="button primary" disabled={action.busy}>
            {en.joinRoom.submit}
          </button>
        </div>
      </form>
    </Dialog>
  )
}

export function LeaveRoomDialog({ room, onClose, onLeft }: { room: Pick<RoomSummary, 'roomId' | 'name'>; onClose: () => void; onLeft: () => void }) {
  const client = useClient()
  const id = useId()
  const [erase, setErase] = useState(false)
  const action = useAction()
  const name = cleanName(room.name) ?? en.appName
  async function submit(e: React.FormEvent): Promise<void> {
    e.preventDefault()
    const r = await action.run(() => client.call('leaveRoom', { roomId: room.roomId, erase }))
    if (r) onLeft()
  }
  return (
    <Dialog title={en.leaveRoom.title(name)} onClose={onClose}>
      <form onSubmit={submit}>
        <p>{en.leaveRoom.body}</p>
        <label className="check">
          <input type="checkbox" checked={erase} onChange={(e) => setErase(e.target.checked)} aria-describedby={`${id}-eh`} /> {en.leaveRoom.erase}
        </label>
        <p id={`${id}-eh`} className="hint">
          {en.leaveRoom.eraseHint}
        </p>
        {action.error && (
          <p role="alert" className="error">
            {action.error}
          </p>
        )}
        <div className="row end">
          <button type="button" className="button" onClick={onClose} data-autofocus>
            {en.cancel}
          </button>
          <button type="submit" className="button danger" disabled={action.busy}>
            {erase ? en.leaveRoom.confirmErase : en.leaveRoom.confirm}
          </button>
        </div>
      </form>
    </Dialog>
  )
}
