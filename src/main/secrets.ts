/**
 * The profile's master key (32 random bytes) from which the engine protects room keys and
 * moderator keys at rest. It never rests on disk in plain:
 * - normally it is wrapped by Electron safeStorage (macOS Keychain, Windows DPAPI, Linux secret
 *   service / KWallet) in `master-key.keychain`;
 * - when there is no usable keychain (safeStorage unavailable, or Linux falling back to
 *   'basic_text', which is a hard-coded password), the person is told why and chooses a
 *   passphrase; the key is derived with scrypt (memory-hard) and only a salt and a verifier are
 *   stored in `master-key.passphrase.json`.
 * Which file exists decides the mode on later launches, so a keychain that appears or breaks
 * later never silently replaces the key (that would orphan every room).
 */
import { createHash, randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'

export interface SafeStorageLike {
  isAsyncEncryptionAvailable(): Promise<boolean>
  encryptStringAsync(plainText: string): Promise<Buffer>
  decryptStringAsync(encrypted: Buffer): Promise<{ result: string; shouldReEncrypt: boolean }>
  getSelectedStorageBackend?(): string
}

/**
 * Ask for a passphrase. `submit` checks one attempt and returns an error to show, or null when it
 * was accepted; the prompt resolves true once accepted, false when the person cancels.
 */
export type PassphrasePrompt = (
  request: { mode: 'create' | 'unlock'; reason: string },
  submit: (passphrase: string) => Promise<string | null>
) => Promise<boolean>

export interface SecretsOptions {
  dir: string
  safeStorage: SafeStorageLike
  platform: NodeJS.Platform
  prompt: PassphrasePrompt
  /** scrypt cost; tests lower it. 2^17 with r=8 uses 128 MiB and takes about a second. */
  scryptN?: number
}

export const KEYCHAIN_FILE = 'master-key.keychain'
export const PASSPHRASE_FILE = 'master-key.passphrase.json'
export const MIN_PASSPHRASE = 10

export class KeyUnavailableError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'KeyUnavailableError'
  }
}

/** Whether safeStorage protects data with a real OS secret, and if not, why (for the person). */
export async function keychainStatus(safe: SafeStorageLike, platform: NodeJS.Platform): Promise<{ usable: boolean; reason: string }> {
  let available: boolean
  try {
    available = await safe.isAsyncEncryptionAvailable()
  } catch {
    available = false
  }
  if (!available) return { usable: false, reason: 'Your system keychain is not available, so Hearth will protect your rooms with a passphrase instead.' }
  if (platform === 'linux' && safe.getSelectedStorageBackend?.() === 'basic_text') {
    return {
      usable: false,
      reason:
        "No keyring (such as GNOME Keyring or KWallet) is running, so the system could only store Hearth's key in plain text. Hearth will protect your rooms with a passphrase instead."
    }
  }
  return { usable: true, reason: '' }
}

interface PassphraseFile {
  version: 1
  kdf: 'scrypt'
  N: number
  r: number
  p: number
  salt: string
  verifier: string
}

function scrypt(passphrase: string, salt: Buffer, N: number, r: number, p: number): Promise<Buffer> {
  const options: ScryptOptions = { N, r, p, maxmem: 256 * N * r + 1024 * 1024 }
  return new Promise((resolve, reject) => scryptCb(passphrase.normalize('NFC'), salt, 64, options, (err, key) => (err ? reject(err) : resolve(key))))
}

/** First half: the key. Second half, hashed: the verifier, which says nothing about the first. */
async function derive(passphrase: string, f: Omit<PassphraseFile, 'verifier'>): Promise<{ key: Uint8Array; verifier: Buffer }> {
  const out = await scrypt(passphrase, Buffer.from(f.salt, 'base64'), f.N, f.r, f.p)
  const verifier = createHash('sha256').update('hearth/passphrase-verifier/v1').update(out.subarray(32)).digest()
  return { key: new Uint8Array(out.subarray(0, 32)), verifier }
}

async function writePrivate(file: string, data: string | Buffer): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 })
  const tmp = `${file}.${process.pid}.tmp`
  await writeFile(tmp, data, { mode: 0o600 })
  await rename(tmp, file)
}

async function readIfExists(file: string): Promise<Buffer | null> {
  try {
    return await readFile(file)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw err
  }
}

function parsePassphraseFile(buf: Buffer): PassphraseFile {
  const f = JSON.parse(buf.toString('utf8')) as PassphraseFile
  const ok =
    f &&
    f.version === 1 &&
    f.kdf === 'scrypt' &&
    [f.N, f.r, f.p].every((n) => Number.isSafeInteger(n) && n > 0) &&
    typeof f.salt === 'string' &&
    typeof f.verifier === 'string'
  if (!ok) throw new KeyUnavailableError(`${PASSPHRASE_FILE} is damaged; Hearth cannot unlock your rooms with it.`)
  return f
}

/** Load (or on first run create) the master key. Rejects with KeyUnavailableError when it cannot. */
export async function loadMasterKey(opts: SecretsOptions): Promise<Uint8Array> {
  const keychainFile = path.join(opts.dir, KEYCHAIN_FILE)
  const passFile = path.join(opts.dir, PASSPHRASE_FILE)
  const status = await keychainStatus(opts.safeStorage, opts.platform)

  const wrapped = await readIfExists(keychainFile)
  if (wrapped) {
    if (!status.usable)
      throw new KeyUnavailableError(
        `Hearth's key is kept in your system keychain, which is not available now. ${status.reason} Your rooms are still on this device: start the keyring (or log in as the same user) and open Hearth again.`
      )
    let plain: { result: string; shouldReEncrypt: boolean }
    try {
      plain = await opts.safeStorage.decryptStringAsync(wrapped)
    } catch (err) {
      throw new KeyUnavailableError(
        `The system keychain could not unlock Hearth's key (${err instanceof Error ? err.message : String(err)}). Your rooms are still on this device; try again after signing in to the same user account.`
      )
    }
    const key = Buffer.from(plain.result, 'base64')
    if (key.length !== 32) throw new KeyUnavailableError(`${KEYCHAIN_FILE} does not hold a valid key.`)
    if (plain.shouldReEncrypt) await writePrivate(keychainFile, await opts.safeStorage.encryptStringAsync(plain.result))
    return new Uint8Array(key)
  }

  const stored = await readIfExists(passFile)
  if (stored) {
    const f = parsePassphraseFile(stored)
    const got: { key?: Uint8Array } = {}
    const accepted = await opts.prompt({ mode: 'unlock', reason: 'Enter your Hearth passphrase to open your rooms.' }, async (passphrase) => {
      const d = await derive(passphrase, f)
      const expected = Buffer.from(f.verifier, 'base64')
      if (expected.length !== d.verifier.length || !timingSafeEqual(expected, d.verifier)) return 'That passphrase is not right. Check it and try again.'
      got.key = d.key
      return null
    })
    if (!accepted || !got.key) throw new KeyUnavailableError('Hearth stays locked until you enter your passphrase.')
    return got.key
  }

  if (status.usable) {
    const key = randomBytes(32)
    await writePrivate(keychainFile, await opts.safeStorage.encryptStringAsync(key.toString('base64')))
    return new Uint8Array(key)
  }

  // First run without a keychain: choose a passphrase.
  const got: { key?: Uint8Array } = {}
  const accepted = await opts.prompt({ mode: 'create', reason: status.reason }, async (passphrase) => {
    if ([...passphrase].length < MIN_PASSPHRASE) return `Use at least ${MIN_PASSPHRASE} characters; a few words are easier to remember than symbols.`
    const params = { version: 1 as const, kdf: 'scrypt' as const, N: opts.scryptN ?? 2 ** 17, r: 8, p: 1, salt: randomBytes(16).toString('base64') }
    const d = await derive(passphrase, params)
    await writePrivate(passFile, JSON.stringify({ ...params, verifier: d.verifier.toString('base64') }, null, 2))
    got.key = d.key
    return null
  })
  if (!accepted || !got.key) throw new KeyUnavailableError('Hearth needs a passphrase to protect your rooms on this device.')
  return got.key
}
