import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { KeyboardEvent } from 'react'
import type { Message } from '../../../shared/api/index.ts'
import { useT } from '../i18n/useT.ts'
import type { RoomMessages } from '../hooks/useMessages.ts'
import { MessageItem } from './MessageItem.tsx'
import type { Author, MessageActions } from './MessageItem.tsx'
import { VirtualList } from './VirtualList.tsx'
import { cleanName, cleanText } from './PeerText.tsx'
import { Status } from './Status.tsx'

interface Props {
  messages: RoomMessages
  me: string | null
  moderator: boolean
  actions: MessageActions
  /** What the room knows about an author (moderator, name shared with someone else). */
  authorOf: (memberId: string) => Author
  /** Shown in an empty room, under "No messages yet". */
  emptyAction?: React.ReactNode
  /** Words of its own for where the history starts (a private conversation); a room's by default. */
  start?: { beginning: string; emptyNext: string }
}

const getKey = (m: Message): string => m.id
/** Messages by one author closer together than this share one name line. */
const GROUP_MS = 5 * 60_000

const continues = (m: Message, prev: Message | undefined): boolean =>
  prev !== undefined &&
  prev.author === m.author &&
  prev.authorName === m.authorName &&
  !prev.deleted &&
  Math.abs(m.time - prev.time) < GROUP_MS &&
  m.index < 0 === prev.index < 0

/**
 * The room's messages in a virtualized log, grouped by author. One message is in the Tab order
 * (the newest, or the last one the person moved to); the arrow keys move between messages; new
 * messages from others are announced politely.
 */
export function MessageList({ messages, me, moderator, actions, authorOf, emptyAction, start }: Props) {
  const t = useT()
  const { items, hasMore, loaded, loadOlder, setVisible, error } = messages
  const [announcement, setAnnouncement] = useState('')
  const [atBottom, setAtBottom] = useState(true)
  const [unseen, setUnseen] = useState(0)
  const [jump, setJump] = useState(0)
  const [activeId, setActiveId] = useState<string | null>(null)
  const lastId = useRef<string | null>(null)
  const listRef = useRef<HTMLDivElement>(null)

  const byId = useMemo(() => new Map(items.map((m) => [m.id, m])), [items])
  const active = activeId !== null && byId.has(activeId) ? activeId : (items[items.length - 1]?.id ?? null)

  // announce messages appended after the first load (not older pages, not my own)
  useEffect(() => {
    if (!loaded) return
    const last = items[items.length - 1]
    const prev = lastId.current
    lastId.current = last?.id ?? null
    if (!prev || !last || last.id === prev) return
    let i = items.length - 1
    const fresh: Message[] = []
    while (i >= 0 && items[i].id !== prev && fresh.length < 20) fresh.unshift(items[i--])
    if (i < 0) return // the list was replaced, not appended to
    const theirs = fresh.filter((m) => m.author !== me && !m.deleted && !m.hidden)
    if (theirs.length === 0) return
    const m = theirs[theirs.length - 1]
    const text = m.contentWarning ? t('message.contentWarning', { cw: cleanText(m.contentWarning) }) : cleanText(m.text ?? '').slice(0, 140)
    setAnnouncement(
      theirs.length === 1
        ? t('room.newMessage', { name: cleanName(m.authorName) ?? t('room.anonymous'), text })
        : t('room.newMessages', { count: theirs.length })
    )
    if (!atBottom) setUnseen((n) => n + theirs.length)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [items, loaded])

  const onAtBottomChange = useCallback((b: boolean) => {
    setAtBottom(b)
    if (b) setUnseen(0)
  }, [])
  const onReachTop = useCallback(() => {
    if (hasMore) loadOlder()
  }, [hasMore, loadOlder])

  const renderItem = useCallback(
    (m: Message, i: number) => (
      <MessageItem
        message={m}
        own={m.author === me}
        moderator={moderator}
        author={authorOf(m.author)}
        continued={continues(m, items[i - 1])}
        active={m.id === active}
        replyTarget={m.replyTo ? (byId.get(m.replyTo) ?? null) : undefined}
        actions={actions}
      />
    ),
    [me, moderator, byId, actions, authorOf, items, active]
  )

  // Up/Down move between messages; Home/End go to the oldest loaded and the newest
  function onKeyDown(e: KeyboardEvent): void {
    const target = e.target as HTMLElement
    if (!target.matches('article.msg') || !['ArrowUp', 'ArrowDown', 'Home', 'End'].includes(e.key)) return
    e.preventDefault()
    const rows = [...(listRef.current?.querySelectorAll<HTMLElement>('article.msg') ?? [])]
    const i = rows.indexOf(target)
    const next = e.key === 'ArrowUp' ? rows[i - 1] : e.key === 'ArrowDown' ? rows[i + 1] : e.key === 'Home' ? rows[0] : rows[rows.length - 1]
    if (!next) return
    setActiveId(next.dataset.messageId ?? null)
    next.focus()
    next.scrollIntoView({ block: 'nearest' })
  }

  const header = !loaded ? (
    <p className="list-note">{t('common.loading')}</p>
  ) : hasMore ? (
    <p className="list-note">
      <button type="button" className="link-button" onClick={loadOlder}>
        {t('room.loadOlder')}
      </button>
    </p>
  ) : items.length === 0 ? (
    <div className="list-empty">
      <p>{start?.beginning ?? t('room.empty')}</p>
      <p className="muted">{start?.emptyNext ?? t('room.emptyNext')}</p>
      {emptyAction}
    </div>
  ) : (
    <p className="list-note">{start?.beginning ?? t('room.beginning')}</p>
  )

  return (
    <div
      className="message-list-wrap"
      ref={listRef}
      onKeyDown={onKeyDown}
      onFocus={(e) => e.target.matches('article.msg') && setActiveId(e.target.dataset.messageId ?? null)}
    >
      <Status error={error} />
      <VirtualList
        className="message-list"
        label={t('room.messages')}
        description={t('room.messagesHint')}
        items={items}
        getKey={getKey}
        renderItem={renderItem}
        header={header}
        onReachTop={onReachTop}
        onRangeChange={setVisible}
        onAtBottomChange={onAtBottomChange}
        scrollToBottomSignal={jump}
        estimate={40}
      />
      {!atBottom && (
        <button
          type="button"
          className="button small jump"
          onClick={() => {
            setJump((j) => j + 1)
            setUnseen(0)
          }}
        >
          {unseen > 0 ? t('room.newMessages', { count: unseen }) : t('room.jumpToLatest')} <span aria-hidden="true">↓</span>
        </button>
      )}
      <div className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
    </div>
  )
}
