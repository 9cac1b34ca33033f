import fs from 'node:fs'
import { describe, it, expect, afterAll, beforeAll } from 'vitest'
import { startEngine, type Engine } from '../../src/p2p/engine.ts'
import { tmpDir } from '../helpers/peers.ts'

/**
 * Pages read the timeline's copy of each message (idx/), lookups by id read msg/: every change
 * (edit, delete, hide, unhide) must reach both, so a page always says what getMessage says.
 */
describe('the timeline copy stays in step with the message', () => {
  let engine: Engine
  let roomId = ''
  const dir = tmpDir('hearth-timeline-')
  const call = (method: string, params: object) => engine.dispatch(method, { roomId, ...params }) as Promise<any>

  async function samePageAndLookups() {
    const { messages } = await call('getMessages', { limit: 100 })
    for (const m of messages) expect(m).toEqual((await call('getMessage', { messageId: m.id })).message)
    return messages
  }

  beforeAll(async () => {
    engine = await startEngine({ storage: dir, offline: true })
    roomId = ((await engine.dispatch('createRoom', { name: 'Timeline', displayName: 'Owner' })) as any).roomId
  })
  afterAll(async () => {
    await engine.close()
    fs.rmSync(dir, { recursive: true, force: true })
  })

  it('edit, delete, hide and unhide show on the page exactly as by id', async () => {
    const ids: string[] = []
    for (const text of ['one', 'two', 'three', 'four']) ids.push((await call('postMessage', { text })).messageId)
    await call('editMessage', { messageId: ids[0], text: 'one, edited', contentWarning: 'cw' })
    await call('deleteMessage', { messageId: ids[1] })
    await call('hideMessage', { messageId: ids[2], reason: 'off topic' })
    await call('hideMessage', { messageId: ids[3], reason: 'by mistake' })
    await call('unhideMessage', { messageId: ids[3] })
    const page = await samePageAndLookups()
    expect(page.map((m: any) => [m.text, m.contentWarning, m.deleted, m.hidden, m.hiddenReason])).toEqual([
      ['one, edited', 'cw', false, false, null],
      [null, null, true, false, null],
      [null, null, false, true, 'off topic'],
      ['four', null, false, false, null]
    ])
    expect(page.every((m: any) => m.authorName === 'Owner')).toBe(true)
  })

  it('a name change shows on old posts too; the page survives a restart', async () => {
    await call('setProfile', { displayName: 'Renamed' })
    expect((await samePageAndLookups()).every((m: any) => m.authorName === 'Renamed')).toBe(true)
    await engine.close()
    engine = await startEngine({ storage: dir, offline: true })
    expect((await samePageAndLookups()).map((m: any) => m.text)).toEqual(['one, edited', null, null, 'four'])
  })
})
