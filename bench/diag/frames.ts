/** The two innermost engine (src/p2p) frames of the current stack, innermost first: who asked. */
export function engineCaller(none: string): string {
  Error.stackTraceLimit = 40
  const frames = new Error().stack!.split('\n').filter((l) => l.includes('/src/p2p/'))
  const named = frames.slice(0, 2).map((l) =>
    l
      .trim()
      .replace(/\(.*src\/p2p\//, '(')
      .replace(/:\d+\)$/, ')')
  )
  return named.join(' < ') || none
}
