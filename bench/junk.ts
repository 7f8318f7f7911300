/*
 * A colleague sends 10 MB of junk: three peers, each its own Chromium with its own profile, seeded
 * with the example plan, meet through the bench server's hub over real WebRTC inside the network
 * namespace. One of them holds the secret and turns hostile: through the test hook
 * (renderer/sync/testHook.ts, on by its flag in that profile only) it writes 10 MB into a card's
 * brief in 100,000-character pieces, then a 100,000-character title and tag (as
 * tests/e2e/peerJunk.spec.ts does, with the same fixture). The figure is the longest main-thread
 * task (PerformanceObserver 'longtask', over 50 ms) on the two receiving peers, from the first piece
 * sent until both show the card cut and marked as damaged.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import * as Y from 'yjs';
import { exampleDoc, writeHugeStrings } from '../tests/e2e/poisoned';
import { profileContext, seed, type Launch, type SeededWorkspace } from './browser';
import { figure, notMeasured, type Figure } from './figures';

const SIZE = 10_000_000;
const CHUNK = 100_000;
const LIMIT_MS = 200;
const LABEL = 'junk: longest task on the receiving peers while a colleague sends 10 MB';

/** Notes the page's long tasks from its start: `window.__longTasks`, in ms. */
const LONG_TASKS = `(() => {
  const tasks = (window.__longTasks = []);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push(entry.duration);
  }).observe({ type: 'longtask' });
})();`;

/** The test hook's flag, set before the app's script reads it. */
const HOSTILE = `localStorage.setItem('sendeplan.testHook', '1');`;

interface Peer {
  context: BrowserContext;
  page: Page;
}

async function startPeer(url: string, ws: SeededWorkspace, launch: Launch, name: string, script: string) {
  const context = await profileContext(launch, `junk-${name}`, {
    viewport: { width: 1366, height: 768 },
    initScript: script,
  });
  await seed(context, url, ws);
  const page = await context.newPage();
  await page.goto(`${url}/`);
  return { context, page };
}

const connected = (page: Page, colleagues: number) =>
  page
    .getByRole('status')
    .filter({ hasText: `Verbunden mit ${colleagues} Kolleg:innen` })
    .waitFor({ timeout: 60_000 });

/** Waited for in the page by class, cheaply: role queries would add tasks of their own. */
const showsJunkMarked = (page: Page) =>
  page.waitForFunction(
    () =>
      [...document.querySelectorAll('.card.damaged .card-title')].some((title) =>
        title.textContent?.startsWith('Shitstorm'),
      ),
    null,
    { timeout: 120_000, polling: 250 },
  );

export async function junkBenchmark(
  url: string,
  out: string,
  launch: Launch,
  log: (line: string) => void,
): Promise<Figure> {
  const target = `≤ ${LIMIT_MS} ms`;
  const doc = exampleDoc();
  const me = [...doc.getMap<Y.Map<unknown>>('people').keys()][0]!;
  const file = 'bench-junk.bin';
  writeFileSync(join(out, 'renderer', file), Y.encodeStateAsUpdate(doc));
  const ws: SeededWorkspace = {
    id: `bench-junk-${Date.now().toString(36)}`,
    name: 'Social Media Müller GmbH',
    secret: 'secret-junk-0123456789abcdef',
    me,
    file: `/${file}`,
    cards: 20,
  };
  const peers: Peer[] = [];
  try {
    const hostile = await startPeer(url, ws, launch, 'hostile', HOSTILE);
    peers.push(hostile);
    const receivers = [
      await startPeer(url, ws, launch, 'ben', LONG_TASKS),
      await startPeer(url, ws, launch, 'carl', LONG_TASKS),
    ];
    peers.push(...receivers);
    for (const peer of peers) await connected(peer.page, 2);
    log('junk: 3 peers connected; one sends 10 MB in 100,000-character pieces');

    // The junk is made in Node from the same state and applied in the hostile page as a peer's update.
    const junk = new Y.Doc();
    Y.applyUpdate(junk, Y.encodeStateAsUpdate(doc));
    const updates: string[] = [];
    junk.on('update', (update: Uint8Array) => updates.push(Buffer.from(update).toString('base64')));
    writeHugeStrings(junk, /Tutorial-Reel/, SIZE, CHUNK);
    for (const receiver of receivers)
      await receiver.page.evaluate(() => {
        (window as unknown as { __longTasks: number[] }).__longTasks.length = 0;
      });
    for (const update of updates)
      await hostile.page.evaluate(
        (u) =>
          (
            window as unknown as { sendeplanTest: { applyUpdate: (b: string) => void } }
          ).sendeplanTest.applyUpdate(u),
        update,
      );
    await Promise.all(receivers.map((r) => showsJunkMarked(r.page)));
    const tasks = await Promise.all(
      receivers.map((r) =>
        r.page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks),
      ),
    );
    const longest = Math.max(0, ...tasks.flat());
    const note = `each receiver's long tasks (ms): ${tasks
      .map((list) => list.map(Math.round).join(' ') || 'none')
      .join(' | ')}`;
    return figure('junk.longestTask', LABEL, longest, 'ms', LIMIT_MS, note, {
      receivers: receivers.length,
      pieces: updates.length,
    });
  } catch (error) {
    return notMeasured('junk.longestTask', LABEL, 'ms', target, `the run failed: ${String(error)}`);
  } finally {
    for (const peer of peers) await peer.context.close().catch(() => {});
  }
}
