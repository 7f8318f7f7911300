/*
 * y-webrtc with every peer connection wrapped by the provider's `framePeer`, applied to y-webrtc's
 * source when the renderer is built. The wrapper (renderer/sync/frames.ts) splits messages larger
 * than a data channel carries, waits while the channel's buffer is full and reports a failed send
 * instead of dropping it; y-webrtc itself creates the peers, in its WebrtcConn constructor, and
 * offers no other place to reach them before their first message. A provider without `framePeer`
 * keeps its peers as they are. (How the source is patched: lib-internals/sourcePatch.ts.)
 */
import type { Plugin } from 'vite';
import { applyReplacements, sourcePatchPlugin, type Replacement } from './sourcePatch.ts';

const Y_WEBRTC = /\/node_modules\/y-webrtc\/src\/y-webrtc\.js$/;

const REPLACEMENTS: Replacement[] = [
  [
    '    this.peer = new Peer({ initiator, ...room.provider.peerOpts })\n',
    '    this.peer = (room.provider.framePeer || (peer => peer))(new Peer({ initiator, ...room.provider.peerOpts }))\n',
  ],
];

/** y-webrtc's source with the replacement made; throws if it does not match exactly once. */
export function patchFramedPeers(source: string): string {
  return applyReplacements(source, REPLACEMENTS, 'y-webrtc');
}

/** The Vite plugin that applies `patchFramedPeers` to y-webrtc's module. */
export function framedPeers(): Plugin {
  return sourcePatchPlugin('sendeplan:y-webrtc-framed-peers', Y_WEBRTC, patchFramedPeers);
}
