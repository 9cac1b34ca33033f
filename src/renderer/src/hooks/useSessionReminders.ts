import { useEffect, useRef } from 'react'
import { useQueryClient } from '@tanstack/react-query'
import type { StatusClient } from '../client/status.ts'
import { keys } from '../data/keys.ts'
import { useRooms } from '../data/queries.ts'
import { useFormat, useT } from '../i18n/useT.ts'
import { useSettings } from '../state/settings.tsx'
import { dueReminder, mutedSessions } from '../state/sessionReminders.ts'

const EVERY_MS = 60_000

/**
 * While Hearth is in the background, a local notification shortly before a session of any of the
 * person's rooms that they did not mute (only if they turned notifications on; the browser client,
 * as useNotifications). Once per occurrence; private like the others: no room, no title, just the
 * local time. Inside a room the reminder also shows above the messages (SessionList).
 */
export function useSessionReminders(client: StatusClient): void {
  const { settings } = useSettings()
  const t = useT()
  const fmt = useFormat()
  const qc = useQueryClient()
  const rooms = useRooms().data?.rooms
  const told = useRef(new Set<string>())
  const words = useRef({ t, fmt })
  words.current = { t, fmt }
  useEffect(() => {
    if (!settings.notifications || client.shell) return
    const check = async (): Promise<void> => {
      if (!document.hidden || typeof Notification === 'undefined' || Notification.permission !== 'granted') return
      const now = Date.now()
      for (const { roomId } of rooms ?? []) {
        const life = await qc
          .fetchQuery({ queryKey: keys.life(roomId), queryFn: () => client.call('getRoomLife', { roomId }), staleTime: EVERY_MS })
          .catch(() => null)
        const due = life && dueReminder(life.sessions, now, mutedSessions.get())
        if (!due || told.current.has(`${due.session.sessionId}@${due.at}`)) continue
        told.current.add(`${due.session.sessionId}@${due.at}`)
        new Notification(words.current.t('app.name'), { body: words.current.t('notification.session', { time: words.current.fmt.time(due.at) }) })
      }
    }
    const timer = setInterval(() => void check(), EVERY_MS)
    void check()
    return () => clearInterval(timer)
  }, [client, qc, rooms, settings.notifications])
}
