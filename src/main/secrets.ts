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
import type { Translate } from './i18n/catalog.ts'

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
  /** Main's catalog: the reasons and errors a person reads. */
  t: Translate
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
export async function keychainStatus(safe: SafeStorageLike, platform: NodeJS.Platform, t: Translate): Promise<{ usable: boolean; reason: string }> {
  let available: boolean
  try {
    available = await safe.isAsyncEncryptionAvailable()
  } catch {
    available = false
  }
  if (!available) return { usable: false, reason: t('key.noKeychain') }
  if (platform === 'linux' && safe.getSelectedStorageBackend?.() === 'basic_text') {
    return { usable: false, reason: t('key.plainText') }
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

function parsePassphraseFile(buf: Buffer, t: Translate): PassphraseFile {
  const f = JSON.parse(buf.toString('utf8')) as PassphraseFile
  const ok =
    f &&
    f.version === 1 &&
    f.kdf === 'scrypt' &&
    [f.N, f.r, f.p].every((n) => Number.isSafeInteger(n) && n > 0) &&
    typeof f.salt === 'string' &&
    typeof f.verifier === 'string'
  if (!ok) throw new KeyUnavailableError(t('key.damagedFile', { file: PASSPHRASE_FILE }))
  return f
}

/** Load (or on first run create) the master key. Rejects with KeyUnavailableError when it cannot. */
export async function loadMasterKey(opts: SecretsOptions): Promise<Uint8Array> {
  const keychainFile = path.join(opts.dir, KEYCHAIN_FILE)
  const passFile = path.join(opts.dir, PASSPHRASE_FILE)
  const { t } = opts
  const status = await keychainStatus(opts.safeStorage, opts.platform, t)

  const wrapped = await readIfExists(keychainFile)
  if (wrapped) {
    if (!status.usable) throw new KeyUnavailableError(t('key.keychainGone', { why: status.reason }))
    let plain: { result: string; shouldReEncrypt: boolean }
    try {
      plain = await opts.safeStorage.decryptStringAsync(wrapped)
    } catch (err) {
      throw new KeyUnavailableError(t('key.keychainFailed', { error: err instanceof Error ? err.message : String(err) }))
    }
    const key = Buffer.from(plain.result, 'base64')
    if (key.length !== 32) throw new KeyUnavailableError(t('key.badKeychainFile', { file: KEYCHAIN_FILE }))
    if (plain.shouldReEncrypt) await writePrivate(keychainFile, await opts.safeStorage.encryptStringAsync(plain.result))
    return new Uint8Array(key)
  }

  const stored = await readIfExists(passFile)
  if (stored) {
    const f = parsePassphraseFile(stored, t)
    const got: { key?: Uint8Array } = {}
    const accepted = await opts.prompt({ mode: 'unlock', reason: t('key.enterPassphrase') }, async (passphrase) => {
      const d = await derive(passphrase, f)
      const expected = Buffer.from(f.verifier, 'base64')
      if (expected.length !== d.verifier.length || !timingSafeEqual(expected, d.verifier)) return t('key.wrongPassphrase')
      got.key = d.key
      return null
    })
    if (!accepted || !got.key) throw new KeyUnavailableError(t('key.stillLocked'))
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
    if ([...passphrase].length < MIN_PASSPHRASE) return t('key.tooShort', { min: MIN_PASSPHRASE })
    const params = { version: 1 as const, kdf: 'scrypt' as const, N: opts.scryptN ?? 2 ** 17, r: 8, p: 1, salt: randomBytes(16).toString('base64') }
    const d = await derive(passphrase, params)
    await writePrivate(passFile, JSON.stringify({ ...params, verifier: d.verifier.toString('base64') }, null, 2))
    got.key = d.key
    return null
  })
  if (!accepted || !got.key) throw new KeyUnavailableError(t('key.needPassphrase'))
  return got.key
}
