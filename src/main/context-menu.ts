/**
 * The right-click menu of our pages: spelling suggestions for a misspelt word (where the spell
 * checker runs: see secureWebPreferences), then the edit actions that apply where the click was.
 * Electron shows no context menu by itself, so without this a suggestion cannot be picked.
 */
import { Menu, type ContextMenuParams, type MenuItemConstructorOptions, type WebContents } from 'electron'
import type { Translate } from './i18n/catalog.ts'

type Params = Pick<ContextMenuParams, 'misspelledWord' | 'dictionarySuggestions' | 'isEditable' | 'selectionText' | 'editFlags'>

export interface SpellActions {
  replace: (word: string) => void
  addToDictionary: (word: string) => void
}

const MAX_SUGGESTIONS = 5

export function contextMenuTemplate(p: Params, spell: SpellActions, t: Translate): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = []
  if (p.isEditable && p.misspelledWord) {
    const suggestions = p.dictionarySuggestions.slice(0, MAX_SUGGESTIONS)
    for (const word of suggestions) items.push({ label: word, click: () => spell.replace(word) })
    if (!suggestions.length) items.push({ label: t('context.noSuggestions'), enabled: false })
    items.push({ label: t('context.addToDictionary'), click: () => spell.addToDictionary(p.misspelledWord) }, { type: 'separator' })
  }
  if (p.isEditable) {
    items.push(
      { role: 'cut', label: t('menu.cut'), enabled: p.editFlags.canCut },
      { role: 'copy', label: t('menu.copy'), enabled: p.editFlags.canCopy },
      { role: 'paste', label: t('menu.paste'), enabled: p.editFlags.canPaste },
      { type: 'separator' },
      { role: 'selectAll', label: t('menu.selectAll'), enabled: p.editFlags.canSelectAll }
    )
  } else if (p.selectionText.trim()) {
    items.push({ role: 'copy', label: t('menu.copy'), enabled: p.editFlags.canCopy })
  }
  return items
}

export function installContextMenu(contents: WebContents, t: Translate): void {
  contents.on('context-menu', (_event, params) => {
    const template = contextMenuTemplate(
      params,
      {
        replace: (word) => contents.replaceMisspelling(word),
        addToDictionary: (word) => void contents.session.addWordToSpellCheckerDictionary(word)
      },
      t
    )
    if (template.length) Menu.buildFromTemplate(template).popup()
  })
}
