// The hub's lifecycle under the LAN setting, with the real hub on 127.0.0.1. Nothing binds 0.0.0.0
// here: the LAN case is checked through hubBinding (the decision) and a startHub that records the
// host it was asked for and then listens on loopback, so every other step runs for real.
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import type { LanSettings, LocalHubInfo } from '../../shared/ipc';
import { announceHub } from '../hub/discovery';
import { startHub } from '../hub/hub';
import { FakeBonjour, fakeDeps } from './testing/fakeBonjour';
import { createLanHub, hubBinding, type Announce, type LanHub } from './lanHub';
import type { StartHub } from './localHub';

const ON: LanSettings = { announceOnLan: true };
const OFF: LanSettings = { announceOnLan: false };
const quiet = () => {};

describe('hubBinding', () => {
  it('listens on all interfaces and announces when the setting is on', () => {
    expect(hubBinding(ON)).toEqual({ host: '0.0.0.0', announce: true });
  });

  it('listens on loopback only and stays silent when it is off', () => {
    expect(hubBinding(OFF)).toEqual({ host: '127.0.0.1', announce: false });
  });
});

function connect(url: string): Promise<'open' | 'error'> {
  return new Promise((resolve) => {
    const socket = new WebSocket(url);
    socket.once('open', () => {
      socket.close();
      resolve('open');
    });
    socket.once('error', () => resolve('error'));
  });
}

const portOf = (info: LocalHubInfo | null) => Number(new URL(info?.url ?? 'ws://x:0').port);

/** Records everything that happens, in order, around the real hub. */
function setUp(options: { startHub?: StartHub } = {}) {
  const events: string[] = [];
  const requestedHosts: string[] = [];
  const changes: (LocalHubInfo | null)[] = [];
  let announced = 0;
  let maxAnnounced = 0;
  const start: StartHub =
    options.startHub ??
    (async ({ host, port }) => {
      requestedHosts.push(host ?? '(default)');
      // The LAN case listens on loopback in tests; everything else is the real hub.
      const hub = await startHub({ host: '127.0.0.1', port: port ?? 0 });
      events.push(`start ${host} :${hub.port}`);
      return {
        url: hub.url,
        port: hub.port,
        close: async () => {
          await hub.close();
          events.push(`close :${hub.port}`);
        },
      };
    });
  const announce: Announce = (port) => {
    announced += 1;
    maxAnnounced = Math.max(maxAnnounced, announced);
    events.push(`announce :${port}`);
    return async () => {
      announced -= 1;
      events.push(`unannounce :${port}`);
    };
  };
  const lanHub = createLanHub({
    startHub: start,
    announce,
    onChange: (info) => {
      changes.push(info);
      events.push(`change ${info?.url ?? 'null'}`);
    },
    log: quiet,
  });
  hubs.push(lanHub);
  return {
    lanHub,
    events,
    requestedHosts,
    changes,
    announcedNow: () => announced,
    maxAnnounced: () => maxAnnounced,
  };
}

const hubs: LanHub[] = [];
afterEach(async () => {
  await Promise.all(hubs.splice(0).map((hub) => hub.stop()));
});

describe('createLanHub', () => {
  it('with the setting off: loopback only, not announced, reachable by this app', async () => {
    const { lanHub, requestedHosts, events, changes } = setUp();
    const info = await lanHub.apply(OFF);
    expect(info?.url).toMatch(/^ws:\/\/127\.0\.0\.1:\d+$/);
    expect(requestedHosts).toEqual(['127.0.0.1']);
    expect(events.filter((e) => e.startsWith('announce'))).toEqual([]);
    expect(changes).toEqual([]); // the first start is no change; the renderer asks localHub()
    expect(await lanHub.info()).toEqual(info);
    expect(await connect(info?.url ?? '')).toBe('open');
  });

  it('with the setting on: all interfaces, announced with the real port, loopback URL for ourselves', async () => {
    const { lanHub, requestedHosts, events } = setUp();
    const info = await lanHub.apply(ON);
    const port = portOf(info);
    expect(requestedHosts).toEqual(['0.0.0.0']);
    expect(info?.url).toBe(`ws://127.0.0.1:${port}`);
    expect(events).toEqual([`start 0.0.0.0 :${port}`, `announce :${port}`]);
    expect(await connect(info?.url ?? '')).toBe('open');
  });

  it('announces through announceHub with the port the hub really got', async () => {
    const fake = new FakeBonjour();
    const lanHub = createLanHub({
      startHub: ({ port }) => startHub({ host: '127.0.0.1', port: port ?? 0 }),
      announce: (port) => announceHub({ port, name: 'Sendeplan (test)' }, fakeDeps(fake)),
      onChange: quiet,
      log: quiet,
    });
    hubs.push(lanHub);
    const port = portOf(await lanHub.apply(ON));
    expect(fake.published).toEqual([
      expect.objectContaining({
        type: 'sendeplan-hub',
        protocol: 'tcp',
        port,
        txt: expect.objectContaining({ path: '/' }),
      }),
    ]);
    await lanHub.apply(OFF);
    expect(fake.unpublished).toBe(1);
    expect(fake.destroyed).toBe(true);
  });

  it('switching off: goodbye first, then the hub closes and comes back on loopback on the same port', async () => {
    const { lanHub, events, requestedHosts, changes, announcedNow } = setUp();
    const before = await lanHub.apply(ON);
    const port = portOf(before);
    const after = await lanHub.apply(OFF);
    expect(after).toEqual(before); // same port: y-webrtc's reconnect to the old URL just works
    expect(requestedHosts).toEqual(['0.0.0.0', '127.0.0.1']);
    expect(events).toEqual([
      `start 0.0.0.0 :${port}`,
      `announce :${port}`,
      `unannounce :${port}`,
      `close :${port}`,
      `start 127.0.0.1 :${port}`,
      `change ws://127.0.0.1:${port}`,
    ]);
    expect(changes).toEqual([{ url: `ws://127.0.0.1:${port}` }]);
    expect(announcedNow()).toBe(0);
    expect(await connect(after?.url ?? '')).toBe('open');
  });

  it('switching on again announces the restarted hub', async () => {
    const { lanHub, events, changes } = setUp();
    const port = portOf(await lanHub.apply(OFF));
    await lanHub.apply(ON);
    expect(events.slice(1)).toEqual([
      `close :${port}`,
      `start 0.0.0.0 :${port}`,
      `announce :${port}`,
      `change ws://127.0.0.1:${port}`,
    ]);
    expect(changes).toHaveLength(1);
  });

  it('does nothing when the setting does not change the binding', async () => {
    const { lanHub, events, changes } = setUp();
    const first = await lanHub.apply(ON);
    expect(await lanHub.apply({ ...ON })).toEqual(first);
    expect(events).toHaveLength(2); // one start, one announce
    expect(changes).toEqual([]);
  });

  it('moves to another port when its port was taken meanwhile, and says so', async () => {
    let blocker: net.Server | null = null;
    let calls = 0;
    const startAndBlock: StartHub = async ({ host, port }) => {
      calls += 1;
      if (calls === 2 && port) {
        // Somebody grabbed the port between close and restart.
        const server = net.createServer();
        blocker = server;
        await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
      }
      return startHub({ host: host === '0.0.0.0' ? '127.0.0.1' : host, port: port ?? 0 });
    };
    const { lanHub, changes } = setUp({ startHub: startAndBlock });
    try {
      const before = await lanHub.apply(OFF);
      const after = await lanHub.apply(ON);
      expect(portOf(after)).not.toBe(portOf(before));
      expect(after?.url).toMatch(/^ws:\/\/127\.0\.0\.1:\d+$/);
      expect(changes).toEqual([after]);
      expect(await connect(after?.url ?? '')).toBe('open');
    } finally {
      await new Promise<void>((resolve) => (blocker ? blocker.close(() => resolve()) : resolve()));
    }
  });

  it('lets info() wait for a start whose settings are still being read', async () => {
    const { lanHub } = setUp();
    let release: (settings: LanSettings) => void = () => {};
    const settings = new Promise<LanSettings>((resolve) => (release = resolve));
    void lanHub.apply(settings);
    const info = lanHub.info();
    release(OFF);
    expect((await info)?.url).toMatch(/^ws:\/\/127\.0\.0\.1:\d+$/);
  });

  it('runs rapid switches one after another, never announcing two hubs at once', async () => {
    const { lanHub, changes, announcedNow, maxAnnounced } = setUp();
    const results = await Promise.all([
      lanHub.apply(ON),
      lanHub.apply(OFF),
      lanHub.apply(ON),
      lanHub.apply(OFF),
      lanHub.apply(ON),
    ]);
    expect(maxAnnounced()).toBe(1);
    expect(announcedNow()).toBe(1);
    expect(changes).toHaveLength(4);
    expect(await lanHub.info()).toEqual(results.at(-1));
    expect(await connect(results.at(-1)?.url ?? '')).toBe('open');
  });

  it('announces nothing when the hub cannot start, and tries again on the next switch', async () => {
    let fail = true;
    const flaky: StartHub = async ({ port }) => {
      if (fail) throw Object.assign(new Error('listen EACCES'), { code: 'EACCES' });
      return startHub({ host: '127.0.0.1', port: port ?? 0 });
    };
    const { lanHub, events, changes } = setUp({ startHub: flaky });
    expect(await lanHub.apply(ON)).toBeNull();
    expect(await lanHub.info()).toBeNull();
    expect(events).toEqual([]);
    fail = false;
    const info = await lanHub.apply(OFF);
    expect(info?.url).toMatch(/^ws:\/\/127\.0\.0\.1:\d+$/);
    expect(changes).toEqual([info]);
  });

  it('stop withdraws the announcement, closes the hub and starts nothing afterwards', async () => {
    const { lanHub, events, announcedNow } = setUp();
    const info = await lanHub.apply(ON);
    const port = portOf(info);
    await lanHub.stop();
    expect(events.slice(-2)).toEqual([`unannounce :${port}`, `close :${port}`]);
    expect(announcedNow()).toBe(0);
    expect(await connect(info?.url ?? '')).toBe('error');
    expect(await lanHub.info()).toBeNull();
    expect(await lanHub.apply(OFF)).toBeNull();
    expect(events.filter((e) => e.startsWith('start'))).toHaveLength(1);
    await expect(lanHub.stop()).resolves.toBeUndefined();
  });

  it('a stop during a pending start leaves nothing running', async () => {
    const { lanHub, events } = setUp();
    const applied = lanHub.apply(ON);
    await lanHub.stop();
    const info = await applied;
    expect(await lanHub.info()).toBeNull();
    // Whatever started was closed again, and its announcement withdrawn.
    const starts = events.filter((e) => e.startsWith('start')).length;
    const closes = events.filter((e) => e.startsWith('close')).length;
    expect(closes).toBe(starts);
    if (info) expect(await connect(info.url)).toBe('error');
  });
});
