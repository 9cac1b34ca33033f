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

/** A room with its owner ("Host"), a member ("Member") and an attacker ("Attacker"), each joined by an invite. */
export async function roomWithAttacker(net: Net, name: string) {
  const [owner, member, attacker] = await Promise.all([net.peer('owner'), net.peer('member'), net.peer('attacker')])
  const { roomId, invite } = await owner.call('createRoom', { name, displayName: 'Host' })
  await member.call('joinRoom', { invite, displayName: 'Member' })
  await attacker.call('joinRoom', { invite: (await owner.call('createInvite', { roomId })).invite, displayName: 'Attacker' })
  const attackerId = (await attacker.call('whoami', { roomId })).memberId
  return { owner, member, attacker, roomId, attackerId }
}
