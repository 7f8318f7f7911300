/*
 * y-webrtc's signaling messages with the time they were sent, applied to y-webrtc's source when the
 * renderer is built: every publish carries `ts` beside its ciphertext, so that the hub can drop a
 * recorded message played back (electron/hub/guards.ts). The time is the monotonic clock's
 * (performance.timeOrigin + performance.now(), ms): it never jumps back when the laptop's clock is
 * set, so a connection's publishes stay in order for the hub. The hub compares a sender's times only
 * with each other: laptops whose clocks are off still sync with each other.
 */
import type { Plugin } from 'vite';
import { applyReplacements, sourcePatchPlugin, type Replacement } from './sourcePatch.ts';

const Y_WEBRTC = /\/node_modules\/y-webrtc\/src\/y-webrtc\.js$/;

const REPLACEMENTS: Replacement[] = [
  [
    "      conn.send({ type: 'publish', topic: room.name, data: buffer.toBase64(data) })\n",
    "      conn.send({ type: 'publish', topic: room.name, data: buffer.toBase64(data), ts: performance.timeOrigin + performance.now() })\n",
  ],
  [
    "    conn.send({ type: 'publish', topic: room.name, data })\n",
    "    conn.send({ type: 'publish', topic: room.name, data, ts: performance.timeOrigin + performance.now() })\n",
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
