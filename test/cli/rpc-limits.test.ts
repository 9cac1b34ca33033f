import { describe, it, expect, afterAll, beforeAll } from 'vitest'
import fs from 'node:fs'
import crypto from 'node:crypto'
import WebSocket from 'ws'
import { CliPeer } from '../helpers/cli-peer.ts'
import { tmpDir, until } from '../helpers/peers.ts'

/** What a hostile local client can send `hearth serve` on stdin and on its WebSocket: none of it may end the peer. */
describe('hearth serve never falls over on input', () => {
  const dirs: string[] = []
  let boot: CliPeer, peer: CliPeer
  let ws: { url: string; token: string }
  beforeAll(async () => {
    boot = new CliPeer(['bootstrap', '--host', '127.0.0.1', '--port', '0'])
    const { port } = await boot.ready
    dirs.push(tmpDir())
    peer = new CliPeer(['serve', '--storage', dirs[0], '--bootstrap', `127.0.0.1:${port}`, '--ws', '0', '--ws-origin', 'http://127.0.0.1:5555'])
    ws = (await peer.ready).ws
  })
  afterAll(async () => {
    await peer?.stop()
    boot?.proc.kill('SIGTERM')
    await boot?.exited
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true })
  })

  const errors = () => peer.notifications.filter((n) => n.error)
  const alive = async () => expect((await peer.request('listRooms', {})).result).toEqual({ rooms: [] })

  it('a deeply nested id with no jsonrpc field gets an error with id null', async () => {
    const before = errors().length
    peer.writeRaw(`{"id":${'['.repeat(100_000)}${']'.repeat(100_000)},"method":"listRooms"}`)
    await until('an error reply', () => errors().length > before)
    expect(errors().at(-1)).toMatchObject({ id: null, error: { code: -32600, data: { reason: 'invalid_request' } } })
    await alive()
  })

  it('a 10 MB line is refused unread, binary garbage is a parse error', async () => {
    const before = errors().length
    peer.writeRaw(`{"jsonrpc":"2.0","id":1,"method":"listRooms","params":{"x":"${'a'.repeat(10 * 1024 * 1024)}"}}`)
    peer.proc.stdin!.write(Buffer.concat([crypto.randomBytes(4096).map((b) => (b === 10 ? 0 : b)), Buffer.from('\n')]))
    await until('two error replies', () => errors().length >= before + 2)
    expect(
      errors()
        .slice(before)
        .map((e) => e.error.data.reason)
    ).toEqual(['message_too_large', 'parse_error'])
    await alive()
  })

  it('requests over the in-flight cap are refused at once, the rest answered', async () => {
    const lines = Array.from({ length: 200 }, (_, i) => JSON.stringify({ jsonrpc: '2.0', id: `cap-${i}`, method: 'listRooms', params: {} }))
    peer.proc.stdin!.write(lines.join('\n') + '\n') // one write: the peer reads them in one go
    const answered = () => peer.notifications.filter((n) => typeof n.id === 'string' && n.id.startsWith('cap-'))
    await until('200 answers', () => answered().length === 200)
    const busy = answered().filter((n) => n.error?.data?.reason === 'too_many_requests')
    expect(busy.length).toBeGreaterThan(0)
    expect(answered().filter((n) => n.result).length).toBe(200 - busy.length)
    await alive()
  })

  const connect = (opts: { protocols?: string[]; origin?: string; host?: string; query?: string }) =>
    new Promise<WebSocket>((resolve, reject) => {
      const headers: Record<string, string> = {}
      if (opts.host) headers.host = opts.host
      const s = new WebSocket(`${ws.url}/${opts.query ?? ''}`, opts.protocols ?? [], { origin: opts.origin, headers })
      s.once('open', () => resolve(s))
      s.once('error', reject)
    })
  const rpc = (s: WebSocket, text: string) =>
    new Promise<any>((resolve) => {
      s.once('message', (d) => resolve(JSON.parse(d.toString())))
      s.send(text)
    })
  const good = ['hearth.v1', () => `hearth.token.${ws.token}`] as const
  const protocols = () => [good[0], good[1]()]

  it('the WebSocket refuses a missing token, a token in the URL, a foreign Origin and a foreign Host', async () => {
    await expect(connect({})).rejects.toThrow(/401/)
    await expect(connect({ query: `?token=${ws.token}` })).rejects.toThrow(/401/)
    await expect(connect({ protocols: protocols(), origin: 'http://evil.example' })).rejects.toThrow(/401/)
    await expect(connect({ protocols: protocols(), origin: 'http://127.0.0.1:5556' })).rejects.toThrow(/401/)
    await expect(connect({ protocols: protocols(), host: 'evil.example:80' })).rejects.toThrow(/401/)
    for (const origin of [undefined, 'http://127.0.0.1:5555']) {
      const s = await connect({ protocols: protocols(), origin })
      expect(s.protocol).toBe('hearth.v1')
      expect(await rpc(s, '{"jsonrpc":"2.0","id":1,"method":"listRooms","params":{}}')).toMatchObject({ id: 1, result: { rooms: [] } })
      s.close()
    }
  })

  it('the WebSocket answers a nested id with an error and closes on a frame over 1 MiB', async () => {
    const s = await connect({ protocols: protocols() })
    expect(await rpc(s, `{"id":${'['.repeat(50_000)}${']'.repeat(50_000)}}`)).toMatchObject({ id: null, error: { code: -32600 } })
    const closed = new Promise<number>((resolve) => s.once('close', (code) => resolve(code)))
    s.send('x'.repeat(2 * 1024 * 1024))
    expect(await closed).toBe(1009)
    await alive()
  })
})
