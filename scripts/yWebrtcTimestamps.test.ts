import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { patchYWebrtcTimestamps, SIGNALING_WINDOW_MS } from './yWebrtcTimestamps';
import { patchYWebrtc } from './yWebrtcWithoutBroadcastChannel';

// The installed y-webrtc, as the build reads it.
const source = readFileSync(new URL('../node_modules/y-webrtc/src/y-webrtc.js', import.meta.url), 'utf8');

it('every publish of the installed y-webrtc carries its time outside and inside the ciphertext', () => {
  const patched = patchYWebrtcTimestamps(patchYWebrtc(source));
  const publish = patched.slice(
    patched.indexOf('const publishSignalingMessage'),
    patched.indexOf('export class SignalingConn'),
  );
  expect(publish).toContain('encryptJson({ ...data, ts: Date.now() }, room.key)');
  expect(publish.match(/ts: Date\.now\(\) \}\)\n/g)).toHaveLength(2);
  // The receiver hands a message outside the window on as null, which execMessage ignores.
  expect(patched).toContain(`Math.abs(Date.now() - data.ts) <= ${SIGNALING_WINDOW_MS} ? data : null`);
  expect(patched).toMatch(/if \(data == null \|\| data\.from === peerId/);
  expect(patched.split('\n').length).toBe(source.split('\n').length);
});

it('a y-webrtc whose publishing changed fails the build instead of being patched blindly', () => {
  expect(() =>
    patchYWebrtcTimestamps(source.replace('cryptoutils.encryptJson(data, room.key)', 'x')),
  ).toThrow(/exactly once/);
});
