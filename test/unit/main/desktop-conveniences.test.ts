import { EventEmitter } from 'node:events'
import { describe, expect, it, vi } from 'vitest'

const popups: unknown[] = []
vi.mock('electron', () => ({
  Menu: { buildFromTemplate: (t: unknown) => ({ popup: () => popups.push(t) }) }
}))
const { contextMenuTemplate, installContextMenu } = await import('../../../src/main/context-menu.ts')
const { rememberWindowState, restoredBounds } = await import('../../../src/main/window-state.ts')
const { translator } = await import('../../../src/main/i18n/catalog.ts')
const en = translator('en')

const flags = { canCut: true, canCopy: true, canPaste: true, canSelectAll: true } as never
const labels = (t: Array<{ label?: string; type?: string }>) => t.map((i) => i.label ?? i.type)

describe('context menu', () => {
  it('offers spelling suggestions for a misspelt word, then the edit actions', () => {
    const spell = { replace: vi.fn(), addToDictionary: vi.fn() }
    const t = contextMenuTemplate(
      { misspelledWord: 'teh', dictionarySuggestions: ['the', 'tea', 'ten', 'tech', 'eh', 'Te'], isEditable: true, selectionText: '', editFlags: flags },
      spell,
      en
    )
    expect(labels(t)).toEqual(['the', 'tea', 'ten', 'tech', 'eh', 'Add to dictionary', 'separator', 'Cut', 'Copy', 'Paste', 'separator', 'Select all'])
    ;(t[1] as { click: () => void }).click()
    ;(t[5] as { click: () => void }).click()
    expect(spell.replace).toHaveBeenCalledWith('tea')
    expect(spell.addToDictionary).toHaveBeenCalledWith('teh')
  })

  it('says when there is no suggestion; outside a field offers only Copy of a selection, else nothing', () => {
    const spell = { replace: vi.fn(), addToDictionary: vi.fn() }
    const none = contextMenuTemplate({ misspelledWord: 'xqzt', dictionarySuggestions: [], isEditable: true, selectionText: '', editFlags: flags }, spell, en)
    expect(none[0]).toMatchObject({ label: 'No spelling suggestions', enabled: false })
    expect(
      labels(contextMenuTemplate({ misspelledWord: '', dictionarySuggestions: [], isEditable: false, selectionText: 'hi', editFlags: flags }, spell, en))
    ).toEqual(['Copy'])
    expect(contextMenuTemplate({ misspelledWord: '', dictionarySuggestions: [], isEditable: false, selectionText: '  ', editFlags: flags }, spell, en)).toEqual(
      []
    )
  })

  it('pops up on right-click and replaces the word in the page that asked', () => {
    const contents = Object.assign(new EventEmitter(), { replaceMisspelling: vi.fn(), session: { addWordToSpellCheckerDictionary: vi.fn() } })
    installContextMenu(contents as never, en)
    popups.length = 0
    contents.emit('context-menu', {}, { misspelledWord: '', dictionarySuggestions: [], isEditable: false, selectionText: '', editFlags: flags })
    expect(popups).toHaveLength(0) // nothing to offer: no empty menu
    contents.emit('context-menu', {}, { misspelledWord: 'teh', dictionarySuggestions: ['the'], isEditable: true, selectionText: '', editFlags: flags })
    const [menu] = popups as Array<Array<{ click?: () => void }>>
    menu[0].click!()
    menu[1].click!()
    expect(contents.replaceMisspelling).toHaveBeenCalledWith('the')
    expect(contents.session.addWordToSpellCheckerDictionary).toHaveBeenCalledWith('teh')
  })
})

describe('window state', () => {
  const screen = { x: 0, y: 0, width: 1920, height: 1080 }
  const saved = { x: 100, y: 100, width: 900, height: 700, maximized: false }
  it('reopens where the window was while enough of it is on a screen', () => {
    expect(restoredBounds(saved, [screen])).toEqual({ x: 100, y: 100, width: 900, height: 700 })
    expect(restoredBounds({ ...saved, x: 1800 }, [screen])).toEqual({ x: 1800, y: 100, width: 900, height: 700 }) // 120 px still on screen
    expect(restoredBounds({ ...saved, x: -2000 }, [screen, { x: -1920, y: 0, width: 1920, height: 1080 }])?.x).toBe(-2000)
  })

  it('opens at the default place when the screen it was on is gone, or nothing was saved', () => {
    expect(restoredBounds({ ...saved, x: -2000 }, [screen])).toBeNull()
    expect(restoredBounds({ ...saved, x: 1801 }, [screen])).toBeNull()
    expect(restoredBounds({ ...saved, y: 1010 }, [screen])).toBeNull()
    expect(restoredBounds(null, [screen])).toBeNull()
  })

  it('saves the unmaximized bounds and whether it was maximized when it closes', () => {
    const win = Object.assign(new EventEmitter(), { getNormalBounds: () => ({ x: 10.4, y: 20, width: 800.6, height: 600 }), isMaximized: () => true })
    const save = vi.fn()
    rememberWindowState(win, save)
    win.emit('close')
    expect(save).toHaveBeenCalledWith({ x: 10, y: 20, width: 801, height: 600, maximized: true })
  })
})
