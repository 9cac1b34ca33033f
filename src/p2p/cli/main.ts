import { parseArgs } from 'node:util'
import { serve } from './serve.ts'
import { bootstrap } from './bootstrap.ts'
import { seed } from './seed.ts'

const HELP = `hearth — the headless Hearth peer

Usage:
  hearth serve --storage DIR [--bootstrap HOST:PORT[,...]] [--ws PORT [--ws-origin ORIGIN[,...]]] [--app DIR]
      JSON-RPC 2.0 on stdin/stdout, one JSON object per line (logs on stderr).
      Sends {"method":"ready"} first. --ws also serves the API on ws://127.0.0.1:PORT (token in "ready",
      sent by clients as the subprotocol hearth.token.TOKEN); pages may connect only from the
      --ws-origin origins (e.g. http://127.0.0.1:5173, or http://127.0.0.1:* for any port).
      --app also serves the built app (e.g. out/renderer) to this machine's browser on 127.0.0.1;
      "ready" gives the address to open (npm start does this where Electron is missing).
  hearth bootstrap [--host 127.0.0.1] [--port N]
      Runs a DHT bootstrap node: a private network for a closed group, a test or a demo.
  hearth seed [--blind] [--invite-file PATH|-] --storage DIR [--bootstrap HOST:PORT[,...]]
      An always-on peer that keeps rooms available: joins the invite read from PATH (or stdin with -)
      and serves every room in DIR. With --blind and a seed invite (createSeedInvite), it keeps the
      room without being able to read it.

Without --bootstrap, peers use the public Hyperswarm DHT.
`

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv
  if (command === '--help' || command === '-h') {
    process.stdout.write(HELP)
    return 0
  }
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      storage: { type: 'string' },
      bootstrap: { type: 'string' },
      ws: { type: 'string' },
      'invite-file': { type: 'string' },
      blind: { type: 'boolean' },
      'ws-origin': { type: 'string' },
      app: { type: 'string' },
      host: { type: 'string' },
      port: { type: 'string' },
      help: { type: 'boolean', short: 'h' }
    }
  })
  const boot = values.bootstrap ? values.bootstrap.split(',').filter(Boolean) : undefined
  try {
    switch (values.help || command === '--help' || command === '-h' ? 'help' : command) {
      case 'serve':
        return await serve({
          storage: required(values.storage, '--storage DIR'),
          bootstrap: boot,
          ws: values.ws,
          wsOrigins: values['ws-origin']?.split(',').filter(Boolean),
          app: values.app
        })
      case 'bootstrap':
        return await bootstrap({ host: values.host ?? '127.0.0.1', port: Number(values.port ?? 0) })
      case 'seed':
        if (positionals.length)
          throw new Error(
            'hearth seed reads its invite from a file (--invite-file PATH, or - for stdin), never from the command line, where other local users could read it'
          )
        return await seed({ storage: required(values.storage, '--storage DIR'), bootstrap: boot, inviteFile: values['invite-file'], blind: values.blind })
      case 'help':
      case undefined:
        process.stdout.write(HELP)
        return 0
      default:
        process.stderr.write(`hearth: unknown command "${command}"\n\n${HELP}`)
        return 2
    }
  } catch (err) {
    process.stderr.write(`hearth: ${(err as Error).message}\n`)
    return 1
  }
}

function required(value: string | undefined, what: string): string {
  if (!value) throw new Error(`missing ${what}`)
  return value
}
