import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { patchYWebrtc } from './yWebrtcWithoutBroadcastChannel';

// The installed y-webrtc, as the build reads it.
const source = readFileSync(new URL('../node_modules/y-webrtc/src/y-webrtc.js', import.meta.url), 'utf8');

it('the installed y-webrtc gets no BroadcastChannel, and connect() stops after the signalling', () => {
  const patched = patchYWebrtc(source);
  expect(source).toContain("from 'lib0/broadcastchannel'");
  expect(patched).not.toContain('lib0/broadcastchannel');
  const connect = patched.slice(patched.indexOf('  connect () {'), patched.indexOf('  disconnect () {'));
  const reached = connect.slice(0, connect.indexOf('return\n'));
  expect(reached).toContain('announceSignalingInfo(this)');
  expect(reached).not.toMatch(/bc\.|broadcastBc|writeSyncStep2/);
  // Everything else is y-webrtc's own code, line for line (its source map still holds).
  expect(patched.split('\n').length).toBe(source.split('\n').length);
  expect(patched.length - source.length).toBeLessThan(100);
});

it('a y-webrtc whose source changed fails the build instead of being patched blindly', () => {
  expect(() => patchYWebrtc(source.replace('announceSignalingInfo(this)\n', 'announce(this)\n'))).toThrow(
    /announceSignalingInfo\(this\)" is not in its source exactly once/,
  );
  expect(() => patchYWebrtc(source + "\nimport * as bc from 'lib0/broadcastchannel'")).toThrow(
    /exactly once/,
  );
});
