/*
 * Which signaling hubs a workspace connects through: the local one (the desktop app's own hub,
 * or in browser mode the hub of the server that served the page), the hubs of colleagues' desktop
 * apps found on the LAN, plus those from the invite and those added by hand. Invites carry only hubs
 * others can reach: never loopback addresses.
 */
import { isHubUrl } from '../../shared/invite';

export async function localHubs(): Promise<string[]> {
  const desktop = window.desktop;
  if (desktop) {
    const [hub, lan] = await Promise.all([
      desktop.localHub().catch(() => null),
      desktop.lanHubs().catch(() => [] as string[]),
    ]);
    return [...(hub ? [hub.url] : []), ...lan.filter(isHubUrl)];
  }
  if (location.protocol !== 'http:' && location.protocol !== 'https:') return [];
  try {
    const response = await fetch('./hub-info.json', { cache: 'no-store' });
    if (!response.ok) return [];
    const served = hubsFromInfo(await response.json(), new URL(location.href));
    servedLanHubs = served.lanHubs;
    return served.hubs;
  } catch {
    return [];
  }
}

/** Hubs `serve` named for colleagues on the LAN, for the invites of a page opened on loopback. */
let servedLanHubs: readonly string[] = [];

/**
 * Reads `serve`'s /hub-info.json. `hubs` are to connect through: the server's hub at the page's own
 * host, which is the address this browser reached the server by. `lanHubs` are for invites: when
 * the page was opened by a loopback name (the colleague who runs `serve`), that name is no use to
 * anyone else, so the invite carries the LAN addresses the server listed instead.
 */
export function hubsFromInfo(info: unknown, page: URL): { hubs: string[]; lanHubs: string[] } {
  const list = (value: unknown) => (Array.isArray(value) ? value.filter(isHubUrl).slice(0, 8) : []);
  const record = typeof info === 'object' && info !== null ? (info as Record<string, unknown>) : {};
  const hubs = list(record.hubs).map((url) => {
    const hub = new URL(url);
    hub.protocol = page.protocol === 'https:' ? 'wss:' : 'ws:';
    // Both, since setting only `host` keeps the server's port when the page's has none (443).
    hub.hostname = page.hostname;
    hub.port = page.port;
    return hub.toString();
  });
  const lanHubs = isLoopbackHub(page.href) ? list(record.lanHubs) : [];
  return { hubs, lanHubs };
}

export function isLoopbackHub(url: string): boolean {
  const host = new URL(url).hostname;
  return host === 'localhost' || host === '[::1]' || host.startsWith('127.');
}

/** The hubs worth putting into an invite: those others can reach, with the LAN addresses `serve` named. */
export function shareableHubs(hubs: readonly string[], lanHubs: readonly string[] = servedLanHubs): string[] {
  return [...new Set([...hubs, ...lanHubs])].filter((url) => isHubUrl(url) && !isLoopbackHub(url));
}
