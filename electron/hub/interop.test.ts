// Interop with y-webrtc 10.3.0: the messages its SignalingConn sends pass the hub unchanged (the
// reference server adds only `clients`), realistic encrypted signaling fits the size limit, and a
// real WebrtcProvider subscribes and announces through the hub. No WebRTC runs here: nobody
// answers the provider's announce, so it never creates a peer connection.
import * as buffer from 'lib0/buffer';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket as NodeWebSocket } from 'ws';
import { WebrtcProvider } from 'y-webrtc';
import * as Y from 'yjs';
import { DEFAULT_LIMITS, startHub, type Hub } from './hub';
import { connect, eventually, type TestClient } from './testing/hubClient';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function hubWithClients(count: number): Promise<{ hub: Hub; clients: TestClient[] }> {
  const hub = await startHub();
  cleanups.push(() => hub.close());
  const clients = await Promise.all(Array.from({ length: count }, () => connect(hub.url)));
  cleanups.push(() => clients.forEach((client) => client.close()));
  return { hub, clients };
}

// y-webrtc's crypto.js, mirrored (the package exports only its main module). The WebrtcProvider
// test below decrypts a real provider's message with it, which checks the mirror.
async function deriveKey(secret: string, roomName: string): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', salt: new TextEncoder().encode(roomName), iterations: 100_000, hash: 'SHA-256' },
    material,
    { name: 'AES-GCM', length: 256 },
    true,
    ['encrypt', 'decrypt'],
  );
}

async function encryptJson(data: unknown, key: CryptoKey): Promise<string> {
  const plain = encoding.createEncoder();
  encoding.writeAny(plain, data as Parameters<typeof encoding.writeAny>[1]);
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const cipher = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, encoding.toUint8Array(plain));
  const out = encoding.createEncoder();
  encoding.writeVarString(out, 'AES-GCM');
  encoding.writeVarUint8Array(out, iv);
  encoding.writeVarUint8Array(out, new Uint8Array(cipher));
  return buffer.toBase64(encoding.toUint8Array(out));
}

async function decryptJson(base64: string, key: CryptoKey): Promise<unknown> {
  const decoder = decoding.createDecoder(buffer.fromBase64(base64));
  expect(decoding.readVarString(decoder)).toBe('AES-GCM');
  const iv = decoding.readVarUint8Array(decoder);
  const cipher = decoding.readVarUint8Array(decoder);
  const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, key, cipher);
  return decoding.readAny(decoding.createDecoder(new Uint8Array(plain)));
}

/** A Chromium data-channel offer with `candidates` host candidates inlined (non-trickle worst case). */
function chromiumOffer(candidates: number): { type: 'offer'; sdp: string } {
  const lines = [
    'v=0',
    'o=- 4611731400430051336 2 IN IP4 127.0.0.1',
    's=-',
    't=0 0',
    'a=group:BUNDLE 0',
    'a=extmap-allow-mixed',
    'a=msid-semantic: WMS',
    'm=application 9 UDP/DTLS/SCTP webrtc-datachannel',
    'c=IN IP4 0.0.0.0',
    'a=ice-ufrag:Hn3p',
    'a=ice-pwd:9dm0VvQGC1Z0VzjBgk7M3k6U',
    'a=ice-options:trickle',
    `a=fingerprint:sha-256 ${Array.from({ length: 32 }, (_, i) => (i * 7 + 16).toString(16).toUpperCase()).join(':')}`,
    'a=setup:actpass',
    'a=mid:0',
    'a=sctp-port:5000',
    'a=max-message-size:262144',
  ];
  for (let i = 0; i < candidates; i++) {
    lines.push(
      `a=candidate:${1467250027 + i} 1 ${i % 2 ? 'tcp' : 'udp'} 2122260223 10.${i}.17.${100 + i} ${50_000 + i} typ host` +
        `${i % 2 ? ' tcptype passive' : ''} generation 0 network-id ${i} network-cost 10`,
    );
  }
  return { type: 'offer', sdp: lines.join('\r\n') + '\r\n' };
}

describe('y-webrtc interop', () => {
  it('relays messages shaped exactly like SignalingConn sends them, changing nothing but `clients`', async () => {
    const { clients } = await hubWithClients(2);
    const [a, b] = clients as [TestClient, TestClient];
    const room = 'sendeplan-8c4f1e0a-3b7d-4c55-9a61-2f0d5e6b7c81';
    a.send({ type: 'subscribe', topics: [room] });
    b.send({ type: 'subscribe', topics: [room] });
    await Promise.all([a.roundTrip(), b.roundTrip()]);

    const plain = { type: 'publish', topic: room, data: { type: 'announce', from: 'peer-a' } };
    const signal = {
      type: 'publish',
      topic: room,
      data: {
        to: 'peer-b',
        from: 'peer-a',
        type: 'signal',
        token: 1732871234567.123,
        signal: chromiumOffer(2),
      },
    };
    const key = await deriveKey('workspace secret', room);
    const encrypted = { type: 'publish', topic: room, data: await encryptJson(signal.data, key) };
    for (const message of [plain, signal, encrypted]) {
      a.send(message);
      expect(await b.take((m) => m.type === 'publish')).toEqual({ ...message, clients: 2 });
    }
    expect(await decryptJson(encrypted.data, key)).toEqual(signal.data);
  });

  it('passes realistic encrypted signaling well under the payload limit', async () => {
    const { clients } = await hubWithClients(2);
    const [a, b] = clients as [TestClient, TestClient];
    const room = crypto.randomUUID();
    const key = await deriveKey('workspace secret', room);
    const offer = {
      to: 'p2',
      from: 'p1',
      type: 'signal',
      token: Date.now() + Math.random(),
      signal: chromiumOffer(40),
    };
    const candidate = {
      to: 'p2',
      from: 'p1',
      type: 'signal',
      token: 1,
      signal: {
        type: 'candidate',
        candidate: {
          candidate:
            'candidate:1467250027 1 udp 2122260223 192.168.178.23 50123 typ host generation 0 ufrag Hn3p network-id 1 network-cost 10',
          sdpMLineIndex: 0,
          sdpMid: '0',
        },
      },
    };
    const frames = {
      offer: JSON.stringify({ type: 'publish', topic: room, data: await encryptJson(offer, key) }),
      candidate: JSON.stringify({ type: 'publish', topic: room, data: await encryptJson(candidate, key) }),
      subscribe: JSON.stringify({
        type: 'subscribe',
        topics: Array.from({ length: 64 }, () => crypto.randomUUID()),
      }),
    };
    // The sizes DEFAULT_LIMITS is based on (see protocol.ts): 7.2 KB, 0.44 KB, 2.5 KB.
    expect(frames.offer.length).toBeGreaterThan(6_000);
    expect(frames.offer.length).toBeLessThan(DEFAULT_LIMITS.maxPayloadBytes / 6);
    expect(frames.candidate.length).toBeLessThan(1_000);
    expect(frames.subscribe.length).toBeLessThan(DEFAULT_LIMITS.maxPayloadBytes / 20);

    b.send({ type: 'subscribe', topics: [room] });
    await b.roundTrip();
    a.send(frames.offer);
    const relayed = await b.take((m) => m.type === 'publish');
    expect(await decryptJson(relayed.data as string, key)).toEqual(offer);
  });

  it("carries a real WebrtcProvider's subscribe and encrypted announce", async () => {
    const { hub, clients } = await hubWithClients(1);
    const observer = clients[0] as TestClient;
    const room = `sendeplan-${crypto.randomUUID()}`;
    const password = 'workspace secret';
    observer.send({ type: 'subscribe', topics: [room] });
    await observer.roundTrip();

    // lib0's WebSocket client uses the global WebSocket, which Node 20 lacks.
    const globals = globalThis as { WebSocket?: unknown };
    const savedWebSocket = globals.WebSocket;
    globals.WebSocket = NodeWebSocket;
    cleanups.push(() => {
      globals.WebSocket = savedWebSocket;
    });
    const doc = new Y.Doc();
    const provider = new WebrtcProvider(room, doc, { signaling: [hub.url], password, peerOpts: {} });
    cleanups.push(() => {
      provider.disconnect();
      doc.destroy();
    });

    const announce = await observer.take((m) => m.type === 'publish' && m.topic === room, 5000);
    expect(announce.clients).toBe(2); // the observer and the provider itself
    expect(typeof announce.data).toBe('string'); // encrypted: the hub never sees the content
    const key = await deriveKey(password, room);
    const peerId = provider.room?.peerId;
    expect(peerId).toEqual(expect.any(String));
    expect(await decryptJson(announce.data as string, key)).toEqual({ type: 'announce', from: peerId });
    expect(hub.stats()).toMatchObject({ connections: 2, topics: 1, subscriptions: 2 });

    provider.disconnect();
    await eventually(() => hub.stats().connections === 1);
    expect(hub.stats()).toMatchObject({ topics: 1, subscriptions: 1 });
  });
});
