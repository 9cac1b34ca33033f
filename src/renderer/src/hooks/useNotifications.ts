import { useEffect, useRef } from 'react'
import type { StatusClient } from '../client/status.ts'
import { useSettings } from '../state/settings.tsx'
import { useT } from '../i18n/useT.ts'

/**
 * While Hearth is in the background, show a local notification when a room gets unread messages
 * (only if the person turned notifications on), saying so when one of the new posts @mentions them.
 * Nothing leaves the device.
 */
export function useNotifications(client: StatusClient): void {
  const { settings } = useSettings()
  const t = useT()
  const unread = useRef(new Map<string, number>())
  useEffect(() => {
    // inside the desktop app the shell shows notifications itself (main/notifications.ts)
    if (!settings.notifications || client.shell) return
    return client.on('room.changed', (p) => {
      const before = unread.current.get(p.roomId) ?? p.unread
      unread.current.set(p.roomId, p.unread)
      if (p.unread <= before || !document.hidden || typeof Notification === 'undefined') return
      if (Notification.permission !== 'granted') return
      // private by default: no room name, no text, not who mentioned (lock screens and shared screens show these),
      // and the same words for a private conversation: "private conversation" alone would tell an onlooker they asked for support
      const mention = (p.messages ?? []).some((m) => m.mentionsMe)
      new Notification(t('app.name'), { body: mention ? t('notification.mention') : t('notification.body', { count: p.unread - before }) })
    })
  }, [client, settings.notifications, t])
}
