// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { act, cleanup, screen, waitFor, within } from '@testing-library/react'
import { HelpPanel } from '../../src/renderer/src/components/HelpPanel.tsx'
import { msg } from './helpers/msg.ts'
import { ME, OTHER, ROOM, TROLL, fakeRoom, message } from './helpers/fakeClient.ts'
import { renderWith } from './helpers/render.tsx'
import { Timeline } from './helpers/timeline.tsx'

afterEach(cleanup)

const badgeText = (title: string) => msg('verified.badge', { title })
const badgesIn = (el: HTMLElement) => [...el.querySelectorAll<HTMLElement>('.badge-verified')]

describe('verified professionals', () => {
  it("shows the badge beside a verified member's name on their messages, and on nobody else's", async () => {
    // River (OTHER) is verified; the engine puts the title on each of River's messages
    const authors = [OTHER, TROLL, OTHER, ME]
    const c = fakeRoom({
      count: 4,
      make: (i) => message(authors[i], i, authors[i] === OTHER ? { verified: 'Counsellor \u202Eevil' } : {})
    })
    renderWith(<Timeline />, c)
    await screen.findByText('message 3', { selector: 'bdi' })
    const article = (seq: number) => document.querySelector<HTMLElement>(`article[data-message-id="${authors[seq]}-${seq}"]`)!
    for (const seq of [0, 2]) {
      const [badge] = badgesIn(article(seq))
      expect(badge, `message ${seq} by the verified member`).toBeTruthy()
      // text, not colour alone; the moderator's title is cleaned of bidi tricks
      expect(badge.textContent).toContain(badgeText('Counsellor evil'))
      // who verified it: a tooltip, and words a screen reader reads
      expect(badge.getAttribute('title')).toBe(msg('verified.hint'))
      expect(within(badge).getByText(`. ${msg('verified.hint')}`)).toBeTruthy()
      // beside the author's name, in the name line
      expect(badge.closest('.msg-head')).toBeTruthy()
    }
    expect(badgesIn(article(1))).toHaveLength(0)
    expect(badgesIn(article(3))).toHaveLength(0)
  })

  it('shows the badge on a verified resource in the help panel, and not on the others', async () => {
    const c = fakeRoom()
    let peerLine: string | undefined = undefined
    c.handlers.getHelp = () => ({
      room: [
        { name: 'Harbour counselling', phone: '+44 20 7946 0001', match: 'everywhere' as const, verified: 'Registered counsellor' },
        { name: 'Our peer line', phone: '+44 20 7946 0000', match: 'everywhere' as const, ...(peerLine ? { verified: peerLine } : {}) }
      ],
      directory: [],
      region: null,
      emergency: null,
      note: ''
    })
    renderWith(<HelpPanel roomId={ROOM} onClose={() => {}} />, c)
    const d = await screen.findByRole('dialog', { name: msg('help.title') })
    const entry = async (name: string) => (await within(d).findByText(name)).closest('li')!
    const verified = await entry('Harbour counselling')
    expect(within(verified).getByText('Registered counsellor', { selector: 'bdi' }).closest('.badge-verified')!.textContent).toContain(
      badgeText('Registered counsellor')
    )
    expect(badgesIn(verified)[0].getAttribute('title')).toBe(msg('verified.hint'))
    expect(badgesIn(await entry('Our peer line'))).toHaveLength(0)
    expect(badgesIn(d)).toHaveLength(1)

    // a moderator verifies the other line: the room changes, and the open panel shows it
    peerLine = 'Peer supporters, trained'
    act(() => c.emit('room.changed', { roomId: ROOM, messageCount: 0, unread: 0 }))
    await waitFor(() => expect(badgesIn(d)).toHaveLength(2))
    expect(badgesIn(await entry('Our peer line'))[0].textContent).toContain(badgeText('Peer supporters, trained'))
  })
})
