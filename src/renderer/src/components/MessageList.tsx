import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { Message } from '../../../shared/api/index.ts'
import { en } from '../strings/en.ts'
import type { RoomMessages } from '../hooks/useMessages.ts'
import { MessageItem } from './MessageItem.tsx'
import type { MessageActions } from './MessageItem.tsx'
import { VirtualList } from './VirtualList.tsx'
import { cleanName, cleanText } from './PeerText.tsx'

interface Props {
  messages: RoomMessages
  me: string | null
  moderator: boolean
  actions: MessageActions
  /** Called with each message from someone else that arrives while the room is open. */
  onIncoming?: (m: Message) => void
}

const getKey = (m: Message): string => m.id

/** The room's messages in a virtualized log, with a polite live region announcing new ones. */
export function MessageList({ messages, me, moderator, actions, onIncoming }: Props) {
  const { items, hasMore, loaded, loadOlder, setVisible, error } = messages
  const [announcement, setAnnouncement] = useState('')
  const [atBottom, setAtBottom] = useState(true)
  const [unseen, setUnseen] = useState(0)
  const [jump, setJump] = useState(0)
  const lastId = useRef<string | null>(null)

  const byId = useMemo(() => {
    const map = new Map<string, Message>()
    for (const m of items) map.set(m.id, m)
    return map
  }, [items])

  // announce messages appended after the first load (not older pages, not my own)
  useEffect(() => {
    if (!loaded) return
    const last = items[items.length - 1]
    const prev = lastId.current
    lastId.current = last?.id ?? null
    if (!prev || !last || last.id === prev) return
    let i = items.length - 1
    const fresh: Message[] = []
    while (i >= 0 && items[i].id !== prev && fresh.length < 20) {
      fresh.unshift(items[i])
      i--
    }
    if (i < 0) return // the list was replaced, not appended to
    const theirs = fresh.filter((m) => m.author !== me && !m.deleted && !m.hidden)
    if (theirs.length === 0) return
    const m = theirs[theirs.length - 1]
    const text = m.contentWarning ? en.message.contentWarning(cleanText(m.contentWarning)) : cleanText(m.text ?? '').slice(0, 140)
    setAnnouncement(theirs.length === 1 ? en.room.newMessage(cleanName(m.authorName) ?? en.room.anonymous, text) : en.room.newMessages(theirs.length))
    if (!atBottom) setUnseen((n) => n + theirs.length)
    for (const x of theirs) onIncoming?.(x)
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
    (m: Message) => (
      <MessageItem
        message={m}
        own={m.author === me}
        moderator={moderator}
        replyTarget={m.replyTo ? (byId.get(m.replyTo) ?? null) : undefined}
        actions={actions}
      />
    ),
    [me, moderator, byId, actions]
  )

  const header = !loaded ? (
    <p className="list-note">{en.loading}</p>
  ) : hasMore ? (
    <p className="list-note">
      <button type="button" className="link-button" onClick={loadOlder}>
        {en.room.loadingOlder}
      </button>
    </p>
  ) : (
    <p className="list-note">{items.length === 0 ? en.room.empty : en.room.beginning}</p>
  )

  return (
    <div className="message-list-wrap">
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <VirtualList
        className="message-list"
        label={en.room.messages}
        items={items}
        getKey={getKey}
        renderItem={renderItem}
        header={header}
        onReachTop={onReachTop}
        onRangeChange={setVisible}
        onAtBottomChange={onAtBottomChange}
        scrollToBottomSignal={jump}
      />
      {!atBottom && (
        <button
          type="button"
          className="button jump"
          onClick={() => {
            setJump((j) => j + 1)
            setUnseen(0)
          }}
        >
          {unseen > 0 ? en.room.newMessages(unseen) : en.room.jumpToLatest} ↓
        </button>
      )}
      <div className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
    </div>
  )
}
