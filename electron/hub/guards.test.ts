// Who may use the hub and which publishes pass, against real WebSocket clients on 127.0.0.1 (and
// 127.0.0.2, which Linux routes to loopback as well, standing for a second machine).
import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, originAllowed, ReplayGuard } from './guards';
import { eventually, hubsForTests } from './testing/hubClient';

const { hub, connect } = hubsForTests();

describe('Origin allow-list', () => {
  it('refuses a page of a foreign site with HTTP 403 and lets the app, its own pages and native clients in', async () => {
    const h = await hub({ allowedOrigins: ['https://sendeplan.example.com'] });
    await expect(connect(h.url, { origin: 'https://evil.example' })).rejects.toThrow('HTTP 403');
    await expect(connect(h.url, { origin: 'http://127.0.0.1:1' })).rejects.toThrow('HTTP 403');
    expect(h.stats().dropped.foreignOrigin).toBe(2);
    await connect(h.url, { origin: APP_ORIGIN });
    await connect(h.url, { origin: `http://127.0.0.1:${h.port}` });
    await connect(h.url, { origin: 'https://sendeplan.example.com' });
    await connect(h.url);
    expect(h.stats().connections).toBe(4);
  });

  it('compares the whole origin, not a prefix', () => {
    const policy = { allowed: [] };
    expect(originAllowed('http://hub.example:5180', 'hub.example:5180', policy)).toBe(true);
    expect(originAllowed('http://hub.example:5181', 'hub.example:5180', policy)).toBe(false);
    expect(originAllowed('http://hub.example.evil:5180', 'hub.example:5180', policy)).toBe(false);
    expect(originAllowed('app://sendeplan.evil', 'x', policy)).toBe(false);
    expect(originAllowed('null', 'x', policy)).toBe(false);
    expect(originAllowed('file://', undefined, policy)).toBe(false);
  });
});

describe('connections per address', () => {
  it('one address cannot take every slot: past its cap it gets HTTP 429 while another address still gets in', async () => {
    const h = await hub({ limits: { maxConnections: 10, maxConnectionsPerAddress: 4 } });
    const own = { localAddress: '127.0.0.1' };
    const first = await connect(h.url, own);
    for (let i = 0; i < 3; i++) await connect(h.url, own);
    await expect(connect(h.url, own)).rejects.toThrow('HTTP 429');
    expect(h.stats().dropped.addressCapacity).toBe(1);
    await connect(h.url, { localAddress: '127.0.0.2' });
    expect(h.stats().connections).toBe(5);
    // A slot that is given back can be taken again.
    first.close();
    await eventually(() => h.stats().connections === 4);
    await connect(h.url, own);
  });
});

describe('replays', () => {
  const announce = (ts: number) => ({ type: 'publish', topic: 'room-1', data: 'c2VhbGVkIGFubm91bmNl', ts });

  it('drops a replayed announce, an old one and (when required) one without a time', async () => {
    const h = await hub({ requireTimestamps: true });
    const listener = await connect(h.url);
    listener.send({ type: 'subscribe', topics: ['room-1'] });
    await listener.roundTrip();
    const sender = await connect(h.url);
    const original = announce(Date.now());
    sender.send(original);
    expect(await listener.take((m) => m.type === 'publish')).toMatchObject({ data: original.data });

    sender.send(original); // the same frame again
    const attacker = await connect(h.url);
    attacker.send({ ...original, ts: Date.now() + 5 }); // the same ciphertext with a new time
    // One connection cannot slip in a message much older than its own clock.
    sender.send({ ...original, data: 'b2xkIGFubm91bmNl', ts: Date.now() - 10 * 60_000 });
    attacker.send({ type: 'publish', topic: 'room-1', data: 'bm8gdGltZQ' });
    attacker.send({ ...original, data: 'd3JvbmcgdHlwZQ', ts: '1' });
    await Promise.all([sender.roundTrip(), attacker.roundTrip(), listener.roundTrip()]);
    expect(listener.received.filter((m) => (m as { type?: string }).type === 'publish')).toHaveLength(1);
    expect(h.stats().dropped.replayed).toBe(5);

    sender.send({ ...original, data: 'bmV3IGFubm91bmNl', ts: Date.now() });
    expect(await listener.take((m) => m.type === 'publish')).toMatchObject({ data: 'bmV3IGFubm91bmNl' });
  });

  it('checks the time against the sender’s own times, forgets after the window, stays bounded', () => {
    let now = 1_000_000;
    const guard = new ReplayGuard(1000, true, 3, () => now);
    // A laptop whose clock is a week behind: only its own times are compared, and it syncs.
    const skewed = { newest: null as number | null };
    const week = 7 * 24 * 3600_000;
    expect(guard.check('t', { data: 'a', ts: now - week }, skewed)).toBe('fresh');
    expect(guard.check('t', { data: 'a', ts: now - week }, { newest: null })).toBe('replayed');
    expect(guard.check('u', { data: 'a', ts: now - week }, skewed)).toBe('fresh'); // another room
    // On that connection, a message from far earlier than its newest is old: refused.
    expect(guard.check('t', { data: 'old', ts: now - week - 5000 }, skewed)).toBe('stale');
    now += 2000;
    expect(guard.check('t', { data: 'a', ts: now - week }, skewed)).toBe('fresh'); // forgotten
    for (const data of ['b', 'c', 'd', 'e']) guard.check('t', { data, ts: now - week }, skewed);
    expect(guard.check('t', { data: 'e', ts: now - week }, skewed)).toBe('replayed');
    expect(guard.check('t', { data: 'f', ts: Number.NaN }, skewed)).toBe('stale');
    expect(new ReplayGuard(1000, false).check('t', { data: 'x' }, { newest: null })).toBe('fresh');
  });

  it('a laptop whose clock is set forward while it is connected still gets its messages through', () => {
    const now = 1_000_000;
    const guard = new ReplayGuard(1000, true, 100, () => now);
    const clock = { newest: null as number | null };
    expect(guard.check('t', { data: 'before', ts: now - 51 * 24 * 3600_000 }, clock)).toBe('fresh');
    expect(guard.check('t', { data: 'after', ts: now }, clock)).toBe('fresh');
    expect(guard.check('t', { data: 'next', ts: now + 10 }, clock)).toBe('fresh');
    // What it sent before the clock was set is now far older than its newest.
    expect(guard.check('t', { data: 'replay', ts: now - 51 * 24 * 3600_000 + 5 }, clock)).toBe('stale');
  });
});
