/**
 * Tells when the number of peers of a room changes (`room-peers`). Polled once a second:
 * connections come and go per topic, not per room, and a count that flickers within a second is
 * not worth an event.
 */
export class PeerCounts {
  #counts = new Map<string, number>()
  #timer: NodeJS.Timeout | null = null

  constructor(
    private rooms: () => Iterable<[string, { readonly peers: number }]>,
    private changed: (roomId: string, peers: number) => void
  ) {}

  start() {
    this.stop()
    this.#timer = setInterval(() => this.check(), 1000)
    this.#timer.unref()
  }

  stop() {
    if (this.#timer) clearInterval(this.#timer)
    this.#timer = null
  }

  check() {
    for (const [roomId, room] of this.rooms()) {
      const n = room.peers
      if (this.#counts.get(roomId) === n) continue
      this.#counts.set(roomId, n)
      this.changed(roomId, n)
    }
  }

  forget(roomId: string) {
    this.#counts.delete(roomId)
  }
}
