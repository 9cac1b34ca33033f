/** Resolves on SIGINT/SIGTERM (or when `also` resolves). */
export function untilStopped(also?: Promise<unknown>): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve())
    process.once('SIGTERM', () => resolve())
    also?.then(() => resolve())
  })
}
