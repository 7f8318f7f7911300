// How every Chromium of the e2e suite is started: Debian's /usr/bin/chromium (never a
// Playwright browser download, which is blocked here) with the flags tests/e2e/README.md names.
import { inNetns } from './env';

export const chromiumPath = process.env.SENDEPLAN_CHROMIUM ?? '/usr/bin/chromium';

const baseArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Launch flags. Inside the namespace, local addresses are not hidden behind mDNS names, so peers
 * connect on host candidates as on an offline LAN. Outside it, WebRTC must not send anything:
 * only proxied UDP is allowed and there is no proxy, so no candidate is ever gathered (checked
 * with Chromium 156: zero candidates. Note: the similar --force-webrtc-ip-handling-policy switch
 * does NOT stop gathering).
 */
export function chromiumArgs(): string[] {
  return inNetns()
    ? [...baseArgs, '--disable-features=WebRtcHideLocalIpsWithMdns']
    : [...baseArgs, '--webrtc-ip-handling-policy=disable_non_proxied_udp'];
}
