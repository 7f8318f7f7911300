/*
 * Which signaling hubs a workspace connects through: the local one (the desktop app's own hub,
 * or in browser mode the hub of the server that served the page), plus those from the invite and
 * those added or pinned by hand. Hubs of colleagues' desktop apps found on the LAN (mDNS) are only
 * offered (discoveredHubs): anyone on the network can announce one, so it is used once the user
 * pins it. Invites carry only hubs others can reach: never loopback addresses.
 */
import { isHubUrl } from '../../shared/invite';

export async function localHubs(): Promise<string[]> {
  const desktop = window.desktop;
  if (desktop) {
    const hub = await desktop.localHub().catch(() => null);
    return hub ? [hub.url] : [];
  }
  if (location.protocol !== 'http:' && location.protocol !== 'https:') return [];
  const served = hubsFromInfo(await hubInfo(), new URL(location.href));
  servedLanHubs = served.lanHubs;
  serverAddresses = served.serverAddresses;
  return served.hubs;
}

/**
 * The hubs to connect through: the local ones, and the workspace's hubs that are not the serving
 * server under another address. Two connections to one hub would hand every signal to the
 * colleagues twice, and a WebRTC handshake that sees its offer twice fails.
 */
export function hubsToConnect(
  local: readonly string[],
  workspaceHubs: readonly string[],
  sameServer: readonly string[] = serverAddresses,
): string[] {
  const same = new Set([...local, ...sameServer]);
  return [...new Set([...local, ...workspaceHubs.filter((hub) => !same.has(hub))])];
}

const HUB_INFO_KEY = 'sendeplan.hubInfo';

/**
 * `serve`'s /hub-info.json, or the last one this browser read from it: a page started offline
 * (from the service worker's cache) still knows its hub, and reconnects once the server is back.
 */
async function hubInfo(): Promise<unknown> {
  try {
    const response = await fetch('./hub-info.json', { cache: 'no-store' });
    if (response.ok) {
      const info: unknown = await response.json();
      localStorage.setItem(HUB_INFO_KEY, JSON.stringify(info));
      return info;
    }
  } catch {
    // The server is not there: fall back to what it said last.
  }
  try {
    return JSON.parse(localStorage.getItem(HUB_INFO_KEY) ?? 'null');
  } catch {
    return null;
  }
}

/** Hubs `serve` named for colleagues on the LAN, for the invites of a page opened on loopback. */
let servedLanHubs: readonly string[] = [];
/** Every address of the serving server's hub: the same hub as the local one. */
let serverAddresses: readonly string[] = [];

/**
 * Reads `serve`'s /hub-info.json. `hubs` are to connect through: the server's hub at the page's own
 * host, which is the address this browser reached the server by. `lanHubs` are for invites: when
 * the page was opened by a loopback name (the colleague who runs `serve`), that name is no use to
 * anyone else, so the invite carries the LAN addresses the server listed instead.
 */
export function hubsFromInfo(
  info: unknown,
  page: URL,
): { hubs: string[]; lanHubs: string[]; serverAddresses: string[] } {
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
  const serverAddresses = list(record.lanHubs);
  const lanHubs = isLoopbackHub(page.href) ? serverAddresses : [];
  return { hubs, lanHubs, serverAddresses };
}

/** Desktop: the hubs announced on the LAN, to offer for pinning (never used before that). */
export async function discoveredHubs(): Promise<string[]> {
  const hubs = (await window.desktop?.lanHubs().catch(() => [] as string[])) ?? [];
  return hubs.filter(isHubUrl);
}

export function isLoopbackHub(url: string): boolean {
  const host = new URL(url).hostname;
  return host === 'localhost' || host === '[::1]' || host.startsWith('127.');
}

/** The hubs worth putting into an invite: those others can reach, with the LAN addresses `serve` named. */
export function shareableHubs(hubs: readonly string[], lanHubs: readonly string[] = servedLanHubs): string[] {
  return [...new Set([...hubs, ...lanHubs])].filter((url) => isHubUrl(url) && !isLoopbackHub(url));
}
