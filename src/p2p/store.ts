import Corestore from 'corestore'
import { HearthError, ErrorCode } from '../shared/api/errors.ts'

/** Opens the root Corestore with errors that name the directory and say what to do. */
export async function openStore(dir: string, profileDir: string): Promise<any> {
  const store = new Corestore(dir)
  try {
    await store.ready()
    return store
  } catch (err: any) {
    await store.close().catch(() => {})
    const msg = String(err?.message ?? err)
    if (/lock/i.test(msg)) {
      throw new HearthError(ErrorCode.Storage, `The profile ${profileDir} is already open in another Hearth process. Close that one first: a profile has one owner process at a time.`)
    }
    if (err?.code === 'EACCES' || err?.code === 'EROFS' || /permission|read-only/i.test(msg)) {
      throw new HearthError(ErrorCode.Storage, `Hearth cannot write to ${dir} (${msg}). Check the directory's permissions and free space.`)
    }
    throw new HearthError(ErrorCode.Storage, `The room store in ${dir} could not be opened (${msg}). It may be corrupt: move it aside and rejoin your rooms with their invites.`)
  }
}
