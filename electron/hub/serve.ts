// Browser mode: one HTTP server on one port serves the built renderer (staticFiles.ts), tells the
// app its hub (GET /hub-info.json) and carries the signaling hub (WebSocket upgrade on /hub).
// Used by `npm run serve` (serveCli.ts) and started programmatically by tests and the e2e harness.
import { access, realpath } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { announceHub } from './discovery';
import { startHub, type Hub, type HubLimits } from './hub';
import { isLoopbackHost, lanHosts } from './lanAddresses';
import { listen, pathOf } from './sockets';
import { sendText, SECURITY_HEADERS, serveStatic } from './staticFiles';

export const HUB_PATH = '/hub';

export interface ServeOptions {
  /** The built renderer (dist/renderer); must contain index.html. */
  rootDir: string;
  /** Default 127.0.0.1 (this machine only); 0.0.0.0 serves the LAN. */
  host?: string;
  /** Default 5180; 0 picks a free port. */
  port?: number;
  /** When the port is taken: true (default) fails, false falls back to a free port. */
  strictPort?: boolean;
  /** Announce the hub on the LAN via mDNS (discovery.ts). Ignored on loopback. Default false. */
  announce?: boolean;
  hubLimits?: Partial<HubLimits>;
  /** Origins besides the server's own that may use its hub (`--allow-origin`, guards.ts). */
  allowedOrigins?: string[];
  log?: (line: string) => void;
  /** The hosts colleagues reach this server by; default: from `host` and the network interfaces. */
  lanHosts?: readonly string[];
}

export interface RunningServer {
  /** http:// URL to open in a browser. */
  url: string;
  /** ws:// URL of the hub on the same port. */
  hubUrl: string;
  /** http:// URLs colleagues on the LAN open (none when bound to loopback). */
  lanUrls: string[];
  port: number;
  /** The requested port was taken and a free one was used instead. */
  portFallback: boolean;
  close(): Promise<void>;
}

/** Thrown when rootDir holds no built renderer. */
export class MissingBuildError extends Error {}

export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const log = options.log ?? (() => {});
  const host = options.host ?? '127.0.0.1';
  const rootDir = await builtRoot(options.rootDir);

  // Filled in once the port is known; /hub-info.json hands these hubs to the app for invites.
  const lanHubs: string[] = [];
  const server = http.createServer((request, response) => {
    handle(rootDir, lanHubs, request, response).catch((error: unknown) => {
      log(
        `serve: ${request.method} ${request.url}: ${error instanceof Error ? error.message : String(error)}`,
      );
      if (!response.headersSent) sendText(response, 500, 'Interner Fehler\n');
      else response.destroy();
    });
  });
  server.on('clientError', (_error, socket) => socket.destroy());

  let portFallback = false;
  try {
    await listen(server, options.port ?? 5180, host);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || options.strictPort !== false) throw error;
    await listen(server, 0, host);
    portFallback = true;
  }
  const port = (server.address() as AddressInfo).port;
  const lan = options.lanHosts ?? lanHosts(host, os.networkInterfaces());
  lanHubs.push(...lan.map((lanHost) => `ws://${lanHost}:${port}${HUB_PATH}`));
  let hub: Hub;
  try {
    hub = await startHub({
      server,
      path: HUB_PATH,
      limits: options.hubLimits,
      allowedOrigins: options.allowedOrigins,
      requireTimestamps: true,
      log,
    });
  } catch (error) {
    server.close();
    throw error;
  }

  let stopAnnouncing: (() => Promise<void>) | undefined;
  if (options.announce) {
    if (isLoopbackHost(host))
      log('serve: --announce ignored: bound to loopback, colleagues could not connect');
    else stopAnnouncing = announceHub({ port, name: os.hostname(), path: HUB_PATH, log });
  }

  const shown = displayHost(host);
  let closing: Promise<void> | undefined;
  return {
    url: `http://${shown}:${port}`,
    hubUrl: `ws://${shown}:${port}${HUB_PATH}`,
    lanUrls: lan.map((lanHost) => `http://${lanHost}:${port}`),
    port,
    portFallback,
    close: () =>
      (closing ??= (async () => {
        await stopAnnouncing?.();
        await hub.close();
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeAllConnections();
        await closed;
      })()),
  };
}

async function handle(
  rootDir: string,
  lanHubs: readonly string[],
  request: http.IncomingMessage,
  response: http.ServerResponse,
): Promise<void> {
  const requestPath = pathOf(request.url);
  if (requestPath === '/hub-info.json' && (request.method === 'GET' || request.method === 'HEAD')) {
    // `hubs`: the hub as this browser reached the server; `lanHubs`: how colleagues reach it, for
    // the invite of a browser that reached the server by a loopback name.
    const body = JSON.stringify({ hubs: [`ws://${hostOf(request)}${HUB_PATH}`], lanHubs });
    response.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': String(Buffer.byteLength(body)),
      'Cache-Control': 'no-store',
    });
    response.end(request.method === 'HEAD' ? undefined : body);
    return;
  }
  if (requestPath === HUB_PATH) {
    sendText(response, 426, 'Der Hub spricht WebSocket.\n', { Upgrade: 'websocket' });
    return;
  }
  await serveStatic(rootDir, requestPath, request, response);
}

/**
 * The host:port the browser used to reach us: the hub is on the same port, and that name is the
 * one that works from the colleague's machine. Only a plain host[:port] is echoed back.
 */
function hostOf(request: http.IncomingMessage): string {
  const header = request.headers.host ?? '';
  if (/^([A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*|\[[0-9A-Fa-f:.]+\])(:\d{1,5})?$/.test(header)) return header;
  const local = request.socket.localAddress ?? '127.0.0.1';
  const host = local.includes(':') ? `[${local}]` : local;
  return `${host}:${request.socket.localPort}`;
}

async function builtRoot(rootDir: string): Promise<string> {
  const missing = () =>
    new MissingBuildError(
      `Die gebaute App fehlt: ${path.join(path.resolve(rootDir), 'index.html')} nicht gefunden. ` +
        'Zuerst `npm run build:renderer` ausführen (oder `npm run serve`, das baut).',
    );
  let real: string;
  try {
    real = await realpath(path.resolve(rootDir));
    await access(path.join(real, 'index.html'));
  } catch {
    throw missing();
  }
  return real;
}

/**
 * A host to print in the URL for this machine: for a wildcard bind, loopback, which a browser
 * treats as a secure context (the offline start needs one); colleagues get `lanUrls`.
 */
function displayHost(host: string): string {
  if (host === '0.0.0.0') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}
