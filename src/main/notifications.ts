/**
 * Desktop notifications for new messages. Notifications show on lock screens and shared screens,
 * so by default they say only that something arrived: no post text and no room name. A person
 * may opt in to room names ('room') or previews ('preview'); even then, text behind a content
 * warning, hidden or deleted text is never shown.
 */
import type { Message } from '../shared/api/index.ts'
import type { Translate } from './i18n/catalog.ts'

export type NotificationPrivacy = 'private' | 'room' | 'preview'

const PREVIEW_CHARS = 80

export interface NotificationInput {
  privacy: NotificationPrivacy
  roomName: string | null
  newMessages: number
  latest?: Pick<Message, 'text' | 'contentWarning' | 'hidden' | 'deleted'> | null
  /** One of the new messages @mentions the person (the engine marks it `mentionsMe`): says so, not who. */
  mention?: boolean
}

export function describeNotification(input: NotificationInput, t: Translate): { title: string; body: string } {
  const count = Math.max(1, input.newMessages)
  if (input.privacy === 'private' || !input.roomName)
    return { title: t('app.name'), body: input.mention ? t('notify.mentionPrivate') : t('notify.private', { count }) }
  const title = t('notify.titleRoom', { room: oneLine(input.roomName, 60) })
  const m = input.latest
  if (input.privacy === 'preview' && count === 1 && m && m.text && !m.contentWarning && !m.hidden && !m.deleted) {
    return { title, body: oneLine(m.text, PREVIEW_CHARS) }
  }
  if (m?.contentWarning) return { title, body: input.mention ? t('notify.mentionWithWarning') : t('notify.withWarning', { count }) }
  return { title, body: input.mention ? t('notify.mention') : t('notify.newMessages', { count }) }
}

function oneLine(text: string, max: number): string {
  const flat = text.replace(/[\s\u0000-\u001f\u007f]+/g, ' ').trim()
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
}

export interface NotifierDeps {
  /** The person's choice (settings.ts); 'off' shows nothing. */
  privacy: () => NotificationPrivacy | 'off'
  /** True when the person is looking at Hearth: no notification then. */
  isFocused: () => boolean
  call: (method: string, params: unknown) => Promise<unknown>
  show: (n: { title: string; body: string; roomId: string }) => void
  t: Translate
  now?: () => number
  /** At most one notification per room in this window of time. */
  quietMs?: number
}

/** Turns room.changed events into at most one notification per room per quiet period. */
export class MessageNotifier {
  private readonly lastUnread = new Map<string, number>()
  private readonly lastShown = new Map<string, number>()
  /** Mentions have their own quiet period: a mention is not lost behind a burst of posts, nor repeated 50 times. */
  private readonly lastMention = new Map<string, number>()
  constructor(private readonly d: NotifierDeps) {}

  /** Unread counts as listed (after a read, or listRooms): growth is counted from these. */
  known(rooms: ReadonlyArray<{ roomId: string; unread: number }>): void {
    for (const r of rooms) this.lastUnread.set(r.roomId, r.unread)
  }

  /**
   * `messages`: the new posts, when the event carries them (room.changed does for ordinary posts).
   * A mention is seen only there: the notifier asks the engine for nothing to find one.
   */
  async onRoomChanged(e: { roomId: string; unread: number; messages?: Array<Pick<Message, 'mentionsMe'>> }): Promise<void> {
    const before = this.lastUnread.get(e.roomId) ?? 0
    this.lastUnread.set(e.roomId, e.unread)
    const added = e.unread - before
    const privacy = this.d.privacy()
    if (added <= 0 || privacy === 'off' || this.d.isFocused()) return
    const now = (this.d.now ?? Date.now)()
    const quiet = this.d.quietMs ?? 15_000
    const mention = (e.messages ?? []).some((m) => m.mentionsMe) && now - (this.lastMention.get(e.roomId) ?? -Infinity) >= quiet
    if (!mention && now - (this.lastShown.get(e.roomId) ?? -Infinity) < quiet) return
    this.lastShown.set(e.roomId, now)
    if (mention) this.lastMention.set(e.roomId, now)
    let roomName: string | null = null
    let latest: NotificationInput['latest'] = null
    try {
      if (privacy !== 'private') roomName = ((await this.d.call('getRoom', { roomId: e.roomId })) as { name: string }).name
      if (privacy === 'preview')
        latest = ((await this.d.call('getMessages', { roomId: e.roomId, limit: 1 })) as { messages: Message[] }).messages.at(-1) ?? null
    } catch {
      // Fall back to the private wording rather than skip the notification.
    }
    this.d.show({ ...describeNotification({ privacy, roomName, newMessages: added, latest, mention }, this.d.t), roomId: e.roomId })
  }
}
