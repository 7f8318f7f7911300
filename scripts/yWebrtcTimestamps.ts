/*
 * y-webrtc's signaling messages with the time they were sent, applied to y-webrtc's source when the
 * renderer is built, so that a recorded message cannot be played back later (electron/hub/guards.ts).
 *
 * Every publish carries `ts` (ms since 1970) twice: beside the ciphertext, where the hub reads it
 * (it drops a stale time and a ciphertext it already relayed), and inside the encrypted message,
 * where a receiving app reads it: whoever rewrites the outer `ts` of an old message to get it past
 * the hub cannot change the inner one, and the receiver drops a message older than the window.
 * Publishes without a key (Sendeplan always has one) carry the outer `ts` only.
 */
import type { Plugin } from 'vite';
import { applyReplacements, sourcePatchPlugin, type Replacement } from './sourcePatch.ts';

const Y_WEBRTC = /\/node_modules\/y-webrtc\/src\/y-webrtc\.js$/;

/** How far a message's time may be from the receiver's clock (the hub's window, guards.ts). */
export const SIGNALING_WINDOW_MS = 120_000;

const REPLACEMENTS: Replacement[] = [
  [
    '    cryptoutils.encryptJson(data, room.key).then(data => {\n',
    '    cryptoutils.encryptJson({ ...data, ts: Date.now() }, room.key).then(data => {\n',
  ],
  [
    "      conn.send({ type: 'publish', topic: room.name, data: buffer.toBase64(data) })\n",
    "      conn.send({ type: 'publish', topic: room.name, data: buffer.toBase64(data), ts: Date.now() })\n",
  ],
  [
    "    conn.send({ type: 'publish', topic: room.name, data })\n",
    "    conn.send({ type: 'publish', topic: room.name, data, ts: Date.now() })\n",
  ],
  [
    '              cryptoutils.decryptJson(buffer.fromBase64(m.data), room.key).then(execMessage)\n',
    `              cryptoutils.decryptJson(buffer.fromBase64(m.data), room.key).then(data => execMessage(data != null && typeof data.ts === 'number' && Math.abs(Date.now() - data.ts) <= ${SIGNALING_WINDOW_MS} ? data : null))\n`,
  ],
];

/** y-webrtc's source with timestamps on its signaling; throws if a replacement does not match. */
export function patchYWebrtcTimestamps(source: string): string {
  return applyReplacements(source, REPLACEMENTS, 'y-webrtc');
}

/** The Vite plugin that applies `patchYWebrtcTimestamps` to y-webrtc's module. */
export function signalingTimestamps(): Plugin {
  return sourcePatchPlugin('sendeplan:y-webrtc-signaling-timestamps', Y_WEBRTC, patchYWebrtcTimestamps);
}
