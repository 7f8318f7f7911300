import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { startHub } from '../hub/hub';
import { createLocalHub, type RunningHub, type StartHub } from './localHub';

function fakeHub(close: () => Promise<void> = async () => {}) {
  const calls: { host?: string; port?: number }[] = [];
  let closes = 0;
  const start: StartHub = async (options) => {
    calls.push(options);
    const hub: RunningHub = {
      url: 'ws://127.0.0.1:45678',
      port: 45678,
      close: () => {
        closes += 1;
        return close();
      },
    };
    return hub;
  };
  return { start, calls, closes: () => closes };
}

const quiet = () => {};

describe('createLocalHub', () => {
  it('starts once on 127.0.0.1 with a free port and reports its URL', async () => {
    const fake = fakeHub();
    const hub = createLocalHub(fake.start, { log: quiet });
    expect(await hub.info()).toBeNull();
    const [first, second] = await Promise.all([hub.start(), hub.start()]);
    expect(first).toEqual({ url: 'ws://127.0.0.1:45678' });
    expect(second).toEqual(first);
    expect(fake.calls).toEqual([{ host: '127.0.0.1', port: 0 }]);
    expect(await hub.info()).toEqual({ url: 'ws://127.0.0.1:45678' });
  });

  it('lets info() wait for a start that is still under way', async () => {
    let release: (hub: RunningHub) => void = () => {};
    const hub = createLocalHub(() => new Promise((resolve) => (release = resolve)), { log: quiet });
    void hub.start();
    const info = hub.info();
    release({ url: 'ws://127.0.0.1:1234', port: 1234, close: async () => {} });
    expect(await info).toEqual({ url: 'ws://127.0.0.1:1234' });
  });

  it('answers null and logs when the hub cannot start', async () => {
    const logged: string[] = [];
    const hub = createLocalHub(() => Promise.reject(new Error('EADDRINUSE')), {
      log: (message) => logged.push(message),
    });
    expect(await hub.start()).toBeNull();
    expect(await hub.info()).toBeNull();
    expect(logged).toEqual(['Sendeplan: the local hub could not start; syncing without it.']);
    await expect(hub.stop()).resolves.toBeUndefined();
  });

  it('closes the hub once on stop and then reports null', async () => {
    const fake = fakeHub();
    const hub = createLocalHub(fake.start, { log: quiet });
    await hub.start();
    await Promise.all([hub.stop(), hub.stop()]);
    expect(fake.closes()).toBe(1);
    expect(await hub.info()).toBeNull();
  });

  it('does not hang the quit when close never finishes', async () => {
    const logged: string[] = [];
    const fake = fakeHub(() => new Promise(() => {}));
    const hub = createLocalHub(fake.start, { closeTimeoutMs: 30, log: (message) => logged.push(message) });
    await hub.start();
    const started = Date.now();
    await hub.stop();
    expect(Date.now() - started).toBeGreaterThanOrEqual(25);
    expect(logged).toEqual(['Sendeplan: the local hub did not close within 30 ms.']);
  });

  it('does not start after stop', async () => {
    const fake = fakeHub();
    const hub = createLocalHub(fake.start, { log: quiet });
    await hub.stop();
    expect(await hub.start()).toBeNull();
    expect(fake.calls).toEqual([]);
  });

  it('runs the real hub: a client connects while it runs and is refused after stop', async () => {
    const hub = createLocalHub(startHub, { log: quiet });
    const info = await hub.start();
    expect(info?.url).toMatch(/^ws:\/\/127\.0\.0\.1:\d+/);
    const url = info?.url ?? '';

    const connect = () =>
      new Promise<'open' | 'error'>((resolve) => {
        const socket = new WebSocket(url);
        socket.once('open', () => {
          socket.close();
          resolve('open');
        });
        socket.once('error', () => resolve('error'));
      });
    expect(await connect()).toBe('open');
    await hub.stop();
    expect(await connect()).toBe('error');
  });

  it('listens where it is told and reports its port', async () => {
    const fake = fakeHub();
    const hub = createLocalHub(fake.start, { host: '0.0.0.0', log: quiet });
    expect(await hub.port()).toBeNull();
    await hub.start();
    expect(fake.calls).toEqual([{ host: '0.0.0.0', port: 0 }]);
    expect(await hub.port()).toBe(45678);
    await hub.stop();
    expect(await hub.port()).toBeNull();
  });

  it('takes the preferred port when it is free', async () => {
    const probe = await startHub({ host: '127.0.0.1', port: 0 });
    const free = probe.port;
    await probe.close();
    const hub = createLocalHub(startHub, { preferredPort: free, log: quiet });
    expect(await hub.start()).toEqual({ url: `ws://127.0.0.1:${free}` });
    expect(await hub.port()).toBe(free);
    await hub.stop();
  });

  it('moves to a free port when the preferred one is taken, and logs it', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const taken = (blocker.address() as net.AddressInfo).port;
    const logged: string[] = [];
    const hub = createLocalHub(startHub, { preferredPort: taken, log: (message) => logged.push(message) });
    try {
      const info = await hub.start();
      const port = await hub.port();
      expect(port).not.toBe(taken);
      expect(info).toEqual({ url: `ws://127.0.0.1:${port}` });
      expect(logged).toEqual([`Sendeplan: port ${taken} is taken; the local hub moves to another port.`]);
    } finally {
      await hub.stop();
      await new Promise<void>((resolve) => blocker.close(() => resolve()));
    }
  });
});
