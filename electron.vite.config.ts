import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

/**
 * main: ESM (package.json "type": "module"); package `dependencies` stay external and load from
 *   node_modules at run time (the P2P stack has native addons). The engine's utility-process entry
 *   is imported as `../p2p/host.ts?modulePath` and emitted as its own chunk. The headless peer's
 *   CLI is a second entry (out/main/cli.js), so `hearth` starts without compiling TypeScript.
 * preload: runs in a sandboxed renderer, which can only `require('electron')` and evaluates a
 *   single CommonJS script: so CJS, everything bundled, nothing external.
 * renderer: the React app from src/renderer/index.html, fully bundled.
 */
export default defineConfig({
  main: {
    build: {
      externalizeDeps: true,
      rolldownOptions: { input: { index: resolve('src/main/index.ts'), cli: resolve('src/p2p/cli/main.ts') } }
    }
  },
  preload: {
    build: {
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve('src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false }
      }
    }
  },
  renderer: {
    root: resolve('src/renderer'),
    plugins: [react()],
    build: {
      rolldownOptions: { input: { index: resolve('src/renderer/index.html') } }
    }
  }
})
