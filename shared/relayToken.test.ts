import { createHash, createHmac } from 'node:crypto';
import { expect, it } from 'vitest';
import { isRelayUrl, relayToken, relayTokenHash } from './relayToken';

const room = 'Rk3x9QbWm2LpZt7vYc4d';
const secret = 'S3cr3t-3cr3t-S3cr3t-3cr3t-S3cr3t-3cr';

it('the token is HMAC-SHA256 of the label and room under the secret, and differs per room and secret', async () => {
  const expected = createHmac('sha256', secret).update(`sendeplan-relay-v1:${room}`).digest('base64url');
  expect(await relayToken(room, secret)).toBe(expected);
  expect(await relayToken(`${room}x`, secret)).not.toBe(expected);
  expect(await relayToken(room, `${secret}x`)).not.toBe(expected);
  expect(await relayTokenHash(expected)).toBe(createHash('sha256').update(expected).digest('hex'));
});

it('a relay address is ws: or wss: without credentials', () => {
  expect(isRelayUrl('wss://relay.example.de')).toBe(true);
  expect(isRelayUrl('ws://10.0.0.5:5190')).toBe(true);
  expect(isRelayUrl('https://relay.example.de')).toBe(false);
  expect(isRelayUrl('wss://user:pw@relay.example.de')).toBe(false);
  expect(isRelayUrl(`wss://${'a'.repeat(300)}.de`)).toBe(false);
  expect(isRelayUrl(42)).toBe(false);
});
