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
  try {
    const response = await fetch('./hub-info.json', { cache: 'no-store' });
    if (!response.ok) return [];
    const info: unknown = await response.json();
    const hubs = (info as { hubs?: unknown }).hubs;
    if (!Array.isArray(hubs) || hubs.length === 0) return [];
    // The page's own host is the address this browser reached the server by: use it for the hub too.
    return hubs.filter(isHubUrl).map((url) => {
      const hub = new URL(url);
      hub.protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
      hub.host = location.host;
      return hub.toString();
    });
  } catch {
    return [];
  }
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

/** The hubs worth putting into an invite. */
export function shareableHubs(hubs: readonly string[]): string[] {
  return [...new Set(hubs)].filter((url) => isHubUrl(url) && !isLoopbackHub(url));
}
