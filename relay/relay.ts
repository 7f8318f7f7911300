/*
 * The team relay: one Node process, one HTTP server, one SQLite file.
 *
 *   ws(s)://host/       Hocuspocus (an existing Yjs server): one document per workspace, named by
 *                       its room id; devices connect with @hocuspocus/provider
 *   ws(s)://host/hub    the signaling hub of the desktop app (electron/hub/hub.ts), unchanged
 *   http(s)://host/health  {"documents": n, "connections": n} for monitoring
 *   http(s)://host/files/  the bytes of card attachments by SHA-256, with the workspace's token
 *                       (filesHttp.ts), on disk beside the SQLite file (files.ts)
 *
 * Who may connect (onAuthenticate, before any document is loaded): a workspace's first device
 * registers the SHA-256 of its token (shared/relayToken.ts); from then on only that token opens the
 * document. With `inviteOnly` the relay registers nothing itself: an admin adds workspaces with
 * `relay allow <invite>`. A deleted workspace (`relay delete`) is refused with reason "deleted",
 * which the app shows, and is never stored again. The relay never writes into a document: what a
 * device does not send, it does not have.
 *
 * Limits, so that a bad client is closed and the relay stays up: a WebSocket message over
 * maxMessageBytes closes that connection (1009); connections per IP address and in all; the bytes
 * and messages a connection may queue before it is authenticated and the documents it may ask for
 * meanwhile (Hocuspocus's own limits); documents in memory (a new one is refused with "busy").
 * Messages Hocuspocus cannot decode close that connection. Files: per file and per workspace
 * (files.ts); an upload that stalls is cut, one left unfinished is removed after a while.
 *
 * With `redis`, several relay processes serve the same workspaces (@hocuspocus/extension-redis):
 * updates and awareness cross between them through Redis, and only one stores at a time.
 */
import { Database } from '@hocuspocus/extension-database';
import { Redis } from '@hocuspocus/extension-redis';
import { Hocuspocus, type Extension } from '@hocuspocus/server';
import { EventEmitter } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { timingSafeEqual } from 'node:crypto';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import type * as Y from 'yjs';
import { startHub, type Hub } from '../electron/hub/hub';
import { closeGracefully, listen, pathOf, refuse, urlHost } from '../electron/hub/sockets';
import { relayTokenHash } from '../shared/relayToken';
import { DEFAULT_FILE_LIMITS, FileStore, filesDirectoryOf, type FileLimits } from './files';
import { handleFileRequest, type Authorize } from './filesHttp';
import { RelayStore } from './store';

export const HUB_PATH = '/hub';

export interface RelayLimits {
  /** The largest WebSocket message; a 2,000-card workspace's first sync is about 1.5 MB. */
  maxMessageBytes: number;
  maxConnectionsPerIp: number;
  maxConnections: number;
  /** Documents held in memory at once. */
  maxDocuments: number;
  /** Bytes and messages one connection may queue before it is authenticated. */
  maxUnauthenticatedBytes: number;
  maxUnauthenticatedMessages: number;
}

export const DEFAULT_RELAY_LIMITS: RelayLimits = {
  maxMessageBytes: 32 * 1024 * 1024,
  maxConnectionsPerIp: 64,
  maxConnections: 5_000,
  maxDocuments: 1_000,
  maxUnauthenticatedBytes: 1024 * 1024,
  maxUnauthenticatedMessages: 100,
};

export interface RelayOptions {
  host?: string;
  port?: number;
  /** Path of the SQLite file. */
  database: string;
  /** Directory of the workspaces' files; default: beside the database (filesDirectoryOf). */
  files?: string;
  fileLimits?: Partial<FileLimits>;
  redis?: { host: string; port: number; prefix?: string } | null;
  inviteOnly?: boolean;
  limits?: Partial<RelayLimits>;
  /** Milliseconds Hocuspocus waits before storing a changed document's whole state. */
  storeDebounceMs?: number;
  log?: (line: string) => void;
}

export interface Relay {
  url: string;
  hubUrl: string;
  port: number;
  hocuspocus: Hocuspocus;
  close(): Promise<void>;
}

/** A refusal in onAuthenticate: Hocuspocus sends `reason` to the provider. */
const refusal = (reason: 'token' | 'deleted' | 'unknown' | 'busy') =>
  Object.assign(new Error(`refused: ${reason}`), { reason });

const ROOM = /^[A-Za-z0-9_-]{16,64}$/;

/** The part of a Hocuspocus Document that sends an update to its connections (Document.ts). */
interface Broadcasting {
  broadcastUpdate(update: Uint8Array): void;
  broadcast(encode: (address: string) => Uint8Array, filter?: (connection: unknown) => boolean): void;
}
const TOMBSTONE_POLL_MS = 1_000;

function sameHash(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

function webRequest(request: http.IncomingMessage): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (typeof value === 'string') headers.set(name, value);
    else if (Array.isArray(value)) headers.set(name, value.join(', '));
  }
  return new Request(`http://relay${request.url ?? '/'}`, { headers });
}

const toBytes = (data: RawData): Uint8Array =>
  Array.isArray(data) ? Buffer.concat(data) : data instanceof ArrayBuffer ? new Uint8Array(data) : data;

export async function startRelay(options: RelayOptions): Promise<Relay> {
  const limits = { ...DEFAULT_RELAY_LIMITS, ...options.limits };
  const log = options.log ?? (() => {});
  const store = new RelayStore(options.database);
  const deleted = new Set<string>();
  const files = new FileStore(options.files ?? filesDirectoryOf(options.database), {
    ...DEFAULT_FILE_LIMITS,
    ...options.fileLimits,
  });

  /** Whether `token` opens workspace `room` (registering its first token unless invite-only). */
  const authorize: Authorize = async (room, token) => {
    if (!ROOM.test(room)) return 'unknown';
    if (deleted.has(room) || store.isDeleted(room)) return 'deleted';
    if (typeof token !== 'string' || token.length === 0 || token.length > 100) return 'token';
    const hash = await relayTokenHash(token);
    let known = store.tokenHash(room);
    if (known === null) {
      if (options.inviteOnly) return 'unknown';
      known = store.registerToken(room, hash);
      log(`relay: new workspace ${room}`);
    }
    return sameHash(known, hash) ? null : 'token';
  };

  /**
   * Writes every update of a loaded document to the journal as it is applied (store.ts), and sends
   * an update to every device of the document but the one it came from (Hocuspocus sends it back
   * to its sender too: each edit would travel once more than needed).
   */
  const journal: Extension = {
    extensionName: 'SendeplanJournal',
    async afterLoadDocument({ document, documentName }) {
      document.on('update', (update: Uint8Array) => {
        if (!deleted.has(documentName)) store.append(documentName, update);
      });
      let sender: unknown = null;
      document.on('beforeTransaction', (transaction: Y.Transaction) => {
        const origin = transaction.origin as { source?: unknown; connection?: unknown } | null;
        sender = origin?.source === 'connection' ? origin.connection : null;
      });
      const internals = document as unknown as Broadcasting;
      const broadcastUpdate = internals.broadcastUpdate.bind(document);
      const broadcast = internals.broadcast;
      internals.broadcastUpdate = (update) => {
        internals.broadcast = (encode, filter) =>
          broadcast.call(document, encode, (c) => c !== sender && (filter?.(c) ?? true));
        try {
          broadcastUpdate(update);
        } finally {
          internals.broadcast = broadcast;
        }
      };
    },
  };

  const hocuspocus = new Hocuspocus({
    name: 'sendeplan-relay',
    quiet: true,
    debounce: options.storeDebounceMs ?? 5_000,
    maxDebounce: 30_000,
    timeout: 30_000,
    maxUnauthenticatedQueueSize: limits.maxUnauthenticatedBytes,
    maxUnauthenticatedQueueMessages: limits.maxUnauthenticatedMessages,
    maxPendingDocuments: 4,
    // Each update is sent on at once, by itself: the sender is known then and left out (journal).
    flushDelay: false,
    extensions: [
      ...(options.redis
        ? [new Redis({ ...options.redis, prefix: options.redis.prefix ?? 'sendeplan' })]
        : []),
      new Database({
        fetch: async ({ documentName }) => store.load(documentName),
        // The state was encoded just now, after every journal entry so far was applied (no await
        // between them): those entries can go.
        store: async ({ documentName, state }) =>
          store.store(documentName, state, store.lastSeq(documentName)),
      }),
      journal,
    ],
    async onAuthenticate({ documentName, token, instance }) {
      const reason = await authorize(documentName, token);
      if (reason) throw refusal(reason);
      const loaded = instance.documents.has(documentName) || instance.loadingDocuments.has(documentName);
      if (!loaded && instance.documents.size + instance.loadingDocuments.size >= limits.maxDocuments)
        throw refusal('busy');
    },
  });

  // A workspace deleted by the admin command (another process on the same file) closes at once.
  let tombstonesSeen = Date.now() - 1;
  const tombstones = setInterval(() => {
    for (const { name, at } of store.deletedSince(tombstonesSeen)) {
      tombstonesSeen = Math.max(tombstonesSeen, at);
      deleted.add(name);
      // Each device is told why (the app shows it); a device that tries again is refused.
      hocuspocus.documents
        .get(name)
        ?.connections.forEach((_clients, connection) => connection.close({ code: 4403, reason: 'deleted' }));
      void files.remove(name);
      log(`relay: workspace ${name} deleted, its connections closed`);
    }
  }, TOMBSTONE_POLL_MS);
  tombstones.unref();

  const server = http.createServer((request, response) => {
    if (handleFileRequest(request, response, files, authorize)) return;
    if (pathOf(request.url) === '/health') {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify({ documents: hocuspocus.getDocumentsCount(), connections: sockets.size }));
      return;
    }
    response.writeHead(426, { 'Content-Type': 'text/plain; charset=utf-8', Upgrade: 'websocket' });
    response.end('Sendeplan-Relay: mit WebSocket verbinden\n');
  });
  server.on('clientError', (_error, socket) => socket.destroy());
  // A large file takes longer than Node's 5 minutes for a whole request on a slow line; a stalled
  // upload is cut by the file store's idle timeout instead. Headers still have to arrive in time.
  server.requestTimeout = 0;
  server.headersTimeout = 60_000;

  // The hub listens for upgrades on its own emitter; /hub upgrades are handed to it.
  const hubFront = Object.assign(new EventEmitter(), {
    listening: true,
    address: () => server.address(),
  }) as unknown as http.Server;
  const wss = new WebSocketServer({
    noServer: true,
    clientTracking: false,
    perMessageDeflate: false,
    maxPayload: limits.maxMessageBytes,
  });
  const sockets = new Set<WebSocket>();
  const perIp = new Map<string, number>();
  let closed = false;

  function accept(ws: WebSocket, request: http.IncomingMessage, ip: string) {
    sockets.add(ws);
    const client = hocuspocus.handleConnection(ws, webRequest(request));
    ws.on('message', (data) => client.handleMessage(toBytes(data)));
    ws.on('error', (error) => {
      log(`relay: connection from ${ip} closed: ${error.message}`);
      ws.terminate();
    });
    ws.on('close', (code, reason) => {
      sockets.delete(ws);
      const count = (perIp.get(ip) ?? 1) - 1;
      if (count === 0) perIp.delete(ip);
      else perIp.set(ip, count);
      client.handleClose({ code, reason: reason.toString() });
    });
  }

  server.on('upgrade', (request: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    if (pathOf(request.url) === HUB_PATH) return void hubFront.emit('upgrade', request, socket, head);
    if (closed) return refuse(socket, 503, 'Service Unavailable');
    const ip = request.socket.remoteAddress ?? '?';
    const fromIp = perIp.get(ip) ?? 0;
    if (fromIp >= limits.maxConnectionsPerIp || sockets.size >= limits.maxConnections) {
      log(`relay: connection from ${ip} refused: too many connections`);
      return refuse(socket, 429, 'Too Many Requests');
    }
    perIp.set(ip, fromIp + 1);
    wss.handleUpgrade(request, socket, head, (ws) => accept(ws, request, ip));
  });

  await listen(server, options.port ?? 5190, options.host ?? '127.0.0.1');
  let hub: Hub;
  try {
    hub = await startHub({ server: hubFront, path: HUB_PATH, log });
  } catch (error) {
    server.close();
    throw error;
  }
  const address = server.address() as AddressInfo;
  const base = `ws://${urlHost(options.host ?? address.address)}:${address.port}`;
  let closing: Promise<void> | undefined;
  return {
    url: base,
    hubUrl: `${base}${HUB_PATH}`,
    port: address.port,
    hocuspocus,
    close: () =>
      (closing ??= (async () => {
        closed = true;
        clearInterval(tombstones);
        await hub.close();
        await closeGracefully([...sockets], 1_000);
        wss.close();
        const done = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeAllConnections();
        await done;
        await hocuspocus.hooks('onDestroy', { instance: hocuspocus });
        files.close();
        store.close();
      })()),
  };
}
