// Browser mode starts offline: the service worker keeps the built app, IndexedDB keeps the board.
// These tests start servers of their own, to stop and start them again on the same port.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { decodeInvite } from '../../shared/invite';
import { expect, test } from './harness';
import { violations } from './harness/axe';
import { startAppServer, type AppServer } from './harness/server';
import { cardButton, copyInvite, createWorkspace, join, status } from './steps';

/** A port that is free now, to start a server on and start it again on later. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Waits until the page's service worker is active, i.e. the app is in the browser's cache. */
async function cachedForOffline(page: Page): Promise<void> {
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(scope).toBe(new URL('/', page.url()).href);
}

async function addCard(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: 'Karte in „Ideen“ hinzufügen' }).click();
  await page.getByLabel('Titel der neuen Karte').pressSequentially(title, { delay: 20 });
  await page.getByLabel('Titel der neuen Karte').press('Enter');
  await expect(cardButton(page, title)).toBeVisible();
}

test('with the serve host gone, a reload starts the app offline; back on the same port, the edits reach a colleague @peers', async ({
  openPeer,
}) => {
  const port = await freePort();
  // Bound to all addresses, as for colleagues on the LAN (inside the namespace: 10.99.0.x).
  let server: AppServer = await startAppServer({ host: '0.0.0.0', port });
  try {
    expect(server.url).toBe(`http://127.0.0.1:${port}`);
    await expect
      .poll(() => server.output())
      .toContain(`Kolleg:innen im LAN öffnen / colleagues on the LAN open:\n  http://10.99.0.`);
    const [anna, ben] = await Promise.all([
      openPeer('anna', `${server.url}/`),
      openPeer('ben', `${server.url}/`),
    ]);
    await createWorkspace(anna.page, { me: 'Anna Berger' });
    // Anna opened the app by loopback; her invite names the hub by the addresses colleagues reach.
    const invite = await copyInvite(anna.page);
    const decoded = decodeInvite(invite);
    if (!decoded.ok) throw new Error('the invite shown in the settings must decode');
    expect(decoded.invite.hubs.length).toBeGreaterThan(0);
    for (const hub of decoded.invite.hubs)
      expect(hub).toMatch(new RegExp(`^ws://10\\.99\\.0\\.\\d+:${port}/hub$`));
    await join(ben.page, invite, 'Ben Schulz');
    await expect(status(anna.page)).toHaveText('Verbunden mit 1 Kolleg:in');
    await cachedForOffline(anna.page);

    await server.stop();
    await anna.page.reload();
    await expect(cardButton(anna.page, /Jubiläum/)).toBeVisible();
    await expect(status(anna.page)).not.toHaveText(/Verbunden/);
    const offline = 'Offline geplant: Rückblick Sommerfest';
    await addCard(anna.page, offline);
    await expect(cardButton(ben.page, offline)).toHaveCount(0);

    server = await startAppServer({ host: '0.0.0.0', port });
    await expect(status(anna.page)).toHaveText('Verbunden mit 1 Kolleg:in', { timeout: 30_000 });
    await expect(cardButton(ben.page, offline)).toBeVisible();
    // While the server was down, the hub connections were refused; nothing else may go wrong.
    const unexpected = [...anna.errors, ...ben.errors].filter(
      (e) => !/ERR_CONNECTION_REFUSED|WebSocket/.test(e),
    );
    expect(unexpected).toEqual([]);
  } finally {
    await server.stop();
  }
});

test('a new version is picked up when the user says so: "Neue Version — neu laden"', async ({ page }) => {
  // A copy of the build, so that this test can publish a "new version" of it.
  const root = await mkdtemp(path.join(tmpdir(), 'sendeplan-update-'));
  await cp('dist/renderer', root, { recursive: true });
  const server = await startAppServer({ root });
  try {
    await page.goto(`${server.url}/`);
    await createWorkspace(page, { example: false });
    await cachedForOffline(page);
    await expect(page.getByRole('button', { name: 'Neue Version — neu laden' })).toHaveCount(0);

    // The new build: a changed index.html, and the service worker that names its new revision.
    const index = path.join(root, 'index.html');
    await writeFile(
      index,
      (await readFile(index, 'utf8')).replace('<title>', '<meta name="build" content="2" /><title>'),
    );
    const sw = path.join(root, 'sw.js');
    const worker = await readFile(sw, 'utf8');
    // The hyphenation patterns, a script of their own loaded by the calendar, are kept offline too.
    expect(worker).toMatch(/"?url"?:\s*"assets\/hyphen-de-[0-9a-f]{8}\.js"/);
    const revised = worker.replace(
      /("?url"?:\s*"index\.html",\s*"?revision"?:\s*")[0-9a-f]+"/,
      '$1new-build"',
    );
    expect(revised, 'sw.js names the revision of index.html').not.toBe(worker);
    await writeFile(sw, revised);

    await page.reload();
    const update = page.getByRole('status').getByRole('button', { name: 'Neue Version — neu laden' });
    // The browser looks for a new service worker on navigation and installs it first.
    await expect(update).toBeVisible({ timeout: 30_000 });
    // The old version keeps working until then.
    await expect(page.locator('meta[name="build"]')).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Ideen' })).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('update-banner.png') });
    expect(await violations(page), 'light').toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await violations(page), 'dark').toEqual([]);
    await page.screenshot({ path: test.info().outputPath('update-banner-dark.png') });

    await update.click();
    await expect(page.locator('meta[name="build"]')).toHaveCount(1);
    await expect(update).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Ideen' })).toBeVisible();
  } finally {
    await server.stop();
    await rm(root, { recursive: true, force: true });
  }
});
