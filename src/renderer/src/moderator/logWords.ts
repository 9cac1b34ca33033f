import type { Result } from '../../../shared/api/index.ts'
import { fingerprint } from '../../../shared/fingerprint.ts'
import type { T } from '../i18n/useT.ts'
import { cleanName } from '../components/PeerText.tsx'

type Entry = Result<'getModerationLog'>['entries'][number]

export interface LogContext {
  owner: string | null
  names: Map<string, string | null>
}

/** Who did it, in plain words: "The owner", or a moderator by the fingerprint of their key. */
export function whoDid(t: T, e: Entry, ctx: LogContext): string {
  return e.by === ctx.owner ? t('log.byOwner') : t('log.byModerator', { digits: fingerprint(e.by) })
}

/** A member (or a message's author: a message id starts with its author's member id) by name and fingerprint. */
function member(t: T, id: string | null, ctx: LogContext): string {
  const memberId = /^[0-9a-f]{64}/.exec(id ?? '')?.[0]
  if (!memberId) return t('room.anonymous')
  return t('log.member', { name: cleanName(ctx.names.get(memberId)) ?? t('room.anonymous'), digits: fingerprint(memberId) })
}

/**
 * What happened, in the person's language. The engine's log gives an action name and, for a few
 * actions, its own summary in the reason field ("join: open, slow mode: 0s", "3 resource(s)"):
 * those are read for their numbers, never shown as they are.
 */
export function whatHappened(t: T, e: Entry, ctx: LogContext): { text: string; reason: string | null } {
  const reason = e.reason && e.reason.trim() ? e.reason : null
  switch (e.action) {
    case 'block':
    case 'unblock':
    case 'mute':
    case 'unmute':
    case 'approve':
    case 'hide':
    case 'unhide':
      return { text: t(`log.${e.action}`, { target: member(t, e.target, ctx) }), reason }
    case 'moderator-added':
      return { text: t('log.moderatorAdded', { digits: fingerprint(e.target ?? '') }), reason: null }
    case 'moderator-removed':
      return { text: t('log.moderatorRemoved', { digits: fingerprint(e.target ?? '') }), reason: null }
    case 'revoke-invite':
      return { text: t('log.revokeInvite'), reason: null }
    case 'guidelines': {
      const v = /^v(\d+)$/.exec(e.target ?? '')
      return { text: v ? t('log.guidelines', { version: Number(v[1]) }) : t('log.guidelinesAny'), reason: null }
    }
    case 'resources': {
      const n = /^(\d+) resource/.exec(reason ?? '')
      return { text: n ? t('log.resources', { count: Number(n[1]) }) : t('log.resourcesAny'), reason: null }
    }
    case 'settings': {
      const s = /join: (open|approval), slow mode: (\d+)s/.exec(reason ?? '')
      return { text: s ? t('log.settings', { join: s[1], slow: Number(s[2]) }) : t('log.settingsAny'), reason: null }
    }
    case 'resolve-report':
      return { text: t('log.resolveReport', { outcome: reason ?? 'other' }), reason: null }
    case 'list-publish':
    case 'list-subscribe':
    case 'list-update':
    case 'list-unsubscribe':
      return listLine(t, e.action, reason)
    default:
      return { text: t('log.other'), reason: null }
  }
}

const LIST_WORDS = {
  'list-publish': 'log.listPublish',
  'list-subscribe': 'log.listSubscribe',
  'list-update': 'log.listUpdate',
  'list-unsubscribe': 'log.listUnsubscribe'
} as const

/** A block-list line: the engine's reason field holds its data as JSON (names are moderators' words). */
function listLine(t: T, action: keyof typeof LIST_WORDS, reason: string | null): { text: string; reason: null } {
  let d: { name?: unknown; source?: unknown; version?: unknown } = {}
  try {
    d = JSON.parse(reason ?? '{}') ?? {}
  } catch {
    // an older or odd entry: worded without its names
  }
  const name = typeof d.name === 'string' ? (cleanName(d.name) ?? '') : ''
  const source = typeof d.source === 'string' ? (cleanName(d.source) ?? '') : ''
  const version = typeof d.version === 'number' ? d.version : 0
  return { text: t(LIST_WORDS[action], { name, source, version }), reason: null }
}
