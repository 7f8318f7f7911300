/*
 * The hubs of colleagues on the LAN, as main keeps them for the renderer (DesktopApi.lanHubs and
 * onLanHubsChanged). A thin layer over browseHubs (electron/hub/discovery.ts), which already skips
 * this process's own announcement (by its instance id), forgets hubs that vanished and survives
 * networks without multicast. Here the list becomes what the renderer needs: the ws:// URLs only,
 * each once, sorted, and a change is forwarded only when that list of URLs changes (a renamed hub
 * at the same address is no news for y-webrtc).
 */
import { browseHubs, type DiscoveredHub, type DiscoveryDeps } from '../hub/discovery';

export interface LanHubsWatch {
  /** The current URLs (a copy). */
  list(): string[];
  stop(): Promise<void>;
}

export interface LanHubsOptions {
  log?: (line: string) => void;
  refreshMs?: number;
  /** For tests: a fake bonjour, so that nothing goes on the network. */
  deps?: DiscoveryDeps;
}

/** The URLs of `hubs`, each once, in a stable order. */
export function hubUrls(hubs: readonly DiscoveredHub[]): string[] {
  return [...new Set(hubs.map((hub) => hub.url))].sort();
}

export function watchLanHubs(onChange: (urls: string[]) => void, options: LanHubsOptions = {}): LanHubsWatch {
  const log = options.log ?? (() => {});
  let urls: string[] = [];
  const stop = browseHubs(
    (hubs) => {
      const next = hubUrls(hubs);
      if (next.length === urls.length && next.every((url, i) => url === urls[i])) return;
      urls = next;
      onChange([...urls]);
    },
    {
      log,
      ...(options.refreshMs === undefined ? {} : { refreshMs: options.refreshMs }),
    },
    ...(options.deps ? [options.deps] : []),
  );
  return { list: () => [...urls], stop };
}
