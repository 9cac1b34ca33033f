import fs from 'node:fs'
import path from 'node:path'
import { randomBytes, secretboxSeal, secretboxOpen } from './crypto.ts'
import { fail } from '../shared/api/errors.ts'

/**
 * Seals every secret Hearth keeps on disk (room encryption keys, owner and moderator keys) with
 * one 32-byte master key. The desktop app hands the master key in (wrapped by the OS keychain);
 * the headless peer keeps it in a 0600 file in its storage directory.
 */
export class Vault {
  #key: Buffer
  constructor(masterKey: Uint8Array) {
    if (masterKey.byteLength !== 32) throw new Error('master key must be 32 bytes')
    this.#key = Buffer.from(masterKey)
  }

  static openOrCreate(storage: string, masterKey?: Uint8Array): Vault {
    if (masterKey) return new Vault(masterKey)
    const file = path.join(storage, 'master.key')
    try {
      const hex = fs.readFileSync(file, 'utf8').trim()
      if (!/^[0-9a-f]{64}$/.test(hex)) throw fail('key_file_corrupt', { file, dir: storage })
      return new Vault(Buffer.from(hex, 'hex'))
    } catch (err) {
      if ((err as NodeJS.ErrnoException | null)?.code !== 'ENOENT') throw err
    }
    const key = randomBytes(32)
    fs.writeFileSync(file, key.toString('hex') + '\n', { mode: 0o600, flag: 'wx' })
    return new Vault(key)
  }

  seal(plain: Uint8Array): string {
    return secretboxSeal(plain, this.#key).toString('base64')
  }

  open(sealed: string): Buffer {
    const out = secretboxOpen(Buffer.from(sealed, 'base64'), this.#key)
    if (!out) throw fail('wrong_master_key')
    return out
  }

  /** Autobase's blindEncryption hooks (encryption-encoding calls the version field `type`): the room key rests on disk only sealed. */
  blindEncryption() {
    return {
      encrypt: async (value: Uint8Array) => ({ value: secretboxSeal(value, this.#key), type: 1 }),
      decrypt: async ({ value }: { value: Uint8Array }) => {
        const out = secretboxOpen(value, this.#key)
        if (!out) throw new Error('room encryption key could not be unsealed with this master key')
        return out
      }
    }
  }
}
