/**
 * Runs `fn(key)` one at a time per key. A call that arrives while that key's run is going is not
 * dropped: the key runs once more after it, however many calls came meanwhile. Housekeeping reads
 * the view and acts on what it finds; an update that lands after its read would otherwise wait
 * for some later update, which a quiet room never sends. `fn` reports its own errors.
 */
export function oneAtATime<K>(fn: (key: K) => Promise<void>): (key: K) => void {
  const running = new Set<K>()
  const again = new Set<K>()
  const run = (key: K) => {
    if (running.has(key)) return void again.add(key)
    running.add(key)
    fn(key)
      .catch(() => {})
      .finally(() => {
        running.delete(key)
        if (again.delete(key)) run(key)
      })
  }
  return run
}
