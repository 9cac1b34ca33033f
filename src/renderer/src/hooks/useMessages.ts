import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react'
import type { Message } from '../../../shared/api/index.ts'
import { useClient, useReconnect } from '../client/context.tsx'
import { MessagePager } from '../state/messages.ts'

export interface RoomMessages {
  items: Message[]
  hasMore: boolean
  loaded: boolean
  /** The last load's failure (worded where shown), null once a load works. */
  error: unknown
  loadOlder: () => void
  setVisible: (from: number, to: number) => void
  refresh: () => void
}

/** The room's messages, newest page first, kept current by 'room.changed' (merged, else re-read). */
export function useMessages(roomId: string, pageSize = 100): RoomMessages {
  const client = useClient()
  const pager = useMemo(() => new MessagePager((p) => client.call('getMessages', { roomId, ...p }), pageSize), [client, roomId, pageSize])
  useSyncExternalStore(
    useCallback((fn) => pager.subscribe(fn), [pager]),
    pager.getVersion
  )
  const [error, setError] = useState<unknown>(null)
  const visible = useRef<{ from: number; to: number } | undefined>(undefined)

  const refresh = useCallback(() => {
    pager.refresh(visible.current).then(
      () => setError(null),
      (e: unknown) => setError(e ?? new Error('load failed'))
    )
  }, [pager])

  useEffect(() => {
    pager.loadLatest().then(
      () => setError(null),
      (e: unknown) => setError(e ?? new Error('load failed'))
    )
    return client.on('room.changed', (p) => {
      if (p.roomId === roomId && !(p.messages && pager.merge(p.messages))) refresh()
    })
  }, [pager, client, roomId, refresh])

  useReconnect(refresh)

  const loadOlder = useCallback(() => {
    pager.loadOlder().catch((e: unknown) => setError(e ?? new Error('load failed')))
  }, [pager])
  const setVisible = useCallback((from: number, to: number) => {
    visible.current = { from, to }
  }, [])

  return { items: pager.items, hasMore: pager.hasMore, loaded: pager.loaded, error, loadOlder, setVisible, refresh }
}
