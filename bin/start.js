#!/usr/bin/env node
// `npm start`. With Electron's binary installed: the desktop app (electron-vite preview, which
// builds first). Without it (its download failed, or was skipped): Hearth in this machine's
// browser instead, served by the engine on 127.0.0.1 only (the page reaches the engine with a
// random token, from its own Origin only), and one line that says so and why.
// HEARTH_START=browser picks the browser even where Electron is installed; HEARTH_STORAGE sets the
// browser profile's directory; HEARTH_BROWSER names the program that opens the page;
// HEARTH_BOOTSTRAP (host:port,...) a private DHT instead of the public one (tests, demos).
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import readline from 'node:readline'
import { fileURLToPath } from 'node:url'

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
const electronVite = path.join(root, 'node_modules/electron-vite/bin/electron-vite.js')
const rendererOut = path.join(root, 'out/renderer')

/** Why the Electron binary cannot run here, or null when it can. Never starts a download. */
function electronMissing() {
  const dir = path.join(root, 'node_modules/electron')
  if (!fs.existsSync(path.join(dir, 'package.json'))) return 'the electron package is not installed'
  const need = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).engines?.node ?? ''
  const [major, minor] = process.versions.node.split('.').map(Number)
  const oldNode = major < 22 || (major === 22 && minor < 12) ? `; Electron's installer needs Node ${need}, this is Node ${process.versions.node}` : ''
  let binary
  try {
    binary = fs.readFileSync(path.join(dir, 'path.txt'), 'utf8')
  } catch {
    return `Electron's binary was never downloaded${oldNode}`
  }
  const full = path.join(process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(dir, 'dist'), binary)
  return fs.existsSync(full) ? null : `Electron's binary is not at ${full}${oldNode}`
}

function newest(dir) {
  let t = 0
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name)
    t = Math.max(t, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs)
  }
  return t
}

/** Builds the app unless out/renderer is newer than every source the page is made of. */
function buildIfStale() {
  const index = path.join(rendererOut, 'index.html')
  const sources = Math.max(newest(path.join(root, 'src/renderer')), newest(path.join(root, 'src/shared')))
  if (fs.existsSync(index) && fs.statSync(index).mtimeMs >= sources) return
  process.stderr.write('Building Hearth first (npm run build)…\n')
  const built = spawnSync(process.execPath, [electronVite, 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] })
  if (built.status !== 0) throw new Error('the build failed (see above)')
}

/** A 0600 page that forwards to the app: the token never appears in a command line others can read. */
function launchFile(storage, address) {
  const file = path.join(storage, 'open-hearth.html')
  const attr = address.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')
  fs.rmSync(file, { force: true })
  fs.writeFileSync(file, `<!doctype html><meta charset="utf-8"><meta http-equiv="refresh" content="0;url=${attr}"><title>Hearth</title>\n`, { mode: 0o600 })
  return file
}

function openInBrowser(file) {
  const [cmd, args] = process.env.HEARTH_BROWSER
    ? [process.env.HEARTH_BROWSER, [file]]
    : process.platform === 'darwin'
      ? ['open', [file]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '""', file]]
        : ['xdg-open', [file]]
  const child = spawn(cmd, args, { stdio: 'ignore', detached: true })
  child.on('error', () => process.stderr.write(`Could not open a browser (${cmd}): open ${file} yourself.\n`))
  child.unref()
}

async function inBrowser(why) {
  buildIfStale()
  const storage = process.env.HEARTH_STORAGE || path.join(os.homedir(), '.hearth', 'browser')
  fs.mkdirSync(storage, { recursive: true, mode: 0o700 })
  const boot = process.env.HEARTH_BOOTSTRAP ? ['--bootstrap', process.env.HEARTH_BOOTSTRAP] : []
  const engine = spawn(process.execPath, [path.join(root, 'bin/hearth.js'), 'serve', '--storage', storage, '--app', rendererOut, ...boot], {
    cwd: root,
    stdio: ['pipe', 'pipe', 'pipe']
  })
  let logs = ''
  engine.stderr.on('data', (d) => (logs = (logs + d).slice(-8000)))
  const exited = new Promise((resolve) => engine.on('exit', (code) => resolve(code ?? 1)))
  const stop = () => engine.stdin.end() // the engine closes its stores and exits when stdin closes
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
  readline.createInterface({ input: engine.stdout }).on('line', (line) => {
    let msg
    try {
      msg = JSON.parse(line)
    } catch {
      return
    }
    if (msg.method !== 'ready' || !msg.params?.app) return
    const file = launchFile(storage, msg.params.app.open)
    openInBrowser(file)
    process.stdout.write(`Hearth is open in your browser at ${msg.params.app.url} (${why}; if no page opened, open ${file}). Ctrl+C stops it.\n`)
  })
  const code = await exited
  if (code !== 0) process.stderr.write(`Hearth's engine stopped (exit code ${code}):\n${logs}`)
  return code
}

function inElectron() {
  const child = spawn(process.execPath, [electronVite, 'preview'], { cwd: root, stdio: 'inherit' })
  return new Promise((resolve) => child.on('exit', (code) => resolve(code ?? 1)))
}

try {
  const why = process.env.HEARTH_START === 'browser' ? 'HEARTH_START=browser' : electronMissing()
  process.exitCode = why ? await inBrowser(why) : await inElectron()
} catch (err) {
  process.stderr.write(`npm start: ${err.message}\n`)
  process.exitCode = 1
}
