import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { patchFramedPeers } from './yWebrtcFramedPeers';

// The installed y-webrtc, as the build reads it.
const source = readFileSync(new URL('../node_modules/y-webrtc/src/y-webrtc.js', import.meta.url), 'utf8');

it("every peer y-webrtc creates passes through the provider's framePeer, line for line", () => {
  const patched = patchFramedPeers(source);
  const constructor = patched.slice(
    patched.indexOf('export class WebrtcConn'),
    patched.indexOf('  destroy () {'),
  );
  expect(constructor).toContain('this.peer = (room.provider.framePeer || (peer => peer))(new Peer(');
  expect(patched.match(/new Peer\(/g)).toHaveLength(1);
  expect(patched.split('\n').length).toBe(source.split('\n').length);
});

it('a y-webrtc whose peers are made elsewhere fails the build instead of being patched blindly', () => {
  expect(() => patchFramedPeers(source.replace('this.peer = new Peer(', 'this.peer = make('))).toThrow(
    /exactly once/,
  );
});
