import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react'
import type { FormEvent, KeyboardEvent } from 'react'
import type { Message } from '../../../shared/api/index.ts'
import { useClient, useConnection } from '../client/context.tsx'
import { reasonOf, useErrorText } from '../i18n/errors.ts'
import { useT } from '../i18n/useT.ts'
import { checkDistress as defaultCheck, loadDistressModels } from '../safety/index.ts'
import type { DistressCheck, DistressLevel } from '../safety/index.ts'
import { useTypingSignal } from '../hooks/usePresence.ts'
import { HelpCard } from './HelpCard.tsx'
import { cleanName } from './PeerText.tsx'
import { Status } from './Status.tsx'

export const MAX_POST = 4000
const MAX_CW = 200
/** Refusals the standing notice explains (with the moderator's reason): not repeated here. */
const STANDING = new Set(['muted', 'you_are_blocked'])

export interface PostingState {
  writable: boolean
  muted: boolean
  blocked: boolean
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
  /** The engine refused a post: its error (the room shows why, e.g. a mute and what remains). */
  onRefused?: (err: unknown) => void
  checkDistress?: DistressCheck
  /** Milliseconds to wait after typing before the on-device check runs. */
  checkDelay?: number
  textareaRef?: React.RefObject<HTMLTextAreaElement | null>
  /** A private conversation: why it cannot be written in yet, in its own words. */
  conversation?: boolean
}

/**
 * Write a post (or edit one): content warning, reply context, slow mode, and the on-device
 * distress check, which only ever offers help. A draft is kept until the engine confirms the post.
 */
export function Composer(props: Props) {
  const { roomId, posting, replyTo, editing, checkDistress = defaultCheck, checkDelay = 400 } = props
  const t = useT()
  const client = useClient()
  const online = useConnection().status === 'open'
  const id = useId()
  const [draft, setDraft] = useState('')
  const [cwOn, setCwOn] = useState(false)
  const [cw, setCw] = useState('')
  const [sending, setSending] = useState(false)
  // posts the engine has answered (sent or refused): tests wait on it instead of on time
  const [attempts, setAttempts] = useState(0)
  const [error, setError] = useState<unknown>(null)
  const [distress, setDistress] = useState<DistressLevel>('none')
  const [distressAbout, setDistressAbout] = useState<'self' | 'other'>('self')
  const [dismissed, setDismissed] = useState<DistressLevel>('none')
  const [nextAllowed, setNextAllowed] = useState(0)
  const [now, setNow] = useState(() => Date.now())
  const ownRef = useRef<HTMLTextAreaElement>(null)
  const textRef = props.textareaRef ?? ownRef
  const typing = useTypingSignal(roomId)

  useEffect(() => {
    if (!editing) return
    setDraft(editing.text ?? '')
    setCwOn(Boolean(editing.contentWarning))
    setCw(editing.contentWarning ?? '')
    textRef.current?.focus()
  }, [editing, textRef])
  useEffect(() => {
    if (replyTo) textRef.current?.focus()
  }, [replyTo, textRef])
  // grow with the draft, up to the CSS max-height (then it scrolls)
  useLayoutEffect(() => {
    const el = textRef.current
    if (!el) return
    el.style.height = 'auto'
    el.style.height = `${el.scrollHeight + 2}px`
  }, [draft, textRef])

  // its models load while the person starts writing, so the first check need not wait for them
  useEffect(() => {
    if (checkDistress === defaultCheck) loadDistressModels().catch(() => {}) // tried again on the first draft
  }, [checkDistress])

  // the distress check runs here, on this device, on the draft; nothing is sent anywhere
  useEffect(() => {
    if (draft.trim() === '') {
      setDistress('none')
      setDismissed('none')
      return
    }
    let current = true
    const timer = setTimeout(() => {
      // the first draft of a session may wait for the check's models to load
      void Promise.resolve(checkDistress(draft)).then((r) => {
        if (!current) return // the draft changed meanwhile: its own check decides
        setDistress(r.level)
        setDistressAbout(r.about === 'other' ? 'other' : 'self')
      })
    }, checkDelay)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [draft, checkDistress, checkDelay])

  useEffect(() => {
    if (nextAllowed <= Date.now()) return
    const timer = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(timer)
  }, [nextAllowed])

  const waitSeconds = Math.max(0, Math.ceil((nextAllowed - now) / 1000))
  const tooLong = draft.length > MAX_POST
  const showCard = distress !== 'none' && !(dismissed === distress || dismissed === 'urgent')

  // said before anyone presses Send: a draft sent a moment too soon was refused with no warning
  const notWritableYet = online && !posting.writable && !posting.blocked
  const notWritableWords = t(props.conversation ? 'private.notWritable' : 'composer.notWritable')

  /** Why this draft cannot go yet, in words; null when it can. */
  function whyNot(): string | null {
    if (!online) return t('composer.offline')
    if (notWritableYet) return notWritableWords
    if (posting.mustAcceptGuidelines) return t('guidelines.mustAccept')
    if (tooLong) return t('composer.tooLong', { count: draft.length, max: MAX_POST })
    if (cwOn && cw.trim() === '') return t('composer.cwMissing')
    if (!editing && waitSeconds > 0) return t('composer.slowWait', { seconds: waitSeconds })
    return null
  }

  async function submit(e?: FormEvent): Promise<void> {
    e?.preventDefault()
    if (sending || draft.trim() === '') return
    const why = whyNot()
    // (not writable yet: the note above the box already says so)
    setError(notWritableYet ? null : why)
    if (why) return
    setSending(true)
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
      props.onRefused?.(err)
      const r = reasonOf(err)
      setError(r && STANDING.has(r.reason) ? null : { kept: t('composer.failedKept'), err })
    } finally {
      setAttempts((n) => n + 1)
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

  const failed = error as { kept?: string; err?: unknown } | string | null
  return (
    <form className="composer" onSubmit={submit} aria-label={t('composer.label')} aria-busy={sending} data-attempts={attempts}>
      {showCard && <HelpCard level={distress} about={distressAbout} onOpenHelp={props.onOpenHelp} onDismiss={() => setDismissed(distress)} />}
      {notWritableYet && (
        <p className="composer-note composer-not-writable" role="status">
          {notWritableWords}
        </p>
      )}
      {posting.awaitingApproval && <p className="composer-note">{t('composer.awaitingApproval')}</p>}
      {posting.mustAcceptGuidelines && (
        <p className="composer-note">
          {t('guidelines.mustAccept')}{' '}
          <button type="button" className="link-button" onClick={props.onReviewGuidelines}>
            {t('guidelines.review')}
          </button>
        </p>
      )}
      {(replyTo || editing) && (
        <p className="composer-context">
          <bdi dir="auto">{editing ? t('composer.editing') : t('composer.replyingTo', { name: cleanName(replyTo!.authorName) ?? t('room.anonymous') })}</bdi>
          <button type="button" className="ghost small" onClick={editing ? props.onCancelEdit : props.onCancelReply}>
            {editing ? t('composer.cancelEdit') : t('composer.cancelReply')}
          </button>
        </p>
      )}
      {cwOn && (
        <div className="field cw-field">
          <label htmlFor={`${id}-cw`}>{t('composer.cwLabel')}</label>
          <input id={`${id}-cw`} value={cw} maxLength={MAX_CW} onChange={(e) => setCw(e.target.value)} aria-describedby={`${id}-cwhint`} />
          <p id={`${id}-cwhint`} className="hint">
            {t('composer.cwHint')}
          </p>
        </div>
      )}
      {failed && (typeof failed === 'string' ? <Status error={failed} /> : <ComposerFailure kept={failed.kept!} err={failed.err} />)}
      <div className="composer-row">
        <label htmlFor={`${id}-text`} className="visually-hidden">
          {t('composer.label')}
        </label>
        <textarea
          id={`${id}-text`}
          ref={textRef}
          value={draft}
          rows={1}
          placeholder={t('composer.placeholder')}
          onChange={(e) => {
            setDraft(e.target.value)
            typing.draftChanged(e.target.value)
          }}
          onBlur={typing.stop}
          onKeyDown={onKeyDown}
          aria-invalid={tooLong}
          aria-describedby={`${id}-count ${id}-enter`}
        />
        <button type="submit" className="button primary" disabled={sending || draft.trim() === ''}>
          {sending ? t('composer.sending') : editing ? t('composer.saveEdit') : t('composer.send')}
        </button>
      </div>
      <div className="composer-foot small">
        <label className="check">
          <input type="checkbox" checked={cwOn} onChange={(e) => setCwOn(e.target.checked)} />
          {t('composer.cwToggle')}
        </label>
        <span id={`${id}-count`} className={tooLong ? 'form-error' : 'muted'} aria-live={tooLong ? 'polite' : 'off'}>
          {tooLong
            ? t('composer.tooLong', { count: draft.length, max: MAX_POST })
            : draft.length > MAX_POST * 0.8
              ? t('composer.count', { count: draft.length, max: MAX_POST })
              : ''}
        </span>
        {posting.slowModeSeconds > 0 && (
          <span className="muted" role="status">
            {waitSeconds > 0 && !editing ? t('composer.slowWait', { seconds: waitSeconds }) : t('composer.slowMode', { seconds: posting.slowModeSeconds })}
          </span>
        )}
        <span id={`${id}-enter`} className="muted enter-hint">
          {t('composer.enterHint')}
        </span>
      </div>
    </form>
  )
}

/** "Not sent, still in the box" and the engine's reason, worded. */
function ComposerFailure({ kept, err }: { kept: string; err: unknown }) {
  const word = useErrorText()
  return <Status error={`${kept} ${word(err)}`} />
}
