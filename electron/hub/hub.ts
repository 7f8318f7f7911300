// The signaling hub: a y-webrtc-compatible pub/sub relay over WebSocket (package `ws`).
// It runs in the desktop app, in `npm run serve` and centrally on a company server; it never
// imports electron.
//
// Protocol (see protocol.ts; compatible with y-webrtc 10.3.0's bin/server.js):
//   subscribe/unsubscribe {topics}  the connection joins/leaves rooms
//   publish {topic, ...}            sent to every current subscriber of `topic`, the sender included
//                                   if subscribed, as JSON with `clients` (number of receivers)
//                                   added exactly like the reference server; nothing else changes
//   ping                            answered with {type:'pong'} (lib0's client pings every 15 s
//                                   and reconnects after 30 s of silence)
// Publishing does not require a subscription (as in the reference). The hub sees room ids and
// opaque `data` only; y-webrtc encrypts `data` with the workspace secret.
//
// What must hold: no input crashes the hub, and memory is bounded.
// - Frames over maxPayloadBytes close that connection (1009); permessage-deflate is off, so a
//   frame's size on the wire is its size in memory.
// - Non-JSON, non-object, unknown-type and wrongly-typed messages are dropped and counted.
// - Each connection has a token bucket (rateBurst, ratePerSecond); excess messages are dropped,
//   and a connection that keeps flooding (floodCloseAfter drops per floodWindowMs) is closed (1008).
// - A connection holds at most maxTopicsPerConnection topics of at most maxTopicLength; a topic
//   with no subscribers is deleted at once; all of a connection's state goes when it closes.
// - At most maxConnections sockets; a receiver that does not drain (maxBufferedBytes) is skipped.
// - A server ping every heartbeatMs; a connection that did not answer the previous one is
//   terminated, so vanished laptops do not stay subscribed.
// - Who may connect and which publishes pass (guards.ts): Origin allow-list (403), at most
//   maxConnectionsPerAddress sockets per remote address (429), publishes with a missing `ts`, one
//   older than the sender's own newest by replayWindowMs, or seen before within it are dropped.
// - Log lines are bounded: the first violation of each kind per connection, and a summary on close.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer, WebSocket, type RawData, type ServerOptions } from 'ws';
import { parseClientMessage, RateLimiter, resolveLimits, type HubLimits } from './protocol';
import { AddressCounter, originAllowed, ReplayGuard, type SenderClock } from './guards';
import { closeGracefully, listen, pathOf, refuse, urlHost } from './sockets';

export type { HubLimits } from './protocol';
export { DEFAULT_LIMITS } from './protocol';

export interface HubOptions {
  /** Interface to listen on when the hub makes its own server. Default 127.0.0.1. */
  host?: string;
  /** Port when the hub makes its own server; 0 picks a free one. Default 0. */
  port?: number;
  /** Share this (listening or about to listen) server instead of making one. */
  server?: http.Server;
  /** Accept upgrades only on this path (query ignored); others get 404. Default: any path. */
  path?: string;
  limits?: Partial<HubLimits>;
  /** Origins allowed besides this server's own and the desktop app's (guards.ts). */
  allowedOrigins?: readonly string[];
  /**
   * Drop publishes without a `ts` (Sendeplan's app always sends one). Off for plain y-webrtc
   * clients; the desktop app's hub and `serve` turn it on. A `ts` that is there is always checked.
   */
  requireTimestamps?: boolean;
  log?: (line: string) => void;
}

export interface HubStats {
  connections: number;
  topics: number;
  /** Sum over topics of their subscribers. */
  subscriptions: number;
  /** Publish messages relayed to at least one subscriber. */
  published: number;
  /** Frames sent to receivers by relaying. */
  delivered: number;
  /** Totals since start. Counted in messages unless noted. */
  dropped: {
    /** Not a JSON object. */
    malformed: number;
    /** Unknown type or wrong field types (a topic list with bad entries counts once). */
    invalid: number;
    /** Over the connection's token bucket. */
    rateLimited: number;
    /** Subscribe messages cut short by maxTopicsPerConnection. */
    topicLimit: number;
    /** Relays skipped because the receiver was not draining. */
    backpressure: number;
    /** Connections closed for a frame over maxPayloadBytes. */
    oversized: number;
    /** Connections refused at maxConnections. */
    overCapacity: number;
    /** Connections closed for flooding. */
    flooding: number;
    /** Connections refused for an Origin not on the allow-list. */
    foreignOrigin: number;
    /** Connections refused because their address had maxConnectionsPerAddress open. */
    addressCapacity: number;
    /** Publishes with a missing or stale `ts`, or seen before. */
    replayed: number;
  };
}

export interface Hub {
  /** ws:// URL of the hub (loopback when listening on all interfaces). */
  url: string;
  port: number;
  close(): Promise<void>;
  stats(): HubStats;
}

type ViolationKind = Exclude<keyof HubStats['dropped'], 'overCapacity' | 'foreignOrigin' | 'addressCapacity'>;

interface Connection {
  id: number;
  ws: WebSocket;
  address: string;
  topics: Set<string>;
  limiter: RateLimiter;
  alive: boolean;
  open: boolean;
  violations: Partial<Record<ViolationKind, number>>;
  /** The newest time this connection has sent with a publish (guards.ts). */
  clock: SenderClock;
}

const CLOSE_POLICY = 1008;

export async function startHub(options: HubOptions = {}): Promise<Hub> {
  const limits = resolveLimits(options.limits);
  const log = options.log ?? (() => {});
  const ownServer = options.server === undefined;
  const server = options.server ?? http.createServer(answerPlainHttp);
  const topics = new Map<string, Set<Connection>>();
  const connections = new Set<Connection>();
  const counters: Pick<HubStats, 'published' | 'delivered' | 'dropped'> = {
    published: 0,
    delivered: 0,
    dropped: {
      malformed: 0,
      invalid: 0,
      rateLimited: 0,
      topicLimit: 0,
      backpressure: 0,
      oversized: 0,
      overCapacity: 0,
      flooding: 0,
      foreignOrigin: 0,
      addressCapacity: 0,
      replayed: 0,
    },
  };
  const perAddress = new AddressCounter();
  const replays = new ReplayGuard(limits.replayWindowMs, options.requireTimestamps ?? false);
  const originPolicy = { allowed: options.allowedOrigins ?? [] };
  let nextId = 1;
  let closed = false;

  const wssOptions: ServerOptions & { closeTimeout: number } = {
    noServer: true,
    clientTracking: false,
    perMessageDeflate: false,
    maxPayload: limits.maxPayloadBytes,
    closeTimeout: 2000,
  };
  const wss = new WebSocketServer(wssOptions);

  function violation(conn: Connection, kind: ViolationKind, detail: string): void {
    counters.dropped[kind] += 1;
    const seen = conn.violations[kind] ?? 0;
    conn.violations[kind] = seen + 1;
    if (seen === 0) log(`hub: #${conn.id} (${conn.address}) ${kind}: ${detail}`);
  }

  function leave(conn: Connection, topic: string): void {
    if (!conn.topics.delete(topic)) return;
    const subscribers = topics.get(topic);
    subscribers?.delete(conn);
    if (subscribers?.size === 0) topics.delete(topic);
  }

  /** Frees everything the connection holds; idempotent. */
  function release(conn: Connection): void {
    if (!conn.open) return;
    conn.open = false;
    for (const topic of [...conn.topics]) leave(conn, topic);
    connections.delete(conn);
    perAddress.remove(conn.address);
    const dropped = Object.entries(conn.violations);
    if (dropped.length > 0) {
      log(`hub: #${conn.id} closed after dropping ${dropped.map(([k, n]) => `${n} ${k}`).join(', ')}`);
    }
  }

  function relay(topic: string, message: Record<string, unknown>): void {
    const receivers = topics.get(topic);
    if (receivers === undefined) return;
    counters.published += 1;
    const frame = JSON.stringify({ ...message, clients: receivers.size });
    for (const receiver of receivers) {
      if (receiver.ws.readyState !== WebSocket.OPEN) continue;
      if (receiver.ws.bufferedAmount > limits.maxBufferedBytes) {
        violation(receiver, 'backpressure', 'receiver not draining, relay skipped');
        continue;
      }
      receiver.ws.send(frame);
      counters.delivered += 1;
    }
  }

  function onMessage(conn: Connection, data: RawData): void {
    if (!conn.open) return;
    conn.alive = true;
    if (!conn.limiter.take()) {
      violation(conn, 'rateLimited', 'message rate over limit');
      if (conn.limiter.flooding) {
        counters.dropped.flooding += 1;
        log(`hub: #${conn.id} (${conn.address}) closed for flooding`);
        release(conn);
        conn.ws.close(CLOSE_POLICY, 'rate limit');
      }
      return;
    }
    const text = Array.isArray(data)
      ? Buffer.concat(data).toString('utf8')
      : Buffer.isBuffer(data)
        ? data.toString('utf8')
        : Buffer.from(data).toString('utf8');
    const parsed = parseClientMessage(text, limits.maxTopicLength);
    switch (parsed.type) {
      case 'rejected':
        violation(conn, parsed.kind, parsed.reason);
        return;
      case 'ping':
        conn.ws.send('{"type":"pong"}');
        return;
      case 'publish': {
        const verdict = replays.check(parsed.topic, parsed.message, conn.clock);
        if (verdict !== 'fresh') return violation(conn, 'replayed', `publish ${verdict}`);
        relay(parsed.topic, parsed.message);
        return;
      }
      case 'unsubscribe':
        if (parsed.invalidTopics > 0) violation(conn, 'invalid', 'unsubscribe: bad topic entries');
        for (const topic of parsed.topics) leave(conn, topic);
        return;
      case 'subscribe': {
        if (parsed.invalidTopics > 0) violation(conn, 'invalid', 'subscribe: bad topic entries');
        for (const topic of parsed.topics) {
          if (conn.topics.has(topic)) continue;
          if (conn.topics.size >= limits.maxTopicsPerConnection) {
            violation(conn, 'topicLimit', `more than ${limits.maxTopicsPerConnection} topics`);
            break;
          }
          conn.topics.add(topic);
          let subscribers = topics.get(topic);
          if (subscribers === undefined) {
            subscribers = new Set();
            topics.set(topic, subscribers);
          }
          subscribers.add(conn);
        }
        return;
      }
    }
  }

  function onConnection(ws: WebSocket, request: http.IncomingMessage): void {
    const conn: Connection = {
      id: nextId++,
      ws,
      address: request.socket.remoteAddress ?? '?',
      topics: new Set(),
      limiter: new RateLimiter(limits),
      alive: true,
      open: true,
      violations: {},
      clock: { newest: null },
    };
    connections.add(conn);
    perAddress.add(conn.address);
    ws.on('message', (data) => onMessage(conn, data));
    ws.on('pong', () => {
      conn.alive = true;
    });
    ws.on('error', (error: Error & { code?: string }) => {
      if (error.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH') {
        violation(conn, 'oversized', `frame over ${limits.maxPayloadBytes} bytes`);
      } else {
        log(`hub: #${conn.id} (${conn.address}) socket error: ${error.message}`);
      }
      release(conn);
    });
    ws.on('close', () => release(conn));
  }

  function onUpgrade(request: http.IncomingMessage, socket: Duplex, head: Buffer): void {
    socket.on('error', () => socket.destroy());
    if (options.path !== undefined && pathOf(request.url) !== options.path) {
      refuse(socket, 404, 'Not Found');
      return;
    }
    if (closed) {
      refuse(socket, 503, 'Service Unavailable');
      return;
    }
    if (connections.size >= limits.maxConnections) {
      counters.dropped.overCapacity += 1;
      if (counters.dropped.overCapacity === 1 || counters.dropped.overCapacity % 1000 === 0) {
        log(
          `hub: connection limit ${limits.maxConnections} reached, refusing (${counters.dropped.overCapacity})`,
        );
      }
      refuse(socket, 503, 'Service Unavailable');
      return;
    }
    if (!originAllowed(request.headers.origin, request.headers.host, originPolicy)) {
      counters.dropped.foreignOrigin += 1;
      if (counters.dropped.foreignOrigin <= 10)
        log(`hub: refused Origin ${request.headers.origin?.slice(0, 100)}`);
      refuse(socket, 403, 'Forbidden');
      return;
    }
    const address = request.socket.remoteAddress ?? '?';
    if (perAddress.count(address) >= limits.maxConnectionsPerAddress) {
      counters.dropped.addressCapacity += 1;
      if (counters.dropped.addressCapacity % 100 === 1) {
        log(`hub: ${address} holds ${limits.maxConnectionsPerAddress} connections, refusing more`);
      }
      refuse(socket, 429, 'Too Many Requests');
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => onConnection(ws, request));
  }

  const heartbeat = setInterval(() => {
    for (const conn of connections) {
      if (!conn.alive) {
        release(conn);
        conn.ws.terminate();
        continue;
      }
      conn.alive = false;
      try {
        conn.ws.ping();
      } catch {
        release(conn);
        conn.ws.terminate();
      }
    }
  }, limits.heartbeatMs);
  heartbeat.unref();

  server.on('upgrade', onUpgrade);
  if (ownServer) {
    server.on('clientError', (_error, socket) => socket.destroy());
    await listen(server, options.port ?? 0, options.host ?? '127.0.0.1');
  } else if (!server.listening) {
    await new Promise<void>((resolve) => server.once('listening', resolve));
  }
  const address = server.address() as AddressInfo;
  const url = `ws://${urlHost(options.host ?? address.address)}:${address.port}${options.path ?? ''}`;

  return {
    url,
    port: address.port,
    stats: () => {
      let subscriptions = 0;
      for (const subscribers of topics.values()) subscriptions += subscribers.size;
      return {
        connections: connections.size,
        topics: topics.size,
        subscriptions,
        published: counters.published,
        delivered: counters.delivered,
        dropped: { ...counters.dropped },
      };
    },
    close: async () => {
      if (closed) return;
      closed = true;
      clearInterval(heartbeat);
      server.off('upgrade', onUpgrade);
      const sockets = [...connections].map((conn) => conn.ws);
      for (const conn of [...connections]) release(conn);
      await closeGracefully(sockets, 500);
      wss.close();
      if (ownServer) {
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
      }
    },
  };
}

function answerPlainHttp(_request: http.IncomingMessage, response: http.ServerResponse): void {
  response.writeHead(426, { 'Content-Type': 'text/plain; charset=utf-8', Upgrade: 'websocket' });
  response.end('Sendeplan hub: connect with WebSocket\n');
}
