import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    // p2p, CLI and browser tests run real swarms, stores, processes and Chromium: one file at a
    // time keeps them from starving each other on a 2-core machine (and keeps timings honest)
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000
  }
})
