import fs from 'node:fs'
import { startEngine } from '../engine.ts'
import { untilStopped } from './signals.ts'
import { notification } from '../transports/jsonrpc.ts'
import { BlindSeeder } from '../seed/seeder.ts'
import { decodeSeedInvite, isSeedInvite } from '../seed/seed-invite.ts'

const log = (m: string) => process.stderr.write(`[hearth seed] ${m}\n`)

export type SeedOptions = { storage: string; bootstrap?: string[]; inviteFile?: string; blind?: boolean }

/**
 * An always-on peer that keeps rooms available. `--blind` (with a seed invite) keeps them without
 * being able to read them (seed/mirror.ts); without it, it joins as a member (named "Seeder") that
 * can also admit newcomers. The invite comes from a file or stdin, never the command line, where
 * every local user could read it.
 */
export async function seed(opts: SeedOptions): Promise<number> {
  const invite = opts.inviteFile ? readInvite(opts.inviteFile) : null
  if (opts.blind || (invite && isSeedInvite(invite))) return blindSeed(opts, invite)
  const engine = await startEngine({ storage: opts.storage, bootstrap: opts.bootstrap })
  engine.node.on('log', log)
  engine.onEvent((event, payload) => {
    const peers = payload as { roomId: string; peers: number } // room.peers' payload (engine events)
    if (event === 'room.peers') log(`room ${peers.roomId.slice(0, 8)}…: ${peers.peers} peer(s)`)
  })
  if (invite) {
    const { roomId, state } = (await engine.dispatch('joinRoom', { invite, displayName: 'Seeder' })) as { roomId: string; state: string }
    log(`room ${roomId}: ${state === 'ready' ? 'joined' : 'waiting for a peer of the room to come online'}`)
  }
  const rooms = [...engine.node.rooms.keys()]
  process.stdout.write(JSON.stringify(notification('ready', { rooms })) + '\n')
  log(`seeding ${rooms.length} room(s) from ${engine.node.storage}`)
  await untilStopped()
  await engine.close()
  return 0
}

async function blindSeed(opts: SeedOptions, invite: string | null): Promise<number> {
  if (invite && !isSeedInvite(invite))
    throw new Error(
      '--blind needs a seed invite (hearth-seed:…), made by a moderator with createSeedInvite: a member invite would give this peer the room key to read everything'
    )
  const seeder = new BlindSeeder(opts.storage, { bootstrap: opts.bootstrap })
  await seeder.open()
  if (invite) await seeder.add(decodeSeedInvite(invite).roomKey)
  const rooms = [...seeder.mirrors.keys()]
  process.stdout.write(JSON.stringify(notification('ready', { rooms, blind: true })) + '\n')
  // what it holds, as it changes (at most every half second): scripts and tests wait on it
  let timer: NodeJS.Timeout | null = null
  const report = () => {
    timer = null
    const holding = [...seeder.mirrors.values()].map((m) => ({ roomKey: m.roomKey.toString('hex'), ...m.holding() }))
    process.stdout.write(JSON.stringify(notification('holding', { rooms: holding })) + '\n')
  }
  for (const m of seeder.mirrors.values()) m.on('changed', () => (timer ??= setTimeout(report, 500)))
  log(`keeping ${rooms.length} room(s) blind (no key to read them) from ${seeder.storage}`)
  await untilStopped()
  await seeder.close()
  return 0
}

/** The invite from a file, or from stdin with `-`. */
function readInvite(file: string): string {
  const text = file === '-' ? fs.readFileSync(0, 'utf8') : fs.readFileSync(file, 'utf8')
  const invite = text.trim()
  if (!invite) throw new Error(`no invite in ${file === '-' ? 'stdin' : file}`)
  return invite
}
