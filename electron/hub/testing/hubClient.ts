// Test helpers: a real WebSocket client on loopback that records what it receives, so tests can
// wait for a message, or use a ping/pong round trip as a barrier ("everything the hub did for
// my earlier frames is done"). Used by the *.test.ts files only.
import { afterEach } from 'vitest';
import { WebSocket, type ClientOptions } from 'ws';
import { startHub, type Hub, type HubOptions } from '../hub';

export interface TestClient {
  ws: WebSocket;
  /** Every frame received, parsed as JSON (or `{ unparsed: text }`). */
  received: unknown[];
  send(message: unknown): void;
  /** Resolves with the first not yet taken message matching `match`; rejects after `timeoutMs`. */
  take(
    match: (message: Record<string, unknown>) => boolean,
    timeoutMs?: number,
  ): Promise<Record<string, unknown>>;
  /** ping -> pong: after it resolves the hub has processed all frames this client sent before. */
  roundTrip(timeoutMs?: number): Promise<void>;
  closed: Promise<{ code: number; reason: string }>;
  close(): void;
}

export function connect(url: string, options: ClientOptions = {}): Promise<TestClient> {
  const ws = new WebSocket(url, { perMessageDeflate: false, ...options });
  const received: unknown[] = [];
  const taken = new Set<number>();
  const waiters = new Set<() => void>();
  ws.on('error', () => {}); // surfaced through `closed` / the connect promise
  ws.on('message', (data) => {
    const text = data.toString();
    try {
      received.push(JSON.parse(text));
    } catch {
      received.push({ unparsed: text });
    }
    for (const wake of [...waiters]) wake();
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );

  const find = (match: (message: Record<string, unknown>) => boolean) => {
    for (let i = 0; i < received.length; i++) {
      const message = received[i];
      if (taken.has(i) || typeof message !== 'object' || message === null) continue;
      if (match(message as Record<string, unknown>)) {
        taken.add(i);
        return message as Record<string, unknown>;
      }
    }
    return undefined;
  };

  const client: TestClient = {
    ws,
    received,
    closed,
    send: (message) => ws.send(typeof message === 'string' ? message : JSON.stringify(message)),
    take: (match, timeoutMs = 2000) =>
      new Promise((resolve, reject) => {
        const found = find(match);
        if (found) return resolve(found);
        const wake = () => {
          const message = find(match);
          if (!message) return;
          cleanup();
          resolve(message);
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`no matching message within ${timeoutMs} ms`));
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          waiters.delete(wake);
        };
        waiters.add(wake);
      }),
    roundTrip: async (timeoutMs = 2000) => {
      client.send({ type: 'ping' });
      await client.take((m) => m.type === 'pong', timeoutMs);
    },
    close: () => ws.terminate(),
  };

  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve(client));
    ws.once('unexpected-response', (_request, response) => {
      reject(new Error(`HTTP ${response.statusCode}`));
      ws.terminate();
    });
    ws.once('error', reject);
  });
}

/** Polls `check` until it returns true (bounded), for state the hub updates asynchronously. */
export async function eventually(check: () => boolean, timeoutMs = 2000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * Hubs and clients for a test file, closed after each of its tests. `defaults` go to every hub
 * it starts (options given to `hub` win).
 */
export function hubsForTests(defaults: HubOptions = {}) {
  const hubs: Hub[] = [];
  const clients: TestClient[] = [];
  afterEach(async () => {
    for (const client of clients.splice(0)) client.close();
    await Promise.all(hubs.splice(0).map((h) => h.close()));
  });
  return {
    async hub(options: HubOptions = {}): Promise<Hub> {
      const started = await startHub({ ...defaults, ...options });
      hubs.push(started);
      return started;
    },
    async connect(url: string, options?: ClientOptions): Promise<TestClient> {
      const client = await connect(url, options);
      clients.push(client);
      return client;
    },
  };
}
