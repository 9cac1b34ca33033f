import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

/** Builds only the renderer, for the browser e2e tests (served from a tiny loopback http server). */
const root = fileURLToPath(new URL('../../src/renderer', import.meta.url))
export default defineConfig({
  root,
  base: './',
  plugins: [react()],
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../../out/e2e-renderer', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 2000
  }
})
