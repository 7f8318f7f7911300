import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { patchYWebrtcTimestamps } from './yWebrtcTimestamps';
import { patchYWebrtc } from './yWebrtcWithoutBroadcastChannel';

// The installed y-webrtc, as the build reads it.
const source = readFileSync(new URL('../node_modules/y-webrtc/src/y-webrtc.js', import.meta.url), 'utf8');

it('every publish of the installed y-webrtc carries the time it was sent, on the monotonic clock', () => {
  const patched = patchYWebrtcTimestamps(patchYWebrtc(source));
  const publish = patched.slice(
    patched.indexOf('const publishSignalingMessage'),
    patched.indexOf('export class SignalingConn'),
  );
  expect(publish.match(/conn\.send\(\{ type: 'publish'/g)).toHaveLength(2);
  expect(publish.match(/, ts: performance\.timeOrigin \+ performance\.now\(\) \}\)\n/g)).toHaveLength(2);
  expect(patched.split('\n').length).toBe(source.split('\n').length);
});

it('a y-webrtc whose publishing changed fails the build instead of being patched blindly', () => {
  expect(() =>
    patchYWebrtcTimestamps(source.replace("conn.send({ type: 'publish', topic: room.name, data })", 'x')),
  ).toThrow(/exactly once/);
});
