import { app } from './en/app.ts'
import { room } from './en/room.ts'
import { help } from './en/help.ts'
import { mod } from './en/mod.ts'
import { errors } from './en/errors.ts'
import { invite } from './en/invite.ts'
import { life } from './en/life.ts'
import { lists } from './en/lists.ts'
import { modLife } from './en/modLife.ts'
import { support } from './en/support.ts'
import { directory } from './en/directory.ts'
import { search } from './en/search.ts'
import { app as esApp } from './es/app.ts'
import { room as esRoom } from './es/room.ts'
import { help as esHelp } from './es/help.ts'
import { mod as esMod } from './es/mod.ts'
import { errors as esErrors } from './es/errors.ts'
import { invite as esInvite } from './es/invite.ts'
import { life as esLife } from './es/life.ts'
import { lists as esLists } from './es/lists.ts'
import { modLife as esModLife } from './es/modLife.ts'
import { support as esSupport } from './es/support.ts'
import { directory as esDirectory } from './es/directory.ts'
import { search as esSearch } from './es/search.ts'
import { pseudoCatalog } from './pseudo.ts'

/** English is the source catalog: every other locale has exactly its keys (the compiler checks). */
export const en = { ...app, ...room, ...help, ...mod, ...invite, ...life, ...lists, ...modLife, ...support, ...directory, ...search, ...errors }
export type MessageId = keyof typeof en
export type Catalog = Record<MessageId, string>

const es: Catalog = {
  ...esApp,
  ...esRoom,
  ...esHelp,
  ...esMod,
  ...esInvite,
  ...esLife,
  ...esLists,
  ...esModLife,
  ...esSupport,
  ...esDirectory,
  ...esSearch,
  ...esErrors
}

/** The languages a person can choose, and the pseudo-locales tests use (long accented text; RTL). */
export const LOCALES = ['en', 'es'] as const
export const PSEUDO_LOCALES = ['en-XA', 'ar-XB'] as const
export type Locale = (typeof LOCALES)[number] | (typeof PSEUDO_LOCALES)[number]

const built = new Map<Locale, Catalog>([
  ['en', en],
  ['es', es]
])

export function catalogFor(locale: Locale): Catalog {
  let c = built.get(locale)
  if (!c) {
    c = pseudoCatalog(en, locale === 'ar-XB' ? 'rtl' : 'long')
    built.set(locale, c)
  }
  return c
}
