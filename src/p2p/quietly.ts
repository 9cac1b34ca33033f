/**
 * Runs `fn(key)` `ms` after the first call for that key, once for however many calls came
 * meanwhile: work that follows a burst of updates without running on the path of each one.
 */
export function quietly<K>(ms: number, fn: (key: K) => void): (key: K) => void {
  const waiting = new Set<K>()
  return (key) => {
    if (waiting.has(key)) return
    waiting.add(key)
    setTimeout(() => {
      waiting.delete(key)
      fn(key)
    }, ms).unref()
  }
}
