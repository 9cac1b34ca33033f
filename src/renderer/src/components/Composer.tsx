import { useEffect, useId, useRef, useState } from 'react'
import type { FormEvent, KeyboardEvent } from 'react'
import type { Message } from '../../../shared/api/index.ts'
import { en } from '../strings/en.ts'
import { errorText, useClient } from '../client/context.tsx'
import { checkDistress as defaultCheck } from '../safety/index.ts'
import type { DistressCheck, DistressLevel } from '../safety/index.ts'
import { HelpCard } from './HelpCard.tsx'
import { cleanName } from './PeerText.tsx'
import { useTypingSignal } from '../hooks/usePresence.ts'

export const MAX_POST = 4000
const MAX_CW = 200

export interface PostingState {
  writable: boolean
  muted: boolean
  awaitingApproval: boolean
  slowModeSeconds: number
  /** Guidelines exist and the current version is not accepted yet. */
  mustAcceptGuidelines: boolean
}

interface Props {
  roomId: string
  posting: PostingState
  replyTo: Message | null
  onCancelReply: () => void
  editing: Message | null
  onCancelEdit: () => void
  onOpenHelp: () => void
  onReviewGuidelines: () => void
  onSent?: () => void
  checkDistress?: DistressCheck
  /** Milliseconds to wait after typing before the on-device check runs. */
  checkDelay?: number
}

/**
 * Write a post (or edit one): content-warning toggle, reply context, slow-mode and mute shown,
 * and the on-device distress check, which only ever offers help. A draft is kept until the engine
 * confirms the post is stored.
 */
export function Composer(props: Props) {
  const { roomId, posting, replyTo, editing, checkDistress = defaultCheck, checkDelay = 400 } = props
  const client = useClient()
  const id = useId()
  const [draft, setDraft] = useState('')
  const [cwOn, setCwOn] = useState(false)
  const [cw, setCw] = useState('')
  const [sending, setSending] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [distress, setDistress] = useState<DistressLevel>('none')
  const [distressAbout, setDistressAbout] = useState<'self' | 'other'>('self')
  const [dismissed, setDismissed] = useState<DistressLevel>('none')
  const [nextAllowed, setNextAllowed] = useState(0)
  const [now, setNow] = useState(() => Date.now())
  const textRef = useRef<HTMLTextAreaElement>(null)
  const typing = useTypingSignal(roomId)

  useEffect(() => {
    if (!editing) return
    setDraft(editing.text ?? '')
    setCwOn(Boolean(editing.contentWarning))
    setCw(editing.contentWarning ?? '')
    textRef.current?.focus()
  }, [editing])
  useEffect(() => {
    if (replyTo) textRef.current?.focus()
  }, [replyTo])

  // the distress check runs here, on this device, on the draft; nothing is sent anywhere
  useEffect(() => {
    if (draft.trim() === '') {
      setDistress('none')
      setDismissed('none')
      return
    }
    const t = setTimeout(() => {
      const r = checkDistress(draft)
      setDistress(r.level)
      setDistressAbout(r.about === 'other' ? 'other' : 'self')
    }, checkDelay)
    return () => clearTimeout(t)
  }, [draft, checkDistress, checkDelay])

  useEffect(() => {
    if (nextAllowed <= Date.now()) return
    const t = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(t)
  }, [nextAllowed])

  const waitSeconds = Math.max(0, Math.ceil((nextAllowed - now) / 1000))
  const blocked = !posting.writable || posting.muted || posting.mustAcceptGuidelines
  const tooLong = draft.length > MAX_POST
  const canSend = !blocked && !sending && draft.trim().length > 0 && !tooLong && (editing !== null || waitSeconds === 0) && (!cwOn || cw.trim().length > 0)
  const showCard = distress !== 'none' && !(dismissed === distress || dismissed === 'urgent')

  async function submit(e?: FormEvent): Promise<void> {
    e?.preventDefault()
    if (!canSend) return
    setSending(true)
    setError(null)
    typing.stop()
    const contentWarning = cwOn && cw.trim() ? cw.trim().slice(0, MAX_CW) : undefined
    try {
      if (editing) {
        await client.call('editMessage', { roomId, messageId: editing.id, text: draft, contentWarning: contentWarning ?? null })
        props.onCancelEdit()
      } else {
        await client.call('postMessage', { roomId, text: draft, ...(contentWarning ? { contentWarning } : {}), ...(replyTo ? { replyTo: replyTo.id } : {}) })
        props.onCancelReply()
        if (posting.slowModeSeconds > 0) {
          setNextAllowed(Date.now() + posting.slowModeSeconds * 1000)
          setNow(Date.now())
        }
      }
      setDraft('')
      setCw('')
      setCwOn(false)
      props.onSent?.()
    } catch (err) {
      setError(`${en.composer.failedKept} ${errorText(err)}`)
    } finally {
      setSending(false)
      textRef.current?.focus()
    }
  }

  function onKeyDown(e: KeyboardEvent<HTMLTextAreaElement>): void {
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault()
      void submit()
    }
    if (e.key === 'Escape' && (editing || replyTo)) {
      e.preventDefault()
      if (editing) props.onCancelEdit()
      else props.onCancelReply()
    }
  }

  const notes: string[] = []
  if (!posting.writable) notes.push(en.composer.notWritable)
  if (posting.muted) notes.push(en.composer.muted)
  if (posting.awaitingApproval) notes.push(en.composer.awaitingApproval)
  if (posting.slowModeSeconds > 0) notes.push(en.composer.slowMode(posting.slowModeSeconds))

  return (
    <form className="composer" onSubmit={submit} aria-label={en.composer.label}>
      {showCard && <HelpCard level={distress} about={distressAbout} onOpenHelp={props.onOpenHelp} onDismiss={() => setDismissed(distress)} />}
      {notes.map((n) => (
        <p key={n} className="composer-note">
          {n}
        </p>
      ))}
      {posting.mustAcceptGuidelines && (
        <p className="composer-note">
          {en.guidelines.mustAccept}{' '}
          <button type="button" className="link-button" onClick={props.onReviewGuidelines}>
            {en.guidelines.review}
          </button>
        </p>
      )}
      {replyTo && !editing && (
        <p className="composer-context">
          <span>
            <bdi dir="auto">{en.composer.replyingTo(cleanName(replyTo.authorName) ?? en.room.anonymous)}</bdi>
          </span>
          <button type="button" className="ghost small" onClick={props.onCancelReply}>
            {en.composer.cancelReply}
          </button>
        </p>
      )}
      {editing && (
        <p className="composer-context">
          <span>{en.composer.editing}</span>
          <button type="button" className="ghost small" onClick={props.onCancelEdit}>
            {en.composer.cancelEdit}
          </button>
        </p>
      )}
      {cwOn && (
        <div className="field cw-field">
          <label htmlFor={`${id}-cw`}>{en.composer.cwLabel}</label>
          <input id={`${id}-cw`} value={cw} maxLength={MAX_CW} onChange={(e) => setCw(e.target.value)} aria-describedby={`${id}-cwhint`} />
          <p id={`${id}-cwhint`} className="hint">
            {en.composer.cwHint}
          </p>
        </div>
      )}
      <div className="composer-row">
        <label htmlFor={`${id}-text`} className="visually-hidden">
          {en.composer.label}
        </label>
        <textarea
          id={`${id}-text`}
          ref={textRef}
          value={draft}
          rows={2}
          placeholder={en.composer.placeholder}
          onChange={(e) => {
            setDraft(e.target.value)
            typing.draftChanged(e.target.value)
          }}
          onBlur={typing.stop}
          onKeyDown={onKeyDown}
          disabled={posting.muted || !posting.writable}
          aria-invalid={tooLong}
          aria-describedby={`${id}-count`}
        />
        <button type="submit" className="button primary" disabled={!canSend}>
          {sending ? en.composer.sending : editing ? en.composer.saveEdit : en.composer.send}
        </button>
      </div>
      <div className="composer-foot">
        <label className="check">
          <input type="checkbox" checked={cwOn} onChange={(e) => setCwOn(e.target.checked)} disabled={blocked} />
          {en.composer.cwToggle}
        </label>
        <span id={`${id}-count`} className={`small ${tooLong ? 'error' : 'muted'}`} aria-live={tooLong ? 'polite' : 'off'}>
          {tooLong ? en.composer.tooLong(draft.length, MAX_POST) : draft.length > MAX_POST * 0.8 ? en.composer.count(draft.length, MAX_POST) : ''}
        </span>
        {waitSeconds > 0 && !editing && (
          <span className="small muted" role="status">
            {en.composer.slowWait(waitSeconds)}
          </span>
        )}
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </form>
  )
}
