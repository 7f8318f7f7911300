/** Bundles the relay into dist/relay/cli.js (see build-relay.mjs). */
export function buildRelay(): Promise<unknown>;
