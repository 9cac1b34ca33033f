import { describe, it, expect } from 'vitest'
import fs from 'node:fs'
import path from 'node:path'
import { HearthNode } from '../../src/p2p/node.ts'
import { Vault } from '../../src/p2p/vault.ts'
import { tmpDir } from '../helpers/peers.ts'
import { cannotSetUp, tryMount, umount } from '../helpers/fault-setup.ts'

describe('storage errors name the directory and what to do', () => {
  it('a corrupt profile.json', async () => {
    const dir = tmpDir()
    fs.writeFileSync(path.join(dir, 'profile.json'), '{"version":1,"rooms":')
    const node = new HearthNode({ storage: dir, offline: true })
    await expect(node.open()).rejects.toThrow(new RegExp(`profile file ${dir}/profile.json is corrupt`))
    await node.close()
    fs.rmSync(dir, { recursive: true })
  })
  it('a corrupt master key', () => {
    const dir = tmpDir()
    fs.writeFileSync(path.join(dir, 'master.key'), 'garbage')
    expect(() => Vault.openOrCreate(dir)).toThrow(/master.key is corrupt/)
    fs.rmSync(dir, { recursive: true })
  })
  it('a profile path under a regular file', async () => {
    const file = path.join(tmpDir(), 'file')
    fs.writeFileSync(file, '')
    const node = new HearthNode({ storage: path.join(file, 'profile'), offline: true })
    await expect(node.open()).rejects.toThrow(/cannot use the profile directory .*file\/profile \(ENOTDIR\)/)
  })
  it('an unwritable profile directory', async (ctx) => {
    const dir = tmpDir()
    if (process.getuid?.() !== 0) {
      fs.chmodSync(dir, 0o500)
      const node = new HearthNode({ storage: path.join(dir, 'p'), offline: true })
      await expect(node.open()).rejects.toThrow(/cannot use the profile directory .*\(EACCES\)/)
      return
    }
    // root ignores permission bits: only a read-only mount makes a directory unwritable for it
    const why = tryMount(['-t', 'tmpfs', '-o', 'ro,size=1m', 'tmpfs', dir])
    if (why) return cannotSetUp(ctx, `cannot mount a read-only tmpfs as root here (${why})`)
    try {
      const node = new HearthNode({ storage: dir, offline: true })
      await expect(node.open()).rejects.toThrow(/cannot use the profile directory .*\(EROFS\)/)
    } finally {
      umount(dir)
    }
  })
  it('seals and opens secrets; another master key cannot open them', () => {
    const v1 = new Vault(Buffer.alloc(32, 1))
    const sealed = v1.seal(Buffer.from('secret'))
    expect(v1.open(sealed).toString()).toBe('secret')
    expect(() => new Vault(Buffer.alloc(32, 2)).open(sealed)).toThrow(/different master key/)
  })
})
