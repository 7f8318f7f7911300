/*
 * The lifecycle of one run of the desktop app's own signaling hub (docs/architecture.md, "Sync"): started once on
 * `host` (127.0.0.1 unless told otherwise; lanHub.ts picks it) with the preferred port if it is free,
 * else a free one; asked for its URL by the renderer (possibly before it has finished starting:
 * `info()` waits); stopped on quit or before a restart with other settings.
 *
 * What must hold: a hub that fails to start never blocks the app (the renderer gets null and syncs
 * through other hubs), and stopping never hangs the quit (a close that takes longer than
 * `closeTimeoutMs` is abandoned; the process exits anyway).
 */
import type { LocalHubInfo } from '../../shared/ipc';

export interface RunningHub {
  url: string;
  port: number;
  close(): Promise<void>;
}

export type StartHub = (options: { host?: string; port?: number }) => Promise<RunningHub>;

export interface LocalHub {
  /** Starts the hub; later calls return the same attempt. After stop() it no longer starts. */
  start(): Promise<LocalHubInfo | null>;
  /** The hub's address once started, null if it is not running or could not start. */
  info(): Promise<LocalHubInfo | null>;
  /** The port the hub listens on once started, null if it is not running or could not start. */
  port(): Promise<number | null>;
  /** Closes the hub if it runs. Resolves within `closeTimeoutMs`. */
  stop(): Promise<void>;
}

export interface LocalHubOptions {
  /** Interface to listen on. Default 127.0.0.1. */
  host?: string;
  /** Try this port first (to keep the renderer's URL across a restart); 0 or absent: any free port. */
  preferredPort?: number;
  closeTimeoutMs?: number;
  log?: (message: string, error?: unknown) => void;
}

export function createLocalHub(startHub: StartHub, options: LocalHubOptions = {}): LocalHub {
  const closeTimeoutMs = options.closeTimeoutMs ?? 2000;
  const log = options.log ?? ((message, error) => console.error(message, error ?? ''));
  let starting: Promise<RunningHub | null> | null = null;
  let stopped = false;

  const host = options.host ?? '127.0.0.1';
  const preferredPort = options.preferredPort ?? 0;
  const startOnPreferredPort = async (): Promise<RunningHub> => {
    if (preferredPort === 0) return startHub({ host, port: 0 });
    try {
      return await startHub({ host, port: preferredPort });
    } catch (error) {
      log(`Sendeplan: port ${preferredPort} is taken; the local hub moves to another port.`, error);
      return startHub({ host, port: 0 });
    }
  };

  const start = (): Promise<RunningHub | null> => {
    if (stopped && !starting) return Promise.resolve(null);
    starting ??= startOnPreferredPort().then(
      (hub) => hub,
      (error: unknown) => {
        log('Sendeplan: the local hub could not start; syncing without it.', error);
        return null;
      },
    );
    return starting;
  };
  const toInfo = (hub: RunningHub | null): LocalHubInfo | null => (hub && !stopped ? { url: hub.url } : null);

  return {
    start: () => start().then(toInfo),
    info: () => (starting ? starting.then(toInfo) : Promise.resolve(null)),
    port: () =>
      starting ? starting.then((hub) => (hub && !stopped ? hub.port : null)) : Promise.resolve(null),
    async stop() {
      if (stopped) return;
      stopped = true;
      const hub = starting ? await starting : null;
      if (!hub) return;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<'timeout'>((resolve) => {
        timer = setTimeout(() => resolve('timeout'), closeTimeoutMs);
      });
      try {
        const outcome = await Promise.race([hub.close().then(() => 'closed' as const), timeout]);
        if (outcome === 'timeout') log(`Sendeplan: the local hub did not close within ${closeTimeoutMs} ms.`);
      } catch (error) {
        log('Sendeplan: closing the local hub failed.', error);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
