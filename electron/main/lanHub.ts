/*
 * The desktop app's hub and its presence on the LAN (docs/architecture.md, "Sync": "each desktop app runs one hub
 * and may announce it on the LAN via mDNS, so a team in a meeting room without internet still
 * syncs"). The device setting announceOnLan (settings.ts) decides, through `hubBinding`:
 *
 *   announceOnLan  listens on   announced via mDNS
 *   true           0.0.0.0      yes: colleagues' apps discover ws://<our LAN address>:PORT/
 *   false          127.0.0.1    no: only this app's own renderer can reach it
 *
 * Why listening on all interfaces is acceptable: the hub is a signaling relay only (electron/hub/
 * hub.ts). It sees random room ids and data y-webrtc has encrypted with the workspace secret, never
 * content; it bounds payloads, rates, topics and connections per peer. Someone on the LAN who
 * connects learns nothing and can at most relay their own messages. The user can switch it off.
 *
 * Whatever it binds, the URL this app's renderer gets stays ws://127.0.0.1:PORT (startHub reports
 * loopback for a wildcard bind); other apps get our LAN address from discovery on their side.
 *
 * What must hold:
 * - Runs are strictly sequential (a queue): a restart announces the new run only after the old run's
 *   mDNS goodbye was sent and its hub closed (bounded by localHub's close timeout), so two hubs of
 *   this app are never announced at once.
 * - A restart tries to keep the port, so y-webrtc's reconnect to the old URL just works; if the port
 *   is taken it moves, and `onChange` tells the renderer the new URL either way.
 * - A failed start never blocks the app (info() is null, nothing is announced), and after stop()
 *   nothing starts again.
 */
import type { LanSettings, LocalHubInfo } from '../../shared/ipc';
import { createLocalHub, type LocalHub, type StartHub } from './localHub';

export const LOOPBACK_HOST = '127.0.0.1';
export const ALL_INTERFACES_HOST = '0.0.0.0';

export interface HubBinding {
  host: typeof LOOPBACK_HOST | typeof ALL_INTERFACES_HOST;
  announce: boolean;
}

/** Where the hub listens and whether it is announced, for the given settings. Pure. */
export function hubBinding(settings: LanSettings): HubBinding {
  return settings.announceOnLan
    ? { host: ALL_INTERFACES_HOST, announce: true }
    : { host: LOOPBACK_HOST, announce: false };
}

/** Starts an mDNS announcement of a hub on `port`; the returned function withdraws it. */
export type Announce = (port: number) => () => Promise<void>;

export interface LanHubOptions {
  startHub: StartHub;
  announce: Announce;
  /** Called after a restart with the new local URL (null when the new run could not start). */
  onChange: (info: LocalHubInfo | null) => void;
  closeTimeoutMs?: number;
  log?: (message: string, error?: unknown) => void;
}

export interface LanHub {
  /**
   * Runs the hub as `settings` say: the first call starts it, later calls restart it when the
   * binding changes and do nothing otherwise. Resolves with the local address once applied.
   */
  apply(settings: LanSettings | PromiseLike<LanSettings>): Promise<LocalHubInfo | null>;
  /** The local address after every apply() called so far, null if the hub is not running. */
  info(): Promise<LocalHubInfo | null>;
  /** Withdraws the announcement, closes the hub; nothing starts afterwards. */
  stop(): Promise<void>;
}

interface Run {
  binding: HubBinding;
  hub: LocalHub;
  unannounce: (() => Promise<void>) | null;
}

export function createLanHub(options: LanHubOptions): LanHub {
  const log = options.log ?? ((message, error) => console.error(message, error ?? ''));
  let current: Run | null = null;
  let stopped = false;
  let queue: Promise<unknown> = Promise.resolve();

  const enqueue = <T>(task: () => Promise<T>): Promise<T> => {
    const result = queue.then(task);
    queue = result.catch(() => {});
    return result;
  };

  async function retire(run: Run): Promise<void> {
    // Goodbye first, so browsers drop the address before the hub behind it goes away.
    if (run.unannounce) {
      try {
        await run.unannounce();
      } catch (error) {
        log('Sendeplan: withdrawing the hub announcement failed.', error);
      }
    }
    await run.hub.stop();
  }

  async function launch(binding: HubBinding, preferredPort: number): Promise<Run> {
    const hub = createLocalHub(options.startHub, {
      host: binding.host,
      preferredPort,
      log,
      ...(options.closeTimeoutMs === undefined ? {} : { closeTimeoutMs: options.closeTimeoutMs }),
    });
    await hub.start();
    const port = await hub.port();
    let unannounce: Run['unannounce'] = null;
    if (binding.announce && port !== null) {
      try {
        unannounce = options.announce(port);
      } catch (error) {
        log('Sendeplan: announcing the hub failed; colleagues must enter its address.', error);
      }
    }
    return { binding, hub, unannounce };
  }

  return {
    apply(settings) {
      return enqueue(async () => {
        const binding = hubBinding(await settings);
        if (stopped) return null;
        const previous = current;
        if (
          previous &&
          previous.binding.host === binding.host &&
          previous.binding.announce === binding.announce
        ) {
          return previous.hub.info();
        }
        let preferredPort = 0;
        if (previous) {
          preferredPort = (await previous.hub.port()) ?? 0;
          current = null;
          await retire(previous);
        }
        current = await launch(binding, preferredPort);
        const info = await current.hub.info();
        if (previous) {
          try {
            options.onChange(info);
          } catch (error) {
            log('Sendeplan: reporting the restarted hub failed.', error);
          }
        }
        return info;
      });
    },
    info: () => enqueue(async () => (current ? current.hub.info() : null)),
    stop() {
      stopped = true;
      return enqueue(async () => {
        const run = current;
        current = null;
        if (run) await retire(run);
      });
    },
  };
}
