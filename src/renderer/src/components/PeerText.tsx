import { useState } from 'react'
import { fingerprint } from '../../../shared/fingerprint.ts'
import { useT } from '../i18n/useT.ts'

/** Bidi embeddings/overrides/isolates: never needed for natural RTL text, used for spoofing. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g
/** Invisible characters; ZWJ/ZWNJ are kept in message bodies (emoji and several scripts need them). */
const INVISIBLE = /[\u200B\u2060-\u2064\uFEFF\u00AD\u180E]/g
const INVISIBLE_NAME = /[\u200B-\u200D\u2060-\u2064\uFEFF\u00AD\u180E\u034F\u115F\u1160\u3164\uFFA0]/g
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g
export const DISPLAY_MAX = 4000
const URLISH = /\b(?:[a-z][a-z0-9+.-]{1,20}:\/\/|javascript:|data:|www\.)\S+/i

/** Clean a peer's message text for display: no control, bidi-override or invisible characters. */
export function cleanText(text: string): string {
  return text.replace(CONTROL, '').replace(BIDI_CONTROLS, '').replace(INVISIBLE, '')
}

/** Clean a peer's display name: no tricks, single line, bounded; empty becomes null. */
export function cleanName(name: string | null | undefined): string | null {
  if (!name) return null
  const n = name.normalize('NFKC').replace(CONTROL, ' ').replace(BIDI_CONTROLS, '').replace(INVISIBLE_NAME, '').replace(/\s+/g, ' ').trim().slice(0, 64)
  return n.length > 0 ? n : null
}

/**
 * Peer text, rendered as text only: React escapes it, bidi is isolated (dir=auto inside <bdi>),
 * spoofing characters are removed, links are not made clickable, huge strings are shortened.
 */
export function PeerText({ text, className }: { text: string; className?: string }) {
  const t = useT()
  const [full, setFull] = useState(false)
  const clean = cleanText(text)
  const long = clean.length > DISPLAY_MAX
  const shown = long && !full ? clean.slice(0, DISPLAY_MAX) + '…' : clean
  return (
    <div className={className}>
      <p className="peer-text">
        <bdi dir="auto">{shown}</bdi>
      </p>
      {long && !full && (
        <p className="muted small">
          {t('message.truncated', { count: clean.length })}{' '}
          <button type="button" className="link-button" onClick={() => setFull(true)}>
            {t('message.showAll')}
          </button>
        </p>
      )}
      {URLISH.test(clean) && <p className="muted small">{t('message.linkNote')}</p>}
    </div>
  )
}

/**
 * A peer's name: cleaned, isolated, with their 12-digit fingerprint beside it (screen readers read
 * it as numbers), so two people with one name can be told apart. `shared` marks a name that
 * another member uses too.
 */
export function PeerName({ name, memberId, shared = false }: { name: string | null; memberId: string; shared?: boolean }) {
  const t = useT()
  const n = cleanName(name) ?? t('room.anonymous')
  return (
    <span className="peer-name">
      <bdi dir="auto" className="name">
        {n}
      </bdi>
      <span className={shared ? 'fingerprint shared' : 'fingerprint'} title={shared ? t('room.sameName') : undefined}>
        {shared && <span aria-hidden="true">⚠ </span>}
        <span className="visually-hidden">{shared ? `${t('room.sameName')}. ` : ''}</span>
        {fingerprint(memberId)}
      </span>
    </span>
  )
}
