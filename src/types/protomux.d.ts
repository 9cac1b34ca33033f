// protomux and compact-encoding ship no TypeScript types: declared here for what Hearth uses (its
// own channels: presence, carry, the seeder's link), all with raw-bytes encodings.
declare module 'protomux' {
  interface Encoding<T> {
    preencode(state: EncodingState, value: T): void
    encode(state: EncodingState, value: T): void
    decode(state: EncodingState): T
  }
  interface EncodingState {
    start: number
    end: number
    buffer: Uint8Array | null
  }
  export interface ProtomuxMessage {
    send(data: Uint8Array): boolean
  }
  export interface ProtomuxChannel {
    open(handshake?: Uint8Array): void
    close(): void
    addMessage(options: { encoding: Encoding<Uint8Array>; onmessage: (data: Uint8Array) => void }): ProtomuxMessage
  }
  export interface ChannelOptions {
    protocol: string
    id?: Uint8Array
    handshake?: Encoding<Uint8Array>
    onopen?: (handshake: Uint8Array) => void
    onclose?: () => void
  }
  class Protomux {
    /** The connection's one multiplexer (created on first use). */
    static from(stream: unknown): Protomux
    /** null when a channel of that protocol and id is already open on this connection. */
    createChannel(options: ChannelOptions): ProtomuxChannel | null
  }
  export default Protomux
}
declare module 'compact-encoding' {
  interface EncodingState {
    start: number
    end: number
    buffer: Uint8Array | null
  }
  interface Encoding<T> {
    preencode(state: EncodingState, value: T): void
    encode(state: EncodingState, value: T): void
    decode(state: EncodingState): T
  }
  const c: {
    raw: Encoding<Uint8Array>
    uint: Encoding<number>
    fixed32: Encoding<Uint8Array>
    fixed64: Encoding<Uint8Array>
  }
  export default c
}
