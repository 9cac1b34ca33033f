import { toHex, type KeyPair } from './crypto.ts'
import { isAuthority } from './presence-channel.ts'
import { TYPING_TTL_MS, ON_DUTY_REFRESH_MS, type PresenceRoom } from './presence-wire.ts'

// This device's own presence per room (typing, on duty), and what the sweep does to it over time.
const LOCAL_TYPING_MS = TYPING_TTL_MS // the local typing flag ends by itself unless the UI refreshes it
const TYPING_RESEND_MS = 2_000 // "still typing" goes out at most this often

export type Local = { typingUntil: number; typingSent: number; duty: { kp: KeyPair; time: number } | null }

/** What the local state needs of the Presence manager that owns it. */
export type LocalHost = {
  clock(): number
  room(roomId: string): PresenceRoom | undefined
  /** Sends this device's whole state to every open channel of the room. */
  broadcast(roomId: string): void
  /** Emits 'change' if the room's counts changed. */
  update(roomId: string): void
}

export class LocalPresence {
  #local = new Map<string, Local>()
  #refreshing = new Set<string>()
  readonly #host: LocalHost

  constructor(host: LocalHost) {
    this.#host = host
  }

  get(roomId: string): Local | undefined {
    return this.#local.get(roomId)
  }

  delete(roomId: string) {
    this.#local.delete(roomId)
  }

  /** Sets the typing flag; true when the peers should be told (a change, or a due "still typing"). */
  setTyping(roomId: string, typing: boolean, now: number): boolean {
    const local = this.#localOf(roomId)
    const was = local.typingUntil > now
    local.typingUntil = typing ? now + LOCAL_TYPING_MS : 0
    if (typing !== was || (typing && now - local.typingSent >= TYPING_RESEND_MS)) {
      if (typing) local.typingSent = now
      return true
    }
    return false
  }

  setOnDuty(roomId: string, kp: KeyPair | null, now: number) {
    this.#localOf(roomId).duty = kp ? { kp, time: now } : null
  }

  /** Expires local typing and refreshes on-duty claims; with `reverify`, re-checks that this device may still claim duty. */
  sweep(now: number, reverify: boolean) {
    for (const [roomId, local] of this.#local) {
      if (local.typingUntil !== 0 && local.typingUntil <= now) {
        local.typingUntil = 0
        this.#host.broadcast(roomId)
      }
      if (local.duty && now - local.duty.time >= ON_DUTY_REFRESH_MS) this.#refreshDuty(roomId, local)
      else if (local.duty && reverify) this.#checkOwnDuty(roomId, local)
    }
  }

  #localOf(roomId: string): Local {
    let local = this.#local.get(roomId)
    if (!local) this.#local.set(roomId, (local = { typingUntil: 0, typingSent: 0, duty: null }))
    return local
  }

  #refreshDuty(roomId: string, local: Local) {
    if (this.#refreshing.has(roomId)) return
    const room = this.#host.room(roomId)
    const duty = local.duty
    if (!room || !duty) return
    this.#refreshing.add(roomId)
    isAuthority(room, toHex(duty.kp.publicKey))
      .then(
        (ok) => {
          if (local.duty !== duty || this.#local.get(roomId) !== local) return
          // no longer a moderator here: stop saying so
          local.duty = ok ? { kp: duty.kp, time: this.#host.clock() } : null
          this.#host.broadcast(roomId)
          this.#host.update(roomId)
        },
        () => {}
      )
      .finally(() => this.#refreshing.delete(roomId))
  }

  /** Ends this device's duty as soon as its key is no longer an authority in the local view. */
  #checkOwnDuty(roomId: string, local: Local) {
    const room = this.#host.room(roomId)
    const duty = local.duty
    if (!room || !duty) return
    isAuthority(room, toHex(duty.kp.publicKey)).then(
      (ok) => {
        if (ok || local.duty !== duty) return
        local.duty = null
        this.#host.broadcast(roomId)
        this.#host.update(roomId)
      },
      () => {}
    )
  }
}
