// protomux and compact-encoding ship no TypeScript types; src/p2p/presence.ts uses them loosely.
declare module 'protomux' {
  const Protomux: any
  export default Protomux
}
declare module 'compact-encoding' {
  const c: any
  export default c
}
