import { useEffect, useMemo } from 'react'
import type { ReactNode } from 'react'
import { IntlProvider } from 'react-intl'
import { catalogFor } from './catalog.ts'
import type { Locale } from './catalog.ts'
import { dirOf, intlLocaleOf } from './locale.ts'

/**
 * The person's language for everything below, and on <html>: `lang` (screen readers, hyphenation,
 * fonts) and `dir` (the CSS uses logical properties, so RTL mirrors the layout by itself).
 */
export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const messages = useMemo(() => catalogFor(locale), [locale])
  useEffect(() => {
    const root = document.documentElement
    root.lang = locale
    root.dir = dirOf(locale)
  }, [locale])
  return (
    <IntlProvider locale={intlLocaleOf(locale)} messages={messages} defaultLocale="en" onError={reportMissing}>
      {children}
    </IntlProvider>
  )
}

// a missing or broken message is a bug to fix, never something to show: log it, once
const seen = new Set<string>()
function reportMissing(err: { message: string }): void {
  if (seen.has(err.message)) return
  seen.add(err.message)
  console.warn(err.message)
}
