/*
 * y-webrtc without its BroadcastChannel, applied to y-webrtc's source when the renderer is built.
 *
 * y-webrtc also syncs the tabs of one browser through a BroadcastChannel. When a room connects it
 * encodes the whole document for it and encrypts it, and lib0's `publish` hands every message to
 * the sending tab's own subscriber too, which decrypts it and applies the whole document once more.
 * On a 10,000-card board that was a main-thread task of 0.7–1.1 s right after the board was shown
 * (measured with a trace of the open); each own edit was also encrypted, decrypted and applied
 * once more. Sendeplan has one window (a single instance, electron/main/index.ts), so the channel
 * has nobody to talk to. Two tabs of `npm run serve` find each other through the hub, as
 * colleagues do. (How the source is patched: lib-internals/sourcePatch.ts.)
 */
import type { Plugin } from 'vite';
import { applyReplacements, sourcePatchPlugin, type Replacement } from './sourcePatch.ts';

const Y_WEBRTC = /\/node_modules\/y-webrtc\/src\/y-webrtc\.js$/;

const REPLACEMENTS: Replacement[] = [
  // No channel is ever opened: subscribing, unsubscribing and publishing do nothing.
  [
    "import * as bc from 'lib0/broadcastchannel'",
    'const bc = { subscribe () {}, unsubscribe () {}, publish () {} }',
  ],
  // connect() stops after announcing the room to the signalling servers: what follows subscribes
  // to the channel and sends it the peer id, sync step 1, the whole document and the awareness.
  ['    announceSignalingInfo(this)\n', '    announceSignalingInfo(this); return\n'],
];

/** y-webrtc's source with the replacements made; throws if one does not match exactly once. */
export function patchYWebrtc(source: string): string {
  return applyReplacements(source, REPLACEMENTS, 'y-webrtc');
}

/** The Vite plugin that applies `patchYWebrtc` to y-webrtc's module. */
export function withoutBroadcastChannel(): Plugin {
  return sourcePatchPlugin('sendeplan:y-webrtc-without-broadcastchannel', Y_WEBRTC, patchYWebrtc);
}
