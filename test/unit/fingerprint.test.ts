import { describe, it, expect } from 'vitest'
import crypto from 'node:crypto'
import { fingerprint, sharedNames, nameKey } from '../../src/shared/fingerprint.ts'

describe('member fingerprints', () => {
  it('are twelve digits in three groups, stable for an id and different between ids', () => {
    const ids = Array.from({ length: 2000 }, () => crypto.randomBytes(32).toString('hex'))
    const prints = ids.map(fingerprint)
    for (const p of prints) expect(p).toMatch(/^\d{4} \d{4} \d{4}$/)
    expect(fingerprint(ids[0])).toBe(prints[0])
    expect(new Set(prints).size).toBe(ids.length)
  })

  it('show a dash for anything that is not a member id', () => {
    expect(fingerprint('not-an-id')).toBe('—')
  })

  it('find display names two members share, however they are typed', () => {
    const members = [
      { memberId: 'a', displayName: 'Ann' },
      { memberId: 'b', displayName: 'ａｎｎ ' },
      { memberId: 'c', displayName: 'Bo' },
      { memberId: 'd', displayName: null }
    ]
    expect(sharedNames(members)).toEqual(new Set([nameKey('Ann')]))
    expect(
      sharedNames([
        { memberId: 'a', displayName: 'Ann' },
        { memberId: 'a', displayName: 'Ann' }
      ]).size
    ).toBe(0)
  })
})
