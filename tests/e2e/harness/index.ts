// The e2e fixtures. Specs import { test, expect } from here instead of '@playwright/test'.
//
//   app        a page in a fresh, isolated browser context, already at SENDEPLAN_URL
//   appErrors  console errors and page errors of `app`, collected from before navigation
//   appUrl     the served app's URL;  hubUrl  the signaling hub's ws:// URL (same port, /hub)
//   openPeer   openPeer(name, path?) starts a peer: its own Chromium process on its own profile
//   reopen     reopen(peer, { crash?, url? }) closes that Chromium entirely and relaunches it on
//              the same profile; returns the same Peer, whose `page` is then the new page
//
// Peers run real WebRTC, so they start only inside the harness network namespace
// (SENDEPLAN_NETNS=1, tests/e2e/README.md). A test that opens a peer, or whose title or tags carry
// @peers, fails outside it, or is skipped with the reason when SENDEPLAN_ALLOW_SKIP_PEERS=1.
import { test as base, type Page } from '@playwright/test';
import { appUrl, hubUrl, refusePeersOutsideNetns } from './env';
import { collectErrors } from './errors';
import { PeerPool, type Peer, type ReopenOptions } from './peers';

export { expect } from '@playwright/test';
export type { Peer, ReopenOptions } from './peers';
export { inNetns } from './env';

export interface E2eFixtures {
  appUrl: string;
  hubUrl: string;
  appErrors: string[];
  app: Page;
  openPeer: (name: string, path?: string) => Promise<Peer>;
  reopen: (peer: Peer, options?: ReopenOptions) => Promise<Peer>;
  peerGuard: void;
  peerPool: PeerPool;
}

export const test = base.extend<E2eFixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads fixture dependencies from this pattern.
  appUrl: async ({}, use) => use(appUrl()),
  // eslint-disable-next-line no-empty-pattern
  hubUrl: async ({}, use) => use(hubUrl()),
  // eslint-disable-next-line no-empty-pattern
  appErrors: async ({}, use) => use([]),
  app: async ({ page, appUrl, appErrors }, use) => {
    collectErrors(page, appErrors, 'app');
    await page.goto(appUrl);
    await use(page);
  },
  peerGuard: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use, testInfo) => {
      if (testInfo.tags.includes('@peers')) refusePeersOutsideNetns(testInfo);
      await use();
    },
    { auto: true },
  ],
  peerPool: async ({ appUrl }, use) => {
    const pool = new PeerPool(appUrl);
    await use(pool);
    await pool.disposeAll();
  },
  openPeer: async ({ peerPool }, use, testInfo) => {
    await use((name, path) => {
      refusePeersOutsideNetns(testInfo);
      return peerPool.open(name, path);
    });
  },
  reopen: async ({ peerPool }, use) => {
    await use((peer, options) => peerPool.reopen(peer, options));
  },
});
