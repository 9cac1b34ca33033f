import { describe, it, expect } from 'vitest'
import b4a from 'b4a'
import { decodeRecord } from '../../src/p2p/room/apply.ts'
import { signRecord, verifyRecord, signTicket, verifyTicket } from '../../src/p2p/records/signing.ts'
import { canonicalJson } from '../../src/p2p/records/canonical.ts'
import { newSigningKeyPair, randomBytes } from '../../src/p2p/crypto.ts'

const enc = (x: unknown) => b4a.from(typeof x === 'string' ? x : JSON.stringify(x))

describe('decodeRecord', () => {
  it('accepts a well-formed post', () => {
    expect(decodeRecord(enc({ v: 1, type: 'post', text: 'hi', time: 1 }))).toEqual({ type: 'post', record: { v: 1, type: 'post', text: 'hi', time: 1 } })
  })
  it.each([
    ['not JSON', '{"v":1,'],
    ['a JSON scalar', '42'],
    ['null', 'null'],
    ['an unknown version', { v: 2, type: 'post', text: 'hi', time: 1 }],
    ['an unknown type', { v: 1, type: 'poll', time: 1 }],
    ['a prototype key as type', { v: 1, type: '__proto__', time: 1 }],
    ['an empty post', { v: 1, type: 'post', text: '', time: 1 }],
    ['a post over 4,000 chars', { v: 1, type: 'post', text: 'x'.repeat(4001), time: 1 }],
    ['an unexpected field', { v: 1, type: 'post', text: 'hi', time: 1, html: '<b>' }],
    ['a bad reply id', { v: 1, type: 'post', text: 'hi', time: 1, replyTo: 'abc' }],
    ['a negative time', { v: 1, type: 'post', text: 'hi', time: -5 }],
    ['a short signature', { v: 1, type: 'revoke-ticket', ticket: 'ab'.repeat(16), time: 1, by: 'cd'.repeat(32), nonce: 'ab'.repeat(16), sig: 'ef' }]
  ])('rejects %s', (_, value) => {
    expect(decodeRecord(enc(value))).toBeNull()
  })
  it('rejects raw bytes', () => {
    for (let i = 0; i < 200; i++) expect(decodeRecord(randomBytes(1 + (i % 64)))).toBeNull()
  })
})

describe('signatures are room-bound and domain-separated', () => {
  const owner = newSigningKeyPair()
  const roomA = randomBytes(32)
  const roomB = randomBytes(32)

  it('verifies in its own room only', () => {
    const rec = signRecord(roomA, owner, { type: 'revoke-ticket', ticket: 'ab'.repeat(16), time: 5 })
    expect(verifyRecord(roomA, rec)).toBe(true)
    expect(verifyRecord(roomB, rec)).toBe(false)
  })
  it('breaks when any field changes', () => {
    const rec = signRecord(roomA, owner, { type: 'revoke-ticket', ticket: 'ab'.repeat(16), time: 5 })
    expect(verifyRecord(roomA, { ...rec, time: 6 })).toBe(false)
    expect(verifyRecord(roomA, { ...rec, by: newSigningKeyPair().publicKey.toString('hex') })).toBe(false)
    expect(verifyRecord(roomA, { ...rec, sig: 'zz' })).toBe(false)
  })
  it('gives every signed record a fresh nonce', () => {
    const a = signRecord(roomA, owner, { type: 'x' })
    const b = signRecord(roomA, owner, { type: 'x' })
    expect(a.nonce).not.toBe(b.nonce)
  })
  it('tickets verify for their room only, and a record signature is no ticket', () => {
    const t = signTicket(roomA, owner)
    expect(verifyTicket(roomA, t)).toBe(true)
    expect(verifyTicket(roomB, t)).toBe(false)
    const rec = signRecord(roomA, owner, { type: 'x' })
    expect(verifyTicket(roomA, { id: t.id, issuer: t.issuer, sig: rec.sig })).toBe(false)
  })
  it('canonical JSON ignores key order and undefined fields', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: undefined }] })).toBe(canonicalJson({ a: [{ d: 2 }], b: 1 }))
  })
})
