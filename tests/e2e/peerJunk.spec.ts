// What a colleague's device writes is read as carefully as a backup: a peer that holds the secret
// writes a meeting at 1e300 ms, a slot on 30.02. and 10 MB into card fields straight into her
// document (renderer/sync/testHook.ts), and it syncs like any edit of hers. The other colleague's
// board still shows, the bad records are marked, and no task blocks his window long.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './harness';
import { addFarMeeting, docOf, slotOnFebruary30, writeHugeStrings } from './poisoned';
import { pair, status } from './steps';

interface Hooked {
  sendeplanTest: { applyUpdate: (base64: string) => void };
}

const cards = (page: Page) => page.getByRole('button', { name: /^Karte öffnen: / });

/** Starts noting the main thread's long tasks (over 50 ms) of the page, in ms. */
function watchLongTasks(page: Page): Promise<void> {
  return page.evaluate(() => {
    const watched = window as Window & { longTasks?: number[] };
    watched.longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) watched.longTasks!.push(entry.duration);
    }).observe({ type: 'longtask' });
  });
}

const longTasks = (page: Page) =>
  page.evaluate(() => (window as Window & { longTasks?: number[] }).longTasks ?? []);

test('a colleague writes a meeting at 1e300 ms, a slot on 30.02. and 10 MB strings: the other board still shows, marked, and never freezes @peers', async ({
  openPeer,
  reopen,
}, testInfo) => {
  test.setTimeout(120_000);
  const [anna, ben] = await pair(openPeer);

  // Anna's device turns hostile: the test hook, and her state (from a backup) to build junk on.
  await anna.page.evaluate(() => localStorage.setItem('sendeplan.testHook', '1'));
  await anna.page.reload();
  await expect(status(anna.page)).toHaveText('Verbunden mit 1 Kolleg:in', { timeout: 30_000 });
  await anna.page.getByRole('button', { name: 'Einstellungen' }).click();
  const settings = anna.page.getByRole('dialog', { name: 'Einstellungen' });
  const [download] = await Promise.all([
    anna.page.waitForEvent('download'),
    settings.getByRole('button', { name: 'Sicherung speichern' }).click(),
  ]);
  const path = testInfo.outputPath('Sicherung.sendeplan');
  await download.saveAs(path);
  await settings.getByRole('button', { name: 'Fertig' }).click();
  const doc = docOf(await readFile(path, 'utf8'));
  const updates: string[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(Buffer.from(update).toString('base64')));
  writeHugeStrings(doc, /Tutorial-Reel/, 10_000_000, 100_000);
  addFarMeeting(doc);
  const slotted = slotOnFebruary30(doc, /Jubiläum: 75 Jahre/);
  await watchLongTasks(ben.page);
  for (const update of updates) {
    await anna.page.evaluate(
      (update) => (window as unknown as Hooked).sendeplanTest.applyUpdate(update),
      update,
    );
  }

  const marked = async (page: Page) => {
    await expect(page.locator('.card.damaged')).toHaveCount(2, { timeout: 30_000 });
    await expect(cards(page)).toHaveCount(20);
    await expect(page.locator('.card.damaged').filter({ hasText: slotted.title })).toHaveCount(1);
    // The 10 MB title is shown cut, with the mark, never whole.
    const title = page.locator('.card.damaged .card-title').filter({ hasText: /^Shitstorm/ });
    expect((await title.textContent())!.length).toBeLessThanOrEqual(300);
    await page.getByRole('button', { name: 'Sitzung', exact: true }).click();
    const dialog = page.getByRole('complementary', { name: 'Sitzung' });
    await expect(
      dialog.getByText('Eintrag m-fern ist beschädigt (startedAt) und läuft nicht.'),
    ).toBeVisible();
    await dialog.getByRole('button', { name: 'Schließen' }).click();
    await expect(page.getByText('Dieser Bereich ist beschädigt')).toHaveCount(0);
  };
  // Waited for in the page, by class, cheaply: Playwright's role queries run on the page's main
  // thread too and would add tasks of their own to what is measured.
  await ben.page.waitForFunction(
    () =>
      document.querySelectorAll('.card.damaged').length === 2 &&
      [...document.querySelectorAll('.card.damaged .card-title')].some((title) =>
        title.textContent?.startsWith('Shitstorm'),
      ),
    null,
    { timeout: 30_000, polling: 250 },
  );
  const tasks = await longTasks(ben.page);
  console.log(`Ben's long tasks while the junk arrived (ms): ${tasks.map(Math.round).join(', ') || 'none'}`);
  // Before the caps one such write froze every colleague's window for 44-51 s. A test on this shared
  // machine bounds the longest task generously; the 200 ms target is a figure to measure, not to
  // time in a test (its value is attached to the test's results).
  test.info().annotations.push({ type: 'longest task (ms)', description: String(Math.max(0, ...tasks)) });
  expect(Math.max(0, ...tasks)).toBeLessThan(1_000);

  await marked(ben.page);
  // The brief arrived before the title (see writeHugeStrings); the panel shows it cut as well.
  await ben.page.getByRole('button', { name: /^Karte öffnen: Shitstorm/ }).click();
  const panel = ben.page.getByRole('complementary', { name: 'Karte bearbeiten' });
  const brief = panel.getByLabel('Briefing', { exact: true });
  await expect(brief).toHaveValue(/^Shitstorm/);
  expect((await brief.inputValue()).length).toBeLessThanOrEqual(20_000);
  await panel.getByRole('button', { name: 'Schließen' }).click();

  // Stored on Ben's laptop as it came: after a restart the board shows the same.
  await reopen(ben);
  await marked(ben.page);
  expect(ben.errors).toEqual([]);
});
