import { describe, it, expect } from 'vitest'
import { firstMatch, normaliseEntry, type ActiveEntry, type ListEntry } from '../../src/p2p/lists/match.ts'

const active = (...entries: ListEntry[]): ActiveEntry[] => entries.map((e) => ({ ...normaliseEntry(e)!, listId: 'l' }))

describe('block list matching (the same on every peer)', () => {
  const list = active({ kind: 'phrase', value: 'Buy Followers' }, { kind: 'link', value: 'https://www.spam.example/path' })

  it('a phrase matches whole words in order, whatever the case, width, spacing and punctuation', () => {
    for (const text of ['buy followers', 'BUY   FOLLOWERS!!', 'please, buy-followers now', 'ｂｕｙ ｆｏｌｌｏｗｅｒｓ', 'buy\nfollowers'])
      expect(firstMatch(text, list), text).not.toBeNull()
    for (const text of ['buyfollowers', 'buy some followers', 'followers buy', 'rebuy followersx']) expect(firstMatch(text, list), text).toBeNull()
  })

  it('a link entry is a domain: it matches itself and its subdomains, with or without a scheme', () => {
    for (const text of ['go to spam.example', 'https://SPAM.example/x?y', 'www.spam.example', 'deals.spam.example/offer', 'see (spam.example).'])
      expect(firstMatch(text, list), text).not.toBeNull()
    for (const text of ['notspam.example', 'spam.example.org', 'spam example', 'spam.examples']) expect(firstMatch(text, list), text).toBeNull()
  })

  it('entries that would match nothing or everything are refused', () => {
    expect(normaliseEntry({ kind: 'phrase', value: '!!' })).toBeNull()
    expect(normaliseEntry({ kind: 'phrase', value: 'a' })).toBeNull()
    expect(normaliseEntry({ kind: 'link', value: 'localhost' })).toBeNull()
    expect(normaliseEntry({ kind: 'link', value: 'not a domain.com' })).toBeNull()
    expect(normaliseEntry({ kind: 'link', value: 'Example.COM.' })).toEqual({ kind: 'link', value: 'example.com' })
  })
})
