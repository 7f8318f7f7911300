// LAN discovery of hubs over mDNS/DNS-SD (bonjour-service): the thin glue around
// discoveryRecords.ts. Many office networks drop multicast and some machines cannot bind port
// 5353, so discovery is best effort: every failure is logged and swallowed, and a caller never
// sees a throw or a rejected promise. bonjour-service and multicast-dns throw from socket
// callbacks unless given error handlers, so both get one (see createBonjour).
//
// Browsing re-queries every `refreshMs` with a fresh browser and forgets hubs not seen for
// 2.5 refreshes: bonjour-service keeps services for their PTR TTL (8 hours) unless a goodbye
// arrives, and a laptop that sleeps or leaves the Wi-Fi sends none.
import { randomUUID } from 'node:crypto';
import type { EventEmitter } from 'node:events';
import Bonjour from 'bonjour-service';
import {
  HUB_SERVICE_TYPE,
  HubTable,
  hubFromService,
  instanceName,
  recordKey,
  txtFor,
  type DiscoveredHub,
  type ServiceRecord,
} from './discoveryRecords';

export { HUB_SERVICE_TYPE, type DiscoveredHub } from './discoveryRecords';

/** Identifies this process's announcements, so that browseHubs skips our own hub. */
export const LOCAL_INSTANCE_ID = randomUUID();

type Log = (line: string) => void;

/** The part of bonjour-service used here; tests pass a fake so that nothing goes on the network. */
export interface BonjourLike {
  publish(config: {
    name: string;
    type: string;
    protocol: 'tcp';
    port: number;
    txt: Record<string, string>;
  }): unknown;
  unpublishAll(callback: () => void): void;
  find(config: { type: string; protocol: 'tcp' }): BrowserLike;
  destroy(callback?: () => void): void;
}

export interface BrowserLike {
  on(event: 'up' | 'down' | 'srv-update' | 'txt-update', listener: (service: ServiceRecord) => void): unknown;
  stop(): void;
}

export interface DiscoveryDeps {
  createBonjour: (log: Log) => BonjourLike;
  now: () => number;
}

const defaultDeps: DiscoveryDeps = { createBonjour, now: () => Date.now() };

function createBonjour(log: Log): BonjourLike {
  const bonjour = new Bonjour({}, (error: Error) => log(`discovery: mDNS send failed: ${error.message}`));
  // multicast-dns emits 'error' when it cannot bind 5353 (EADDRINUSE, EACCES); unhandled, that
  // crashes the process. The emitter is private to bonjour-service (1.x), hence the probe; if a
  // future version moves it, discovery is switched off rather than left able to crash the app.
  const mdns = (bonjour as unknown as { server?: { mdns?: EventEmitter } }).server?.mdns;
  if (typeof mdns?.on !== 'function') {
    bonjour.destroy();
    throw new Error('cannot guard bonjour-service against socket errors; discovery off');
  }
  let reported = false; // multicast-dns repeats the bind error on every send
  mdns.on('error', (error: Error) => {
    if (!reported) log(`discovery: mDNS unavailable, hubs must be entered by hand: ${error.message}`);
    reported = true;
  });
  mdns.on('warning', () => {}); // per-interface membership failures; harmless
  return bonjour as unknown as BonjourLike;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function destroyQuietly(bonjour: BonjourLike | undefined, log: Log): Promise<void> {
  return new Promise((resolve) => {
    if (bonjour === undefined) return resolve();
    const timer = setTimeout(resolve, 1000);
    try {
      bonjour.destroy(() => {
        clearTimeout(timer);
        resolve();
      });
    } catch (error) {
      log(`discovery: closing mDNS failed: ${messageOf(error)}`);
      clearTimeout(timer);
      resolve();
    }
  });
}

/**
 * Announces a hub listening on `port` (all interfaces) until the returned stop function is
 * called; stop sends mDNS goodbyes so browsers drop the hub at once.
 */
export function announceHub(
  options: { port: number; name: string; path?: string; log?: Log },
  deps: DiscoveryDeps = defaultDeps,
): () => Promise<void> {
  const log = options.log ?? (() => {});
  let bonjour: BonjourLike | undefined;
  try {
    bonjour = deps.createBonjour(log);
    bonjour.publish({
      name: instanceName(options.name, LOCAL_INSTANCE_ID),
      type: HUB_SERVICE_TYPE,
      protocol: 'tcp',
      port: options.port,
      txt: txtFor({ id: LOCAL_INSTANCE_ID, path: options.path ?? '/', name: options.name }),
    });
  } catch (error) {
    log(`discovery: announcing the hub failed, colleagues must enter its address: ${messageOf(error)}`);
  }
  let stopping: Promise<void> | undefined;
  return () => {
    stopping ??= new Promise<void>((resolve) => {
      const instance = bonjour;
      if (instance === undefined) return resolve();
      const timer = setTimeout(done, 1000); // goodbyes are best effort
      let finished = false;
      function done() {
        if (finished) return;
        finished = true;
        clearTimeout(timer);
        void destroyQuietly(instance, log).then(resolve);
      }
      try {
        instance.unpublishAll(done);
      } catch (error) {
        log(`discovery: withdrawing the announcement failed: ${messageOf(error)}`);
        done();
      }
    });
    return stopping;
  };
}

/**
 * Browses for hubs and calls `onChange` with the full current list whenever it changes (never
 * with our own hub). Returns a stop function.
 */
export function browseHubs(
  onChange: (hubs: DiscoveredHub[]) => void,
  options: { log?: Log; refreshMs?: number } = {},
  deps: DiscoveryDeps = defaultDeps,
): () => Promise<void> {
  const log = options.log ?? (() => {});
  const refreshMs = options.refreshMs ?? 60_000;
  const table = new HubTable();
  let last = '[]';
  let stopped = false;
  let bonjour: BonjourLike | undefined;
  let browser: BrowserLike | undefined;

  const publish = () => {
    const hubs = table.list();
    const json = JSON.stringify(hubs);
    if (json === last || stopped) return;
    last = json;
    try {
      onChange(hubs);
    } catch (error) {
      log(`discovery: onChange threw: ${messageOf(error)}`);
    }
  };
  const onSeen = (service: ServiceRecord) => {
    const hub = hubFromService(service, LOCAL_INSTANCE_ID);
    if (hub) table.seen(hub, deps.now());
    else table.forget(recordKey(service)); // e.g. a TXT update to an unsupported version
    publish();
  };
  const onGone = (service: ServiceRecord) => {
    table.forget(recordKey(service));
    publish();
  };
  const restartBrowser = () => {
    browser?.stop();
    browser = bonjour?.find({ type: HUB_SERVICE_TYPE, protocol: 'tcp' });
    browser?.on('up', onSeen);
    browser?.on('srv-update', onSeen);
    browser?.on('txt-update', onSeen);
    browser?.on('down', onGone);
  };

  try {
    bonjour = deps.createBonjour(log);
    restartBrowser();
  } catch (error) {
    log(`discovery: browsing for hubs failed: ${messageOf(error)}`);
  }
  const timer = setInterval(() => {
    try {
      table.prune(deps.now(), refreshMs * 2.5);
      publish();
      restartBrowser();
    } catch (error) {
      log(`discovery: refreshing failed: ${messageOf(error)}`);
    }
  }, refreshMs);
  timer.unref();

  return async () => {
    if (stopped) return;
    stopped = true;
    clearInterval(timer);
    try {
      browser?.stop();
    } catch (error) {
      log(`discovery: stopping the browser failed: ${messageOf(error)}`);
    }
    await destroyQuietly(bonjour, log);
  };
}
