import { execFileSync } from 'node:child_process'

/** True on CI, where every fault must really be tested. */
export const onCI = !!process.env.CI && process.env.CI !== 'false' && process.env.CI !== '0'

/**
 * For a test that cannot set up its fault here (no mount privileges, say): on CI that is a
 * failure, since the fault would then go untested; on a developer's machine the test is skipped
 * and says why.
 */
export function cannotSetUp(ctx: { skip: (note?: string) => void }, why: string): void {
  if (onCI) throw new Error(`cannot set up this test's fault on CI (CI=${process.env.CI}): ${why}`)
  ctx.skip(why)
}

/** mount(8) if this machine lets us (root with CAP_SYS_ADMIN); the reason otherwise. */
export function tryMount(args: string[]): string | null {
  try {
    execFileSync('mount', args, { stdio: 'pipe' })
    return null
  } catch (err: any) {
    return String(err.stderr || err.message).trim()
  }
}

export function umount(dir: string) {
  try {
    execFileSync('umount', [dir], { stdio: 'pipe' })
  } catch {}
}
