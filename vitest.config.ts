import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    // p2p tests spin up real swarms and stores: keep them from starving each other on 2 cores
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 60_000
  }
})
