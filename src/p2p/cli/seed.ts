import { startEngine } from '../engine.ts'
import { untilStopped } from './signals.ts'
import { notification } from '../../shared/rpc/messages.ts'

const log = (m: string) => process.stderr.write(`[hearth seed] ${m}\n`)

/**
 * An always-on peer: it joins the room like any member (so it can admit newcomers' optimistic
 * join records and ack them) and keeps every room in its storage replicated.
 */
export async function seed(opts: { storage: string; bootstrap?: string[]; invite?: string }): Promise<number> {
  const engine = await startEngine({ storage: opts.storage, bootstrap: opts.bootstrap })
  engine.node.on('log', log)
  engine.onEvent((event, payload: any) => {
    if (event === 'room.peers') log(`room ${payload.roomId.slice(0, 8)}…: ${payload.peers} peer(s)`)
  })
  if (opts.invite) {
    const { roomId, state } = (await engine.dispatch('joinRoom', { invite: opts.invite, displayName: 'Seeder' })) as { roomId: string; state: string }
    log(`room ${roomId}: ${state === 'ready' ? 'joined' : 'waiting for a peer of the room to come online'}`)
  }
  const rooms = [...engine.node.rooms.keys()]
  process.stdout.write(JSON.stringify(notification('ready', { rooms })) + '\n')
  log(`seeding ${rooms.length} room(s) from ${engine.node.storage}`)
  await untilStopped()
  await engine.close()
  return 0
}
