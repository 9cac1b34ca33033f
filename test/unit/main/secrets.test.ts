import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => ({}))

import {
  KEYCHAIN_FILE,
  KeyUnavailableError,
  PASSPHRASE_FILE,
  keychainStatus,
  loadMasterKey,
  type PassphrasePrompt,
  type SafeStorageLike
} from '../../../src/main/secrets.ts'
import { translator } from '../../../src/main/i18n/catalog.ts'

const en = translator('en')

/** A stand-in for safeStorage: "encrypts" by reversing and tagging, so tests can see the file is not plain. */
function fakeSafeStorage(over: Partial<SafeStorageLike> & { backend?: string; available?: boolean } = {}): SafeStorageLike {
  return {
    isAsyncEncryptionAvailable: async () => over.available ?? true,
    encryptStringAsync: vi.fn(async (s: string) => Buffer.from(`enc:${[...s].reverse().join('')}`)),
    decryptStringAsync: vi.fn(async (b: Buffer) => {
      const s = b.toString()
      if (!s.startsWith('enc:')) throw new Error('bad ciphertext')
      return { result: [...s.slice(4)].reverse().join(''), shouldReEncrypt: false }
    }),
    getSelectedStorageBackend: () => over.backend ?? 'gnome_libsecret',
    ...over
  }
}

/** A prompt that submits the given attempts in order and records what it was told. */
function scriptedPrompt(attempts: Array<string | null>) {
  const seen: { requests: Array<{ mode: string; reason: string }>; errors: Array<string | null> } = { requests: [], errors: [] }
  const prompt: PassphrasePrompt = async (request, submit) => {
    seen.requests.push(request)
    for (const a of attempts) {
      if (a === null) return false
      const error = await submit(a)
      seen.errors.push(error)
      if (!error) return true
    }
    return false
  }
  return { prompt, seen }
}

let dir: string
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'hearth-secrets-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const noPrompt: PassphrasePrompt = async () => {
  throw new Error('should not prompt')
}
const N = 2 ** 10 // cheap scrypt for tests

describe('keychainStatus', () => {
  it('treats Linux basic_text (a hard-coded password) as no keychain', async () => {
    expect((await keychainStatus(fakeSafeStorage({ backend: 'basic_text' }), 'linux', en)).usable).toBe(false)
    expect((await keychainStatus(fakeSafeStorage({ backend: 'basic_text' }), 'darwin', en)).usable).toBe(true)
    expect((await keychainStatus(fakeSafeStorage({ backend: 'kwallet6' }), 'linux', en)).usable).toBe(true)
    expect(await keychainStatus(fakeSafeStorage({ available: false }), 'win32', en)).toMatchObject({
      usable: false,
      reason: expect.stringMatching(/passphrase/)
    })
  })
})

describe('master key with a keychain', () => {
  it('creates a random key, stores it wrapped with 0600 permissions, and loads the same key later', async () => {
    const safe = fakeSafeStorage()
    const key = await loadMasterKey({ dir, safeStorage: safe, platform: 'linux', prompt: noPrompt, t: en })
    expect(key).toBeInstanceOf(Uint8Array)
    expect(key.byteLength).toBe(32)
    const file = path.join(dir, KEYCHAIN_FILE)
    const stored = readFileSync(file)
    expect(stored.toString()).not.toContain(Buffer.from(key).toString('base64'))
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600)
    const again = await loadMasterKey({ dir, safeStorage: safe, platform: 'linux', prompt: noPrompt, t: en })
    expect(Buffer.from(again).equals(Buffer.from(key))).toBe(true)
  })

  it('re-wraps the key when the OS asks for it', async () => {
    const safe = fakeSafeStorage()
    const key = await loadMasterKey({ dir, safeStorage: safe, platform: 'darwin', prompt: noPrompt, t: en })
    const rotating = fakeSafeStorage({
      decryptStringAsync: async () => ({ result: Buffer.from(key).toString('base64'), shouldReEncrypt: true })
    })
    await loadMasterKey({ dir, safeStorage: rotating, platform: 'darwin', prompt: noPrompt, t: en })
    expect(rotating.encryptStringAsync).toHaveBeenCalledTimes(1)
  })

  it('never replaces a stored key when the keychain is gone or refuses', async () => {
    await loadMasterKey({ dir, safeStorage: fakeSafeStorage(), platform: 'linux', prompt: noPrompt, t: en })
    const before = readFileSync(path.join(dir, KEYCHAIN_FILE))
    await expect(
      loadMasterKey({ dir, safeStorage: fakeSafeStorage({ backend: 'basic_text' }), platform: 'linux', prompt: noPrompt, t: en })
    ).rejects.toBeInstanceOf(KeyUnavailableError)
    await expect(
      loadMasterKey({
        dir,
        safeStorage: fakeSafeStorage({
          decryptStringAsync: async () => {
            throw new Error('denied')
          }
        }),
        platform: 'linux',
        prompt: noPrompt,
        t: en
      })
    ).rejects.toThrow(/could not unlock/)
    expect(readFileSync(path.join(dir, KEYCHAIN_FILE)).equals(before)).toBe(true)
  })
})

describe('master key with a passphrase', () => {
  const noKeychain = () => fakeSafeStorage({ available: false })

  it('tells the person why, asks for a passphrase, and stores only salt and verifier', async () => {
    const { prompt, seen } = scriptedPrompt(['short', 'correct horse battery'])
    const key = await loadMasterKey({ dir, safeStorage: noKeychain(), platform: 'win32', prompt, scryptN: N, t: en })
    expect(seen.requests[0]).toMatchObject({ mode: 'create', reason: expect.stringMatching(/keychain/) })
    expect(seen.errors[0]).toMatch(/at least 10/)
    expect(key.byteLength).toBe(32)
    const file = JSON.parse(readFileSync(path.join(dir, PASSPHRASE_FILE), 'utf8'))
    expect(Object.keys(file).sort()).toEqual(['N', 'kdf', 'p', 'r', 'salt', 'verifier', 'version'])
    expect(file).toMatchObject({ kdf: 'scrypt', N, r: 8, p: 1 })
    expect(Buffer.from(file.verifier, 'base64').equals(Buffer.from(key))).toBe(false)
  })

  it('asks for the passphrase on Linux when only basic_text is available', async () => {
    const { prompt, seen } = scriptedPrompt(['correct horse battery'])
    await loadMasterKey({ dir, safeStorage: fakeSafeStorage({ backend: 'basic_text' }), platform: 'linux', prompt, scryptN: N, t: en })
    expect(seen.requests[0]).toMatchObject({ mode: 'create', reason: expect.stringMatching(/plain text/) })
    expect(() => readFileSync(path.join(dir, KEYCHAIN_FILE))).toThrow()
  })

  it('unlocks with the right passphrase only, and derives the same key', async () => {
    const created = await loadMasterKey({
      dir,
      safeStorage: noKeychain(),
      platform: 'linux',
      prompt: scriptedPrompt(['correct horse battery']).prompt,
      scryptN: N,
      t: en
    })
    const { prompt, seen } = scriptedPrompt(['wrong horse battery', 'correct horse battery'])
    const key = await loadMasterKey({ dir, safeStorage: noKeychain(), platform: 'linux', prompt, t: en })
    expect(seen.requests[0].mode).toBe('unlock')
    expect(seen.errors).toEqual(['That passphrase is not right. Check it and try again.', null])
    expect(Buffer.from(key).equals(Buffer.from(created))).toBe(true)
  })

  it('keeps using the passphrase even when a keychain appears later', async () => {
    await loadMasterKey({ dir, safeStorage: noKeychain(), platform: 'linux', prompt: scriptedPrompt(['correct horse battery']).prompt, scryptN: N, t: en })
    const { prompt, seen } = scriptedPrompt(['correct horse battery'])
    await loadMasterKey({ dir, safeStorage: fakeSafeStorage(), platform: 'linux', prompt, t: en })
    expect(seen.requests[0].mode).toBe('unlock')
  })

  it('stays locked when the person cancels, and reports a damaged file', async () => {
    await expect(
      loadMasterKey({ dir, safeStorage: noKeychain(), platform: 'linux', prompt: scriptedPrompt([null]).prompt, scryptN: N, t: en })
    ).rejects.toBeInstanceOf(KeyUnavailableError)
    writeFileSync(path.join(dir, PASSPHRASE_FILE), JSON.stringify({ version: 1, kdf: 'md5' }))
    await expect(loadMasterKey({ dir, safeStorage: noKeychain(), platform: 'linux', prompt: noPrompt, t: en })).rejects.toThrow(/damaged/)
  })
})
