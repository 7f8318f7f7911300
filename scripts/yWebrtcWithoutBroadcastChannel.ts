/*
 * y-webrtc without its BroadcastChannel, applied to y-webrtc's source when the renderer is built.
 *
 * y-webrtc also syncs the tabs of one browser through a BroadcastChannel. When a room connects it
 * encodes the whole document for it and encrypts it, and lib0's `publish` hands every message to
 * the sending tab's own subscriber too, which decrypts it and applies the whole document once more.
 * On a 10,000-card board that was a main-thread task of 0.7–1.1 s right after the board was shown
 * (docs/performance.md, sixth session); each own edit was also encrypted, decrypted and applied
 * once more. Sendeplan has one window (a single instance, electron/main/index.ts), so the channel
 * has nobody to talk to. Two tabs of `npm run serve` find each other through the hub, as
 * colleagues do.
 *
 * The patch is text surgery on one file of a dependency: each replacement must match exactly once,
 * or the build fails, so that an update of y-webrtc is looked at again rather than patched blindly.
 * No replacement adds or removes a line, so y-webrtc's source map still holds.
 */
import type { Plugin } from 'vite';

const Y_WEBRTC = /\/node_modules\/y-webrtc\/src\/y-webrtc\.js$/;

const REPLACEMENTS: [from: string, to: string][] = [
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
  return REPLACEMENTS.reduce((code, [from, to]) => {
    const at = code.indexOf(from);
    if (at < 0 || code.indexOf(from, at + 1) >= 0)
      throw new Error(`y-webrtc: "${from.trim()}" is not in its source exactly once; review the patch`);
    return code.slice(0, at) + to + code.slice(at + from.length);
  }, source);
}

/** The Vite plugin that applies `patchYWebrtc` to y-webrtc's module. */
export function withoutBroadcastChannel(): Plugin {
  return {
    name: 'sendeplan:y-webrtc-without-broadcastchannel',
    enforce: 'pre',
    transform(code, id) {
      if (!Y_WEBRTC.test(id.split('?')[0]!.replaceAll('\\', '/'))) return null;
      return { code: patchYWebrtc(code), map: null };
    },
  };
}
