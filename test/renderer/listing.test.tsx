// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react'
import { ModConsole } from '../../src/renderer/src/moderator/ModConsole.tsx'
import { ErrorCode, HearthError } from '../../src/shared/api/index.ts'
import { msg } from './helpers/msg.ts'
import { ROOM, fakeRoom } from './helpers/fakeClient.ts'
import { renderWith } from './helpers/render.tsx'

afterEach(() => {
  cleanup()
  localStorage.clear()
})

async function owner() {
  const c = fakeRoom({ moderator: true })
  c.handlers.listRoom = () => ({ listingId: 'f'.repeat(64) })
  c.handlers.unlistRoom = () => ({ ok: true })
  renderWith(<ModConsole roomId={ROOM} tab="listing" go={() => {}} />, c)
  // the console learns that this device holds the owner key with the room's summary
  await screen.findByLabelText(msg('listing.description'))
  return c
}
const fill = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } })

describe('the owner lists the room in the directory', () => {
  it('lists it with topics and languages, then withdraws it', async () => {
    const c = await owner()
    fill(msg('listing.description'), 'For nights that feel long')
    fill(msg('listing.topics'), 'Insomnia, night-owls')
    fill(msg('listing.languages'), 'en, es')
    fireEvent.click(screen.getByRole('checkbox', { name: msg('listing.requireKnock') }))
    fireEvent.click(screen.getByRole('button', { name: msg('listing.publish') }))
    await waitFor(() =>
      expect(c.callsOf('listRoom')).toEqual([
        { roomId: ROOM, description: 'For nights that feel long', topics: ['insomnia', 'night-owls'], languages: ['en', 'es'], requireKnock: false }
      ])
    )
    expect(await screen.findByText(msg('listing.published'))).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: msg('listing.unlist') }))
    await waitFor(() => expect(c.callsOf('unlistRoom')).toEqual([{ roomId: ROOM }]))
    expect(await screen.findByText(msg('listing.unlisted'))).toBeTruthy()
  })

  it('asks for a topic and a language before sending anything', async () => {
    const c = await owner()
    fill(msg('listing.description'), 'For nights that feel long')
    fireEvent.click(screen.getByRole('button', { name: msg('listing.publish') }))
    expect((await screen.findByRole('alert')).textContent).toBe(msg('listing.needsTopic'))
    expect(c.callsOf('listRoom')).toEqual([])
  })

  it('words the engine’s refusal from the catalog', async () => {
    const c = await owner()
    c.handlers.listRoom = () => {
      throw new HearthError(ErrorCode.InvalidParams, 'engine English', { reason: 'listing_too_large', bytes: 1200, limit: 1000 })
    }
    fill(msg('listing.description'), 'Long')
    fill(msg('listing.topics'), 'grief')
    fill(msg('listing.languages'), 'en')
    fireEvent.click(screen.getByRole('button', { name: msg('listing.publish') }))
    expect((await screen.findByRole('alert')).textContent).toBe(msg('error.listing_too_large', { bytes: 1200, limit: 1000 }))
  })

  it('is for the owner only', async () => {
    const c = fakeRoom({ moderator: false })
    renderWith(<ModConsole roomId={ROOM} tab="listing" go={() => {}} />, c)
    expect(await screen.findByText(msg('listing.ownerOnly'))).toBeTruthy()
    expect(screen.queryByRole('button', { name: msg('listing.publish') })).toBeNull()
  })
})
