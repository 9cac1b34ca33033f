/**
 * Autobase 7.28 internals the engine uses (pinned by versions.ts). Each says why the public API
 * does not serve.
 */

/** `base.replicate(conn)` would also replicate the whole root store: add only the room's own wakeup protocol. */
export function addWakeupStream(base: any, conn: any) {
  base.wakeupProtocol.addStream(conn)
}

/** Peers speaking the room's wakeup protocol: connected holders of the room key. */
export function wakeupPeers(base: any): number {
  return base.wakeupSession?.peers?.length ?? 0
}

/**
 * The static fast-forward Autobase's checkpoints use. Its `fastForward: { key }` option cannot be
 * used as is: its boot throws (uncaught) when the bootstrap writer's manifest is not local yet.
 */
export function queueStaticFastForward(base: any, systemKey: Uint8Array) {
  base._queueStaticFastForward(systemKey)
}
