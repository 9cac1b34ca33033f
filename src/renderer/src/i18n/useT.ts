import { useCallback } from 'react'
import { useIntl } from 'react-intl'
import type { MessageId } from './catalog.ts'

export type Values = Record<string, string | number | boolean | null | undefined | Date>
export type T = (id: MessageId, values?: Values) => string

/** `t('rooms.title')`, `t('rooms.unread', { count })`: the person's language, ICU plurals. */
export function useT(): T {
  const intl = useIntl()
  return useCallback((id: MessageId, values?: Values) => intl.formatMessage({ id }, values), [intl])
}

/** Local times and dates in the person's language. */
export function useFormat(): { time: (t: number) => string; dateTime: (t: number) => string; relative: (t: number) => string } {
  const intl = useIntl()
  return {
    time: (t) => intl.formatTime(t, { hour: '2-digit', minute: '2-digit' }),
    dateTime: (t) => intl.formatDate(t, { dateStyle: 'medium', timeStyle: 'short' }),
    relative: (t) => {
      const minutes = Math.round((t - Date.now()) / 60_000)
      if (Math.abs(minutes) < 60) return intl.formatRelativeTime(minutes, 'minute')
      if (Math.abs(minutes) < 48 * 60) return intl.formatRelativeTime(Math.round(minutes / 60), 'hour')
      return intl.formatRelativeTime(Math.round(minutes / 1440), 'day')
    }
  }
}
