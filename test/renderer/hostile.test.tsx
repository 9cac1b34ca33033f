// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react'
import { MessageList } from '../../src/renderer/src/components/MessageList.tsx'
import { useMessages } from '../../src/renderer/src/hooks/useMessages.ts'
import { cleanName, cleanText } from '../../src/renderer/src/components/PeerText.tsx'
import { msg } from './helpers/msg.ts'
import { ME, OTHER, ROOM, TROLL, fakeRoom, message } from './helpers/fakeClient.ts'
import { renderWith } from './helpers/render.tsx'

afterEach(cleanup)
const noop = () => {}
function Room() {
  const actions = { onReply: noop, onEdit: noop, onDelete: noop, onReport: noop, onHide: noop, onUnhide: noop }
  return <MessageList messages={useMessages(ROOM)} me={ME} moderator={false} actions={actions} authorOf={() => ({ moderator: false, sharedName: false })} />
}

export const HOSTILE = [
  '<script>window.__pwned = 1</script>',
  '<img src=x onerror="window.__pwned = 2">',
  '<a href="javascript:window.__pwned=3">click me</a>',
  'javascript:window.__pwned=4',
  '[click](javascript:alert(1)) https://evil.example/login',
  'abc\u202Egnp.exe',
  'pay\u200Bpal\u2060 \uFEFFlogin',
  '<iframe src="https://evil.example"></iframe><style>body{display:none}</style>',
  '{{constructor.constructor("window.__pwned=5")()}}'
]

describe('hostile peer text renders inert', () => {
  it('creates no elements, links or handlers from peer text', async () => {
    const huge = 'A'.repeat(100_000)
    const texts = [...HOSTILE, huge]
    const make = (i: number) => message(TROLL, i, { text: texts[i], authorName: i === 0 ? '\u202Eotaredom\u200B' : '<b>Troll</b>' })
    renderWith(<Room />, fakeRoom({ count: texts.length, make }))
    await screen.findByText(/window.__pwned = 1/)
    const list = screen.getByRole('log')
    for (const tag of ['script', 'img', 'iframe', 'style', 'a', 'b']) expect(list.querySelectorAll(tag)).toHaveLength(0)
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined()
    // markup is shown literally
    expect(list.textContent).toContain('<img src=x onerror="window.__pwned = 2">')
    expect(list.textContent).toContain('<b>Troll</b>')
    // bidi override and zero-width characters are removed from what is shown
    expect(list.textContent).not.toMatch(/[\u202E\u200B\u2060\uFEFF]/)
    expect(list.textContent).toContain('abcgnp.exe')
    expect(list.textContent).toContain('paypal login')
    // text sits in isolated bidi runs
    expect(list.querySelectorAll('.peer-text bdi[dir="auto"]').length).toBeGreaterThan(0)
    // links are not links; a note says so
    expect(screen.getAllByText(msg('message.linkNote')).length).toBeGreaterThan(0)
  })

  it('shortens a 100 000-character message for display, and can show it whole', async () => {
    const huge = 'B'.repeat(100_000)
    renderWith(<Room />, fakeRoom({ count: 1, make: (i) => message(OTHER, i, { text: huge }) }))
    const note = await screen.findByText(msg('message.truncated', { count: 100_000 }), { exact: false })
    const bdi = document.querySelector('.peer-text bdi')!
    expect(bdi.textContent!.length).toBe(4001)
    fireEvent.click(screen.getByRole('button', { name: msg('message.showAll') }))
    await waitFor(() => expect(document.querySelector('.peer-text bdi')!.textContent!.length).toBe(100_000))
    expect(note).toBeTruthy()
  })

  it('cleans names so look-alikes cannot hide', () => {
    expect(cleanName('\u202Eotaredom')).toBe('otaredom')
    expect(cleanName('Mod\u200Berator')).toBe('Moderator')
    expect(cleanName('\u3164')).toBeNull()
    expect(cleanName('a\nb\tc')).toBe('a b c')
    expect(cleanName('x'.repeat(500))!.length).toBe(64)
    expect(cleanText('keep 👩\u200D👩\u200D👧 family')).toContain('\u200D')
  })
})
