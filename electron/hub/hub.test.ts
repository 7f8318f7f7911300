// The hub against real WebSocket clients on 127.0.0.1: relaying, limits and abuse.
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { DEFAULT_LIMITS } from './hub';
import { eventually, hubsForTests, connect as rawConnect } from './testing/hubClient';

const logs: string[] = [];
const { hub, connect } = hubsForTests({ log: (line) => logs.push(line) });

afterEach(() => {
  logs.length = 0;
});

const isPublish = (topic: string) => (m: Record<string, unknown>) =>
  m.type === 'publish' && m.topic === topic;

describe('relaying', () => {
  it('listens on 127.0.0.1 with a random port', async () => {
    const h = await hub();
    expect(h.url).toBe(`ws://127.0.0.1:${h.port}`);
    expect(h.port).toBeGreaterThan(0);
  });

  it('relays a publish to every subscriber of its topic, the sender included, and to no one else', async () => {
    const h = await hub();
    const alice = await connect(h.url);
    const bob = await connect(h.url);
    const carol = await connect(h.url);
    alice.send({ type: 'subscribe', topics: ['room-a'] });
    bob.send({ type: 'subscribe', topics: ['room-a'] });
    carol.send({ type: 'subscribe', topics: ['room-b'] });
    await Promise.all([alice.roundTrip(), bob.roundTrip(), carol.roundTrip()]);

    alice.send({ type: 'publish', topic: 'room-a', data: 'hello' });
    // Sentinel from the same sender: once carol has it, anything for room-a would have come first.
    alice.send({ type: 'publish', topic: 'room-b', data: 'sentinel' });

    expect(await bob.take(isPublish('room-a'))).toEqual({
      type: 'publish',
      topic: 'room-a',
      data: 'hello',
      clients: 2,
    });
    expect((await alice.take(isPublish('room-a'))).data).toBe('hello');
    await carol.take(isPublish('room-b'));
    expect(carol.received.filter((m) => (m as { topic?: string }).topic === 'room-a')).toEqual([]);
    expect(h.stats()).toMatchObject({
      connections: 3,
      topics: 2,
      subscriptions: 3,
      published: 2,
      delivered: 3,
    });
  });

  it('stops delivering after unsubscribe and forgets the empty topic', async () => {
    const h = await hub();
    const sender = await connect(h.url);
    const listener = await connect(h.url);
    listener.send({ type: 'subscribe', topics: ['room-a', 'room-b'] });
    await listener.roundTrip();
    expect(h.stats().topics).toBe(2);

    listener.send({ type: 'unsubscribe', topics: ['room-a'] });
    await listener.roundTrip();
    expect(h.stats()).toMatchObject({ topics: 1, subscriptions: 1 });

    sender.send({ type: 'publish', topic: 'room-a', data: 'gone' });
    sender.send({ type: 'publish', topic: 'room-b', data: 'sentinel' });
    await listener.take(isPublish('room-b'));
    expect(listener.received.some((m) => (m as { topic?: string }).topic === 'room-a')).toBe(false);
  });

  it('answers ping with pong', async () => {
    const h = await hub();
    const client = await connect(h.url);
    client.send({ type: 'ping' });
    expect(await client.take((m) => m.type === 'pong')).toEqual({ type: 'pong' });
  });

  it('accepts a JSON message in a binary frame, as the reference server does', async () => {
    const h = await hub();
    const client = await connect(h.url);
    client.ws.send(Buffer.from(JSON.stringify({ type: 'ping' })), { binary: true });
    await client.take((m) => m.type === 'pong');
  });

  it('accepts upgrades only on its path when given one', async () => {
    const h = await hub({ path: '/hub' });
    expect(h.url).toBe(`ws://127.0.0.1:${h.port}/hub`);
    await connect(`${h.url}?x=1`);
    await expect(connect(`ws://127.0.0.1:${h.port}/other`)).rejects.toThrow('HTTP 404');
  });
});

describe('abuse', () => {
  it('drops malformed and invalid messages, keeps the connection and keeps serving', async () => {
    const h = await hub();
    const client = await connect(h.url);
    const bad = [
      'not json',
      '{"type":',
      '[1,2,3]',
      '42',
      'null',
      '"subscribe"',
      JSON.stringify({ type: 'bogus' }),
      JSON.stringify({ noType: true }),
      JSON.stringify({ type: 'subscribe', topics: 'room-a' }),
      JSON.stringify({ type: 'subscribe' }),
      JSON.stringify({ type: 'unsubscribe', topics: { 0: 'room-a' } }),
      JSON.stringify({ type: 'publish', topic: 7, data: 'x' }),
      JSON.stringify({ type: 'publish', data: 'x' }),
      JSON.stringify({ type: 'publish', topic: 'x'.repeat(257) }),
    ];
    for (const frame of bad) client.send(frame);
    await client.roundTrip();
    expect(h.stats().dropped).toMatchObject({ malformed: 6, invalid: 8 });
    expect(client.ws.readyState).toBe(WebSocket.OPEN);
    expect(client.received).toEqual([{ type: 'pong' }]);
    // Logging is bounded: one line per kind per connection, not one per frame.
    expect(logs.length).toBe(2);
  });

  it('skips bad entries in a topic list and keeps the good ones', async () => {
    const h = await hub();
    const client = await connect(h.url);
    client.send({ type: 'subscribe', topics: ['ok', 5, null, '', 'y'.repeat(257), { t: 1 }, 'also-ok'] });
    await client.roundTrip();
    expect(h.stats()).toMatchObject({ topics: 2, subscriptions: 2 });
    expect(h.stats().dropped.invalid).toBe(1);
  });

  it('closes a connection that sends a 10 MB frame and keeps serving others', async () => {
    const h = await hub();
    const other = await connect(h.url);
    other.send({ type: 'subscribe', topics: ['room'] });
    const abuser = await connect(h.url);
    abuser.send({ type: 'publish', topic: 'room', data: 'x'.repeat(10 * 1024 * 1024) });
    expect((await abuser.closed).code).toBe(1009);
    await other.roundTrip();
    expect(other.received).toEqual([{ type: 'pong' }]);
    await eventually(() => h.stats().connections === 1);
    expect(h.stats().dropped.oversized).toBe(1);
  });

  it('refuses 10,000 topics in one frame, and caps subscriptions per connection', async () => {
    const h = await hub();
    const topics = Array.from({ length: 10_000 }, (_, i) => `topic-${i}`);
    const oneFrame = await connect(h.url);
    oneFrame.send({ type: 'subscribe', topics });
    expect((await oneFrame.closed).code).toBe(1009);

    const chunked = await connect(h.url);
    for (let i = 0; i < topics.length; i += 100) {
      chunked.send({ type: 'subscribe', topics: topics.slice(i, i + 100) });
    }
    await chunked.roundTrip();
    expect(h.stats()).toMatchObject({ connections: 1, topics: 64, subscriptions: 64 });
    expect(h.stats().dropped.topicLimit).toBe(100);

    const sender = await connect(h.url);
    sender.send({ type: 'publish', topic: 'topic-9999', data: 'beyond the cap' });
    sender.send({ type: 'publish', topic: 'topic-0', data: 'sentinel' });
    await chunked.take(isPublish('topic-0'));
    expect(chunked.received.some((m) => (m as { topic?: string }).topic === 'topic-9999')).toBe(false);
  });

  it('drops a flood of 10,000 publishes, closes the flooder and keeps serving others', async () => {
    const h = await hub();
    const observer = await connect(h.url);
    observer.send({ type: 'subscribe', topics: ['room'] });
    await observer.roundTrip();

    const flooder = await connect(h.url);
    const frame = JSON.stringify({ type: 'publish', topic: 'room', data: 'spam' });
    for (let i = 0; i < 10_000; i++) flooder.ws.send(frame);
    expect((await flooder.closed).code).toBe(1008);

    const polite = await connect(h.url);
    polite.send({ type: 'publish', topic: 'room', data: 'still here' });
    await observer.take((m) => m.data === 'still here');
    const spam = observer.received.filter((m) => (m as { data?: string }).data === 'spam').length;
    expect(spam).toBeGreaterThanOrEqual(DEFAULT_LIMITS.rateBurst); // the burst passes
    expect(spam).toBeLessThan(DEFAULT_LIMITS.rateBurst + 200); // the rest is dropped
    expect(h.stats().dropped.rateLimited).toBeGreaterThanOrEqual(1000);
    expect(h.stats().dropped.flooding).toBe(1);
    await eventually(() => h.stats().connections === 2);
  });

  it('refuses connections beyond maxConnections with HTTP 503', async () => {
    const h = await hub({ limits: { maxConnections: 3 } });
    const first = await connect(h.url);
    await connect(h.url);
    await connect(h.url);
    await expect(connect(h.url)).rejects.toThrow('HTTP 503');
    expect(h.stats().dropped.overCapacity).toBe(1);
    first.close();
    await eventually(() => h.stats().connections === 2);
    await connect(h.url);
  });

  it('skips a receiver that stops reading instead of buffering for it without bound', async () => {
    const h = await hub({
      limits: { maxBufferedBytes: 256 * 1024, rateBurst: 10_000, ratePerSecond: 10_000 },
    });
    const stalled = await connect(h.url);
    stalled.send({ type: 'subscribe', topics: ['room'] });
    await stalled.roundTrip();
    stalled.ws.pause();
    const sender = await connect(h.url);
    const frame = JSON.stringify({ type: 'publish', topic: 'room', data: 'x'.repeat(60_000) });
    for (let i = 0; i < 50 && h.stats().dropped.backpressure === 0; i++) {
      for (let j = 0; j < 40; j++) sender.ws.send(frame);
      await sender.roundTrip();
    }
    expect(h.stats().dropped.backpressure).toBeGreaterThan(0);
    expect(sender.ws.readyState).toBe(WebSocket.OPEN);
  });
});

describe('memory stays bounded', () => {
  it('returns to zero connections and topics after many clients come and go', async () => {
    const h = await hub({ limits: { maxConnectionsPerAddress: 50 } });
    for (let round = 0; round < 4; round++) {
      const batch = await Promise.all(Array.from({ length: 50 }, () => connect(h.url)));
      batch.forEach((client, i) => {
        client.send({ type: 'subscribe', topics: [`shared-${round}`, `own-${round}-${i}`, 'everyone'] });
        client.send({ type: 'publish', topic: 'everyone', data: i });
      });
      await Promise.all(batch.map((client) => client.roundTrip()));
      expect(h.stats().topics).toBeGreaterThanOrEqual(52);
      // Half leave with a close handshake, half vanish (socket destroyed without a close frame).
      batch.forEach((client, i) => (i % 2 === 0 ? client.ws.close() : client.ws.terminate()));
    }
    await eventually(() => h.stats().connections === 0);
    expect(h.stats()).toMatchObject({ connections: 0, topics: 0, subscriptions: 0 });
  });

  it('terminates connections that stop answering heartbeats, keeps the ones that answer', async () => {
    const h = await hub({ limits: { heartbeatMs: 100 } });
    const silent = await connect(h.url, { autoPong: false });
    silent.send({ type: 'subscribe', topics: ['room'] });
    const healthy = await connect(h.url);
    healthy.send({ type: 'subscribe', topics: ['room'] });
    await Promise.all([silent.roundTrip(), healthy.roundTrip()]);
    await silent.closed;
    await eventually(() => h.stats().connections === 1);
    expect(h.stats()).toMatchObject({ topics: 1, subscriptions: 1 });
    expect(healthy.ws.readyState).toBe(WebSocket.OPEN);
  });

  it('close() disconnects everyone and frees the port', async () => {
    const h = await hub();
    const client = await connect(h.url);
    await h.close();
    expect((await client.closed).code).toBe(1001);
    await expect(rawConnect(h.url)).rejects.toThrow();
  });
});
