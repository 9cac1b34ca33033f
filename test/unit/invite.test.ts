import { describe, it, expect } from 'vitest'
import { encodeInvite, decodeInvite } from '../../src/p2p/invite.ts'
import { signTicket } from '../../src/p2p/records/signing.ts'
import { newSigningKeyPair, randomBytes } from '../../src/p2p/crypto.ts'

const roomKey = randomBytes(32)
const invite = { roomKey, encryptionKey: randomBytes(32), ticket: signTicket(roomKey, newSigningKeyPair()) }

describe('invites', () => {
  it('round-trip as z-base-32, bare or as a hearth:// link, with copy-paste whitespace', () => {
    const s = encodeInvite(invite)
    expect(s).toMatch(/^[ybndrfg8ejkmcpqxot1uwisza345h769]+$/)
    expect(decodeInvite(s)).toEqual(invite)
    expect(decodeInvite('hearth://join/' + s)).toEqual(invite)
    expect(decodeInvite(`\n  ${s.slice(0, 50)} ${s.slice(50)}\t`)).toEqual(invite)
    expect(decodeInvite(s.toUpperCase())).toEqual(invite)
  })
  it('catches every single-character typo with the checksum', () => {
    const s = encodeInvite(invite)
    for (let i = 0; i < s.length; i += 7) {
      const typo = s.slice(0, i) + (s[i] === 'y' ? 'n' : 'y') + s.slice(i + 1)
      expect(() => decodeInvite(typo)).toThrow(/not valid/)
    }
  })
  it('explains truncation, garbage and unknown versions', () => {
    const s = encodeInvite(invite)
    expect(() => decodeInvite(s.slice(0, -5))).toThrow(/too short or too long/)
    expect(() => decodeInvite('hello world!')).toThrow(/characters/)
    expect(() => decodeInvite('')).toThrow(/not valid/)
  })
})
