import b4a from 'b4a'

type Manifest = { quorum?: number; signers?: Array<{ publicKey: Uint8Array }> } | null | undefined

/**
 * Whether an invite's system-core hint can be the room's real system core. Only the room's
 * creator indexes (members join as non-indexers and nothing ever adds an indexer), so a genuine
 * system core is signed by the creator's writer key and by nothing else. The hint is not covered
 * by the invite's signature: anyone who handles an invite could swap it, and a newcomer who
 * fast-forwarded to a forged core would read a forged room (guidelines, crisis resources,
 * moderators) until real checkpoints arrived. A hint that fails this is ignored: the newcomer
 * joins the slower way, from the creator's own log.
 */
export function isGenuineSystemHint(system: Manifest, creatorWriter: Manifest): boolean {
  const owner = creatorWriter?.signers?.[0]?.publicKey
  const signers = system?.signers ?? []
  return !!owner && signers.length === 1 && system!.quorum === 1 && b4a.equals(signers[0].publicKey, owner)
}
