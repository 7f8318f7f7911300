// What tests/e2e/run.mjs hands to the tests through the environment, read in one place.
//
// SENDEPLAN_URL   the served app, e.g. http://127.0.0.1:41234 (the serve CLI's random port)
// SENDEPLAN_HUB   the y-webrtc signaling hub on the same port, e.g. ws://127.0.0.1:41234/hub
// SENDEPLAN_NETNS "1" only when the whole run is inside the harness's own network namespace
//                 (tests/e2e/README.md). Real WebRTC between peers may run there and nowhere else.
// SENDEPLAN_ALLOW_SKIP_PEERS "1" lets a developer without root skip peer tests instead of
//                 failing them; CI never sets it, so a missing namespace fails loudly there.
import type { TestInfo } from '@playwright/test';

function required(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(
      `${name} is not set. Run the e2e suite through its harness: npm run test:e2e ` +
        `(it builds the app, starts the serve CLI and exports ${name}).`,
    );
  }
  return value;
}

export const appUrl = (): string => required('SENDEPLAN_URL');
export const hubUrl = (): string => required('SENDEPLAN_HUB');
export const inNetns = (): boolean => process.env.SENDEPLAN_NETNS === '1';

export const NO_NETNS_REASON =
  'Peer tests run real WebRTC and may only run inside the harness network namespace ' +
  '(tests/e2e/README.md; needs root, unshare and iproute2). This run is not inside one ' +
  '(SENDEPLAN_NETNS is not 1; tests/e2e/run.mjs printed why at its start).';

/**
 * Refuses to go on with a test that would start peers outside the namespace: fails it, or skips
 * it with the reason when SENDEPLAN_ALLOW_SKIP_PEERS=1.
 */
export function refusePeersOutsideNetns(testInfo: TestInfo): void {
  if (inNetns()) return;
  if (process.env.SENDEPLAN_ALLOW_SKIP_PEERS === '1') {
    console.log(`[peers] skipped "${testInfo.title}": not inside the harness network namespace.`);
    testInfo.skip(true, `${NO_NETNS_REASON} Skipped because SENDEPLAN_ALLOW_SKIP_PEERS=1.`);
    return;
  }
  throw new Error(
    `${NO_NETNS_REASON} Refusing to start peers. ` +
      'A developer without root may set SENDEPLAN_ALLOW_SKIP_PEERS=1 to skip these tests instead.',
  );
}
