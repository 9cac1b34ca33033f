import { converged, type Net } from './peers.ts'

/** A room its owner ("Host") created and one member ("Member") joined by its first invite, both agreeing. */
export async function roomWithMember(net: Net, name: string) {
  const [owner, member] = await Promise.all([net.peer('owner'), net.peer('member')])
  const { roomId, invite } = await owner.call('createRoom', { name, displayName: 'Host' })
  await member.call('joinRoom', { invite, displayName: 'Member' })
  const { memberId } = await member.call('whoami', { roomId })
  await converged([owner, member], roomId, 0)
  return { owner, member, roomId, invite, memberId }
}
