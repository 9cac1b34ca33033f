/**
 * Desktop notifications for new messages. Notifications show on lock screens and shared screens,
 * so by default they say only that something arrived: no post text and no room name. A person
 * may opt in to room names ('room') or previews ('preview'); even then, text behind a content
 * warning, hidden or deleted text is never shown.
 */
import type { Message } from '../shared/api/index.ts'

export type NotificationPrivacy = 'private' | 'room' | 'preview'

const PREVIEW_CHARS = 80

export interface NotificationInput {
  privacy: NotificationPrivacy
  roomName: string | null
  newMessages: number
  latest?: Pick<Message, 'text' | 'contentWarning' | 'hidden' | 'deleted'> | null
}

export function describeNotification(input: NotificationInput): { title: string; body: string } {
  const n = Math.max(1, input.newMessages)
  const what = n === 1 ? 'A new message' : `${n} new messages`
  if (input.privacy === 'private' || !input.roomName) return { title: 'Hearth', body: `${what} in one of your rooms` }
  const title = `Hearth: ${oneLine(input.roomName, 60)}`
  const m = input.latest
  if (input.privacy === 'preview' && n === 1 && m && m.text && !m.contentWarning && !m.hidden && !m.deleted) {
    return { title, body: oneLine(m.text, PREVIEW_CHARS) }
  }
  if (m?.contentWarning) return { title, body: `${what} (with a content warning)` }
  return { title, body: what }
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
  now?: () => number
  /** At most one notification per room in this window of time. */
  quietMs?: number
}

/** Turns room.changed events into at most one notification per room per quiet period. */
export class MessageNotifier {
  private readonly lastUnread = new Map<string, number>()
  private readonly lastShown = new Map<string, number>()
  constructor(private readonly d: NotifierDeps) {}

  /** Unread counts as listed (after a read, or listRooms): growth is counted from these. */
  known(rooms: ReadonlyArray<{ roomId: string; unread: number }>): void {
    for (const r of rooms) this.lastUnread.set(r.roomId, r.unread)
  }

  async onRoomChanged(e: { roomId: string; unread: number }): Promise<void> {
    const before = this.lastUnread.get(e.roomId) ?? 0
    this.lastUnread.set(e.roomId, e.unread)
    const added = e.unread - before
    const privacy = this.d.privacy()
    if (added <= 0 || privacy === 'off' || this.d.isFocused()) return
    const now = (this.d.now ?? Date.now)()
    if (now - (this.lastShown.get(e.roomId) ?? -Infinity) < (this.d.quietMs ?? 15_000)) return
    this.lastShown.set(e.roomId, now)
    let roomName: string | null = null
    let latest: NotificationInput['latest'] = null
    try {
      if (privacy !== 'private') roomName = ((await this.d.call('getRoom', { roomId: e.roomId })) as { name: string }).name
      if (privacy === 'preview')
        latest = ((await this.d.call('getMessages', { roomId: e.roomId, limit: 1 })) as { messages: Message[] }).messages.at(-1) ?? null
    } catch {
      // Fall back to the private wording rather than skip the notification.
    }
    this.d.show({ ...describeNotification({ privacy, roomName, newMessages: added, latest }), roomId: e.roomId })
  }
}
