/**
 * How a client proves to the engine's loopback WebSocket that it holds the token: two
 * subprotocols in the handshake, `hearth.v1` and `hearth.token.<token>` (a header, unlike the URL,
 * is not kept in logs or history). The server answers with `hearth.v1`.
 */
export const WS_PROTOCOL = 'hearth.v1'
export const WS_TOKEN_PREFIX = 'hearth.token.'
