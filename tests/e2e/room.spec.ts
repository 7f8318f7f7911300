// The week in the meeting room, at 1366×768 (a common laptop and projector resolution), with the
// example plan as a new team meets it: compact and comfortable density, whole titles wrapped
// between words or at German syllables, a toolbar on one line, the presentation on the projector,
// drops into the bottom row that land there, and the printed week and month read back from the PDF.
// "Now" is Wednesday 09.12.2026, 09:00 in Berlin (KW 50), so the example plan is the same each run.
import { execFileSync } from 'node:child_process';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './harness';
import { copyInvite, createWorkspace, dragWithMouse, join, status } from './steps';
import { busyWeekBackup } from './busyWeek';
import { pdfWords, titleBreaks } from './printCheck';

const NOW = new Date('2026-12-09T09:00:00+01:00');
const DAYS = ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'];
const dayOf = (i: number) => `${DAYS[i]}, ${String(7 + i).padStart(2, '0')}.12.2026`;

test.use({ viewport: { width: 1366, height: 768 } });

async function openCalendar(page: Page, now = NOW) {
  await page.clock.setFixedTime(now);
  await createWorkspace(page);
  await page.getByRole('button', { name: 'Kalender', exact: true }).click();
  await expect(heading(page)).toHaveText('KW 50 · 07.–13.12.2026');
}

const calendar = (page: Page) => page.getByRole('region', { name: 'Kalender' });
const heading = (page: Page) => calendar(page).getByRole('heading', { level: 2 });
const week = (page: Page) => page.getByRole('table', { name: /^Wochenplan/ });
const cell = (page: Page, channel: string, day: string) =>
  page.getByRole('cell', { name: `${channel}, ${day}`, exact: true });
const post = (scope: Page | Locator, title: string) =>
  scope.getByRole('button', { name: `Beitrag öffnen: ${title}` });
const scroller = (page: Page) => page.locator('.calendar-scroll');

/** Chooses the density on the toolbar, or in its "Mehr" menu where the bar has no room for it. */
async function chooseDensity(page: Page, name: 'Kompakt' | 'Komfortabel') {
  // The bar may still be giving way to badges that appear after the first paint.
  const onBar = calendar(page).getByRole('group', { name: 'Darstellung' }).getByRole('button', { name });
  const inMenu = page.getByRole('menu', { name: 'Mehr' }).getByRole('menuitemradio', { name });
  await expect(async () => {
    if (await onBar.isVisible()) return onBar.click({ timeout: 1000 });
    if (!(await inMenu.isVisible())) await page.getByRole('button', { name: 'Mehr', exact: true }).click();
    await inMenu.click({ timeout: 1000 });
  }).toPass();
}

/** The density chosen, as the toolbar or its menu says. */
async function expectDensity(page: Page, name: 'Kompakt' | 'Komfortabel') {
  const group = calendar(page).getByRole('group', { name: 'Darstellung' });
  if (await group.isVisible())
    return expect(group.getByRole('button', { name })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Mehr', exact: true }).click();
  await expect(page.getByRole('menu', { name: 'Mehr' }).getByRole('menuitemradio', { name })).toHaveAttribute(
    'aria-checked',
    'true',
  );
  await page.keyboard.press('Escape');
}

/** Every shown title against the card's title: whole, and broken only between words or at syllables. */
async function expectWholeTitles(page: Page, selector: string, count: number) {
  const titles = await titleBreaks(page, selector);
  expect(titles.length).toBeGreaterThanOrEqual(count);
  for (const title of titles) {
    expect(title.shown, 'the whole title is shown').toBe(title.title);
    expect(title.cutInsideWord, title.title).toEqual([]);
    expect(title.clipped, title.title).toBe(false);
  }
}

/** Parts of posts that lie outside their day's cell, as laid out now. */
function outsideTheirDay(page: Page): Promise<string[]> {
  return page.locator('.week-cell').evaluateAll((cells) =>
    cells.flatMap((td) => {
      const box = td.getBoundingClientRect();
      return [...td.querySelectorAll('.week-post *')]
        .map((e) => e.getBoundingClientRect())
        .filter(
          (r) =>
            r.width > 0 &&
            (r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.bottom > box.bottom + 0.5),
        )
        .map((r) => `${td.getAttribute('aria-label')}: ${JSON.stringify(r)}`);
    }),
  );
}

/** The words of a printed week's grid that cross a day column's or a channel row's edge. */
function spillsInPdf(path: string): string[] {
  const words = pdfWords(path);
  const columnStarts = ['Kanal', 'Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So'].map(
    (w) => words.find((x) => x.text === w)!.xMin - 4,
  );
  const chips = ['FB', 'IG', 'in', 'X', 'NL'].map(
    (chip) => words.find((x) => x.text === chip && x.xMin < columnStarts[1]!)!.yMin,
  );
  // A row starts as far above its channel's chip as the first row starts below the day headers.
  const gridTop = words.find((x) => x.text === 'Kanal')!.yMax + 1;
  const rowStarts = chips.map((y) => y - (chips[0]! - gridTop));
  const footer = words.find((x) => x.text === 'Seite')!.yMin;
  const band = (starts: number[], v: number) => starts.filter((s) => s <= v).length;
  return words
    .filter((w) => w.yMin > gridTop && w.yMax < footer)
    .filter(
      (w) =>
        band(columnStarts, w.xMin) !== band(columnStarts, w.xMax) ||
        band(rowStarts, w.yMin) !== band(rowStarts, w.yMax - 1),
    )
    .map((w) => w.text);
}

/** A title as pdftotext gives it back, without hyphens and spaces (lines break inside titles). */
const flat = (s: string) => s.replace(/[\u00ad\u2010\s-]/g, '');

test('compact: the whole week of five channels at 1366×768, titles whole and hyphenated, remembered per device', async ({
  app,
  appErrors,
}) => {
  await openCalendar(app);
  await expectDensity(app, 'Kompakt');
  await expect(week(app).getByRole('rowheader')).toHaveCount(5);
  // All five channel rows are on the screen, and the grid does not scroll.
  for (const row of await week(app).getByRole('rowheader').all())
    await expect(row).toBeInViewport({ ratio: 1 });
  const last = cell(app, 'Newsletter', dayOf(6));
  const box = (await last.boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(768);
  expect(await scroller(app).evaluate((e) => e.scrollHeight <= e.clientHeight)).toBe(true);
  await expectWholeTitles(app, '.week-grid .post-title', 6);
  // A long German word is broken at a syllable, with a hyphen, not anywhere.
  const career = post(app, 'Karriere-Post: Wir suchen Servicetechniker:innen').locator('.post-title');
  await expect(career).toHaveAttribute('lang', 'de');
  expect(await career.textContent()).toContain('Ser\u00advice\u00adtech\u00adni\u00adker:innen');

  // Comfortable: larger cards; the grid scrolls, and the choice stays on this device.
  await chooseDensity(app, 'Komfortabel');
  await expectDensity(app, 'Komfortabel');
  expect(await scroller(app).evaluate((e) => e.scrollHeight > e.clientHeight)).toBe(true);
  await expectWholeTitles(app, '.week-grid .post-title', 6);
  await app.reload();
  await app.getByRole('button', { name: 'Kalender', exact: true }).click();
  await expectDensity(app, 'Komfortabel');

  // The month shows every title whole too.
  await app.getByRole('button', { name: 'Monat', exact: true }).click();
  await expect(heading(app)).toHaveText('Dezember 2026');
  await expectWholeTitles(app, '.month-grid .post-line', 13);
  expect(appErrors).toEqual([]);
});

test('compact with the meeting side panel open: all five channel rows at 1366×768 without scrolling, titles whole', async ({
  app,
  appErrors,
}) => {
  await openCalendar(app);
  await expectDensity(app, 'Kompakt');
  await app.getByRole('button', { name: 'Sitzung', exact: true }).click();
  const panel = app.getByRole('complementary', { name: 'Sitzung' });
  await expect(panel).toBeVisible();
  await expect(week(app).getByRole('rowheader')).toHaveCount(5);
  for (const row of await week(app).getByRole('rowheader').all())
    await expect(row).toBeInViewport({ ratio: 1 });
  const last = cell(app, 'Newsletter', dayOf(6));
  await expect(last).toBeInViewport({ ratio: 1 });
  const box = (await last.boundingBox())!;
  const side = (await panel.boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(768);
  expect(box.x + box.width).toBeLessThanOrEqual(side.x + 1);
  expect(await scroller(app).evaluate((e) => e.scrollHeight <= e.clientHeight)).toBe(true);
  expect(await scroller(app).evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
  await expectWholeTitles(app, '.week-grid .post-title', 6);
  await app.screenshot({ path: test.info().outputPath('week-with-meeting-panel.png') });
  expect(appErrors).toEqual([]);
});

test('the toolbar stays on one line: what does not fit goes into the Mehr menu, and works from there', async ({
  app,
}) => {
  await openCalendar(app);
  const toolbar = app.locator('.calendar-toolbar');
  const oneLine = () =>
    toolbar.evaluate((bar) => {
      const tops = [...bar.querySelectorAll(':scope > *')].map((e) =>
        Math.round(e.getBoundingClientRect().top),
      );
      return bar.scrollWidth <= bar.clientWidth + 1 && Math.max(...tops) - Math.min(...tops) < 12;
    });
  expect(await oneLine()).toBe(true);
  for (const width of [1180, 1024]) {
    await app.setViewportSize({ width, height: 768 });
    await expect.poll(oneLine).toBe(true);
  }
  // At 1024 px the print is in the menu; picking it prints.
  await app.evaluate(() => {
    window.print = () => document.body.setAttribute('data-printed', 'yes');
  });
  await expect(app.getByRole('button', { name: 'Drucken' })).toHaveCount(0);
  await app.getByRole('button', { name: 'Mehr' }).click();
  const menu = app.getByRole('menu', { name: 'Mehr' });
  // The keyboard: the first item has the focus, the arrows go round, Escape goes back to "Mehr".
  await expect(menu.locator('[role^=menuitem]').first()).toBeFocused();
  await app.keyboard.press('ArrowUp');
  await expect(menu.locator('[role^=menuitem]').last()).toBeFocused();
  await app.keyboard.press('ArrowDown');
  await expect(menu.locator('[role^=menuitem]').first()).toBeFocused();
  await app.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(app.getByRole('button', { name: 'Mehr' })).toBeFocused();
  await app.keyboard.press('Enter');
  await menu.getByRole('menuitem', { name: 'Drucken' }).click();
  await expect(menu).toBeHidden();
  await expect(app.locator('body')).toHaveAttribute('data-printed', 'yes');
  // On a full-HD screen everything is on the bar again.
  await app.setViewportSize({ width: 1920, height: 1080 });
  await expect(app.getByRole('button', { name: 'Drucken' })).toBeVisible();
  await expect(app.getByRole('button', { name: 'Mehr' })).toHaveCount(0);
});

test('Präsentation: the calendar alone in large type, the arrow keys page through the weeks, Escape leaves', async ({
  app,
  appErrors,
}) => {
  await openCalendar(app);
  const compactSize = await post(app, 'Messe-Teaser: Wir sind auf der BAU in München')
    .locator('.post-title')
    .evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  await app.getByRole('button', { name: 'Präsentation' }).click();
  const show = app.getByRole('dialog', { name: 'Präsentation KW 50 · 07.–13.12.2026' });
  await expect(show).toBeFocused();
  // No chrome: the presentation covers the window; no idea store, no filter, no header under it.
  expect(await show.boundingBox()).toEqual({ x: 0, y: 0, width: 1366, height: 768 });
  await expect(app.getByRole('region', { name: 'Ideenspeicher' })).toHaveCount(0);
  for (const [x, y] of [
    [100, 20],
    [600, 80],
  ])
    expect(
      await app.evaluate(([x, y]) => !!document.elementFromPoint(x!, y!)?.closest('.presenting'), [x, y]),
    ).toBe(true);
  const size = await post(app, 'Messe-Teaser: Wir sind auf der BAU in München')
    .locator('.post-title')
    .evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  expect(size).toBeGreaterThanOrEqual(compactSize * 1.25);

  await app.keyboard.press('ArrowRight');
  await expect(heading(app)).toHaveText('KW 51 · 14.–20.12.2026');
  await app.keyboard.press('PageDown');
  await expect(heading(app)).toHaveText('KW 52 · 21.–27.12.2026');
  await app.keyboard.press('ArrowLeft');
  await app.keyboard.press('PageUp');
  await app.keyboard.press('ArrowLeft');
  await expect(heading(app)).toHaveText('KW 49 · 30.11.–06.12.2026');
  await app.keyboard.press('Home');
  await expect(heading(app)).toHaveText('KW 50 · 07.–13.12.2026');
  await app.keyboard.press('Escape');
  await expect(show).toBeHidden();
  await expect(app.getByRole('region', { name: 'Ideenspeicher' })).toBeVisible();
  await expect(heading(app)).toHaveText('KW 50 · 07.–13.12.2026');
  expect(appErrors).toEqual([]);
});

/** Drags with the mouse, as a person does, from the middle of `from` to a point of `to`, and releases. */
async function drag(
  page: Page,
  from: Locator,
  to: Locator,
  at: { x: number; y: number },
  beforeRelease: () => Promise<void> = async () => undefined,
) {
  const a = (await from.boundingBox())!;
  const b = (await to.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + 12);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 10, a.y + 16, { steps: 3 });
  await page.mouse.move(b.x + b.width * at.x, b.y + b.height * at.y, { steps: 12 });
  await beforeRelease();
  await page.mouse.up();
}

test('drops into the bottom row land there, 10 of 10, and the grid scrolls only when the pointer rests at its edge', async ({
  app,
}) => {
  // Early on the Monday of the week, so that no slot of it lies in the past (a drop there is asked
  // about first).
  await openCalendar(app, new Date('2026-12-07T06:00:00+01:00'));
  // Comfortable: the week is taller than the window; scrolled down so Newsletter is the bottom row.
  await chooseDensity(app, 'Komfortabel');
  const KARRIERE = 'Karriere-Post: Wir suchen Servicetechniker:innen';
  const MESSE = 'Messe-Teaser: Wir sind auf der BAU in München';
  const BERICHT = 'Nachhaltigkeitsbericht 2026: die drei wichtigsten Zahlen';
  const NEWSLETTER = 'Newsletter Dezember: Highlights des Jahres';
  // From the rows above into the bottom row, and along it: [title, day of the Newsletter cell].
  const moves: [title: string, day: number][] = [
    [KARRIERE, 0],
    [KARRIERE, 1],
    [KARRIERE, 2],
    [MESSE, 5],
    [MESSE, 6],
    [BERICHT, 4],
    [NEWSLETTER, 0],
    [KARRIERE, 3],
    [MESSE, 1],
    [BERICHT, 5],
  ];
  let landed = 0;
  for (const [title, day] of moves) {
    await scroller(app).evaluate((e) => (e.scrollTop = e.scrollHeight));
    const top = await scroller(app).evaluate((e) => e.scrollTop);
    const target = cell(app, 'Newsletter', dayOf(day));
    // Low in the cell, where the bottom row meets the window's edge.
    await drag(app, post(week(app), title), target, { x: 0.5, y: 0.85 }, async () => {
      // The grid has not moved under the pointer.
      expect(await scroller(app).evaluate((e) => e.scrollTop)).toBe(top);
    });
    await expect(post(target, title)).toBeVisible();
    landed++;
  }
  expect(landed).toBe(10);

  // Resting near the bottom edge scrolls the grid after a moment; the drop lands where the pointer is then.
  await scroller(app).evaluate((e) => (e.scrollTop = 0));
  const WINTER = 'Winterpause: Was Kund:innen zwischen den Jahren wissen müssen';
  const card = post(week(app), WINTER);
  const a = (await card.boundingBox())!;
  const area = (await scroller(app).boundingBox())!;
  await app.mouse.move(a.x + a.width / 2, a.y + 12);
  await app.mouse.down();
  await app.mouse.move(a.x + a.width / 2 + 10, a.y + 20, { steps: 3 });
  await app.mouse.move(a.x + a.width / 2, area.y + area.height - 20, { steps: 10 });
  await expect.poll(() => scroller(app).evaluate((e) => e.scrollTop)).toBeGreaterThan(0);
  await app.mouse.move(a.x + a.width / 2, area.y + area.height / 2, { steps: 6 });
  const under = await app.evaluate(
    ([x, y]) =>
      document
        .elementsFromPoint(x!, y!)
        .map((e) => e.closest('td.week-cell')?.getAttribute('aria-label'))
        .find(Boolean),
    [a.x + a.width / 2, area.y + area.height / 2],
  );
  await app.mouse.up();
  expect(under).toBeTruthy();
  await expect(post(app.getByRole('cell', { name: under!, exact: true }), WINTER)).toBeVisible();
});

test('print: the week on one A4 landscape page and the month with every post, titles whole, nothing outside its day', async ({
  app,
  appErrors,
}, testInfo) => {
  await openCalendar(app);
  // Two more posts on Tuesday make four: the month shows two and "+2 weitere" on screen.
  await app.getByRole('button', { name: 'Monat', exact: true }).click();
  const tuesday = app.getByRole('cell', { name: 'Dienstag, 08.12.2026' });
  for (const title of [
    'Umfrage: Welche Themen wünscht ihr euch 2027?',
    'Jubiläum: 75 Jahre am Standort Leipzig',
  ]) {
    // (The idea may sit further down the store: dragWithMouse scrolls it into view first.)
    await dragWithMouse(app, app.getByRole('button', { name: `Idee öffnen: ${title}` }), tuesday);
    await app
      .getByRole('dialog', { name: `Uhrzeit für „${title}“` })
      .getByRole('button', { name: 'Übernehmen' })
      .click();
  }
  await expect(
    tuesday.getByRole('button', { name: '2 weitere Beiträge am Dienstag, 08.12.2026 anzeigen' }),
  ).toBeVisible();
  await app.getByRole('button', { name: 'Woche', exact: true }).click();

  const weekPdf = testInfo.outputPath('week.pdf');
  const weekTitles = await app
    .locator('.week-grid')
    .getByRole('button', { name: /^Beitrag öffnen: / })
    .evaluateAll((b) => b.map((e) => e.getAttribute('aria-label')!.replace('Beitrag öffnen: ', '')));
  expect(weekTitles).toHaveLength(8);
  // In print, every post stays inside its day (as laid out for the page).
  await app.emulateMedia({ media: 'print' });
  await app.setViewportSize({ width: 1060, height: 720 });
  expect(await outsideTheirDay(app)).toEqual([]);
  await app.pdf({ path: weekPdf, preferCSSPageSize: true, printBackground: true });
  await app.emulateMedia({ media: 'screen' });
  await app.setViewportSize({ width: 1366, height: 768 });
  const info = execFileSync('pdfinfo', [weekPdf]).toString();
  expect(info).toMatch(/Pages:\s+1\n/);
  expect(info).toMatch(/Page size:\s+841\.\d+ x 594\.\d+ pts \(A4\)/);
  const text = execFileSync('pdftotext', ['-raw', weekPdf, '-']).toString();
  for (const title of weekTitles) expect(flat(text), title).toContain(flat(title));
  expect(text).toContain('Social Media Müller GmbH · KW 50 · 07.–13.12.2026');
  expect(text).toContain('Gedruckt am 09.12.2026 um 09:00 Uhr');
  expect(text).toContain('Seite 1 von 1');
  // Every word of the grid lies inside one day column and one channel row.
  expect(spillsInPdf(weekPdf)).toEqual([]);

  // The month: every post printed, also those behind "+2 weitere", titles whole.
  await app.getByRole('button', { name: 'Monat', exact: true }).click();
  await app.emulateMedia({ media: 'print' });
  const monthTitles = await app
    .locator('.month-grid')
    .getByRole('button', { name: /^Beitrag öffnen: / })
    .evaluateAll((b) => b.map((e) => e.getAttribute('aria-label')!.replace('Beitrag öffnen: ', '')));
  expect(monthTitles).toHaveLength(15);
  const monthPdf = testInfo.outputPath('month.pdf');
  await app.pdf({ path: monthPdf, preferCSSPageSize: true, printBackground: true });
  await app.emulateMedia({ media: 'screen' });
  const month = execFileSync('pdftotext', ['-raw', monthPdf, '-']).toString();
  for (const title of monthTitles) expect(flat(month), title).toContain(flat(title));
  expect(execFileSync('pdfinfo', [monthPdf]).toString()).toMatch(/Pages:\s+1\n/);
  expect(month).toContain('Social Media Müller GmbH · Dezember 2026');
  expect(appErrors).toEqual([]);
});

test('print: a week of 40 posts on one A4 landscape page, every title whole, nothing outside its day', async ({
  app,
  appErrors,
}, testInfo) => {
  await app.clock.setFixedTime(NOW);
  await app.getByRole('button', { name: 'Aus Sicherung wiederherstellen' }).click();
  const screen = app.getByRole('main').filter({ hasText: 'Arbeitsbereich wiederherstellen' });
  await screen.getByLabel('Sicherungsdatei').setInputFiles({
    name: 'Sicherung.sendeplan',
    mimeType: 'application/json',
    buffer: Buffer.from(busyWeekBackup(NOW)),
  });
  await screen.getByRole('button', { name: 'Wiederherstellen' }).click();
  await app
    .getByRole('dialog', { name: 'Wer bist du?' })
    .getByRole('button', { name: /^Lena Hoffmann/ })
    .click();
  await app.getByRole('button', { name: 'Kalender', exact: true }).click();
  await expect(heading(app)).toHaveText('KW 50 · 07.–13.12.2026');
  const titles = await app
    .locator('.week-grid')
    .getByRole('button', { name: /^Beitrag öffnen: / })
    .evaluateAll((b) => b.map((e) => e.getAttribute('aria-label')!.replace('Beitrag öffnen: ', '')));
  expect(titles).toHaveLength(40);

  await app.emulateMedia({ media: 'print' });
  await app.setViewportSize({ width: 1060, height: 720 });
  expect(await outsideTheirDay(app)).toEqual([]);
  const pdf = testInfo.outputPath('week-40.pdf');
  await app.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
  await app.emulateMedia({ media: 'screen' });
  await app.setViewportSize({ width: 1366, height: 768 });
  expect(execFileSync('pdfinfo', [pdf]).toString()).toMatch(/Pages:\s+1\n/);
  const text = execFileSync('pdftotext', ['-raw', pdf, '-']).toString();
  for (const title of titles) expect(flat(text), title).toContain(flat(title));
  expect(text).toContain('Seite 1 von 1');
  expect(spillsInPdf(pdf)).toEqual([]);
  // The page as paper shows it, to look at.
  execFileSync('pdftoppm', ['-png', '-r', '110', '-singlefile', pdf, testInfo.outputPath('week-40')]);
  expect(appErrors).toEqual([]);
});

test('three colleagues schedule into the same week at once by mouse: every drop lands in the cell under the pointer, as announced @peers', async ({
  openPeer,
}) => {
  test.setTimeout(150_000);
  const [anna, ben, carla] = await Promise.all([openPeer('anna'), openPeer('ben'), openPeer('carla')]);
  await createWorkspace(anna.page, { me: 'Anna Berger' });
  const invite = await copyInvite(anna.page);
  await Promise.all([join(ben.page, invite, 'Ben Schulz'), join(carla.page, invite, 'Carla Neumann')]);
  const peers = [anna, ben, carla];
  for (const peer of peers) {
    await expect(status(peer.page)).toHaveText('Verbunden mit 2 Kolleg:innen', { timeout: 30_000 });
    await peer.page.getByRole('button', { name: 'Kalender', exact: true }).click();
    await expect(week(peer.page).getByRole('rowheader')).toHaveCount(5);
  }
  const days = await week(anna.page)
    .getByRole('columnheader')
    .evaluateAll((ths) => ths.slice(1).map((th) => th.textContent ?? ''));
  expect(days).toHaveLength(7);
  const weekend = async (page: Page, channel: string, weekday: 5 | 6) =>
    (await week(page)
      .getByRole('cell', { name: new RegExp(`^${channel}, `) })
      .nth(weekday)
      .getAttribute('aria-label'))!;

  // Each moves two of this week's posts onto the weekend, slowly, all at the same time: posts of
  // the others land in the rows above and below while a card is held.
  const plans: [page: Page, title: string, channel: string, weekday: 5 | 6][][] = [
    [
      [anna.page, 'Winterpause: Was Kund:innen zwischen den Jahren wissen müssen', 'Facebook', 5],
      [anna.page, 'Behind the Scenes: Ein Tag in der Produktion', 'Instagram', 6],
    ],
    [
      [ben.page, 'Messe-Teaser: Wir sind auf der BAU in München', 'Facebook', 5],
      [ben.page, 'Nachhaltigkeitsbericht 2026: die drei wichtigsten Zahlen', 'Instagram', 6],
    ],
    [
      [carla.page, 'Karriere-Post: Wir suchen Servicetechniker:innen', 'X', 5],
      [carla.page, 'Newsletter Dezember: Highlights des Jahres', 'Newsletter', 6],
    ],
  ];
  const landed: { title: string; cell: string }[] = [];
  await Promise.all(
    plans.map(async (moves) => {
      for (const [page, title, channel, weekday] of moves) {
        const target = week(page).getByRole('cell', {
          name: await weekend(page, channel, weekday),
          exact: true,
        });
        // Until a card is held the rows may still move (a colleague's post lands above): press where
        // the post is now, and press again if the press met the post before it moved.
        let from = (await post(week(page), title).boundingBox())!;
        for (let attempt = 0; ; attempt++) {
          from = (await post(week(page), title).boundingBox())!;
          await page.mouse.move(from.x + from.width / 2, from.y + 12);
          await page.mouse.down();
          await page.mouse.move(from.x + from.width / 2 + 8, from.y + 18, { steps: 3 });
          const held = await page
            .locator('[aria-live]')
            .filter({ hasText: `Karte „${title}“ aufgenommen.` })
            .count();
          if (held > 0 || attempt === 2) break;
          await page.mouse.up();
        }
        const to = (await target.boundingBox())!;
        const [x, y] = [to.x + to.width / 2, to.y + Math.min(to.height / 2, 30)];
        // Slowly: a few hundredths of a second between steps, so the colleagues' drops arrive meanwhile.
        for (let i = 1; i <= 20; i++) {
          const f = i / 20;
          await page.mouse.move(from.x + (x - from.x) * f, from.y + (y - from.y) * f);
          await page.evaluate(() => new Promise((r) => setTimeout(r, 40)));
        }
        const under = await page.evaluate(
          ([px, py]) =>
            document
              .elementsFromPoint(px!, py!)
              .map((e) => e.closest('td.week-cell')?.getAttribute('aria-label'))
              .find(Boolean) ?? '',
          [x, y],
        );
        await page.mouse.up();
        // The live region names the cell that was under the pointer, and the post is there.
        await expect(page.locator('[aria-live]').filter({ hasText: /eingeplant/ })).toContainText(
          `Karte „${title}“ eingeplant: ${under},`,
        );
        await expect(post(week(page).getByRole('cell', { name: under, exact: true }), title)).toBeVisible();
        landed.push({ title, cell: under });
      }
    }),
  );
  expect(landed).toHaveLength(6);

  // Carla holds a card over Sunday in the X row while Anna plans two ideas into Sunday in the rows
  // above: Carla's rows do not grow under her pointer; the new posts appear after her drop.
  const held = 'Karriere-Post: Wir suchen Servicetechniker:innen';
  const target = week(carla.page).getByRole('cell', { name: await weekend(carla.page, 'X', 6), exact: true });
  const from = (await post(week(carla.page), held).boundingBox())!;
  const to = (await target.boundingBox())!;
  const [x, y] = [to.x + to.width / 2, to.y + 12];
  await carla.page.mouse.move(from.x + from.width / 2, from.y + 12);
  await carla.page.mouse.down();
  await carla.page.mouse.move(from.x + from.width / 2 + 8, from.y + 18, { steps: 3 });
  await carla.page.mouse.move(x, y, { steps: 12 });
  const cellUnder = () =>
    carla.page.evaluate(
      ([px, py]) =>
        document
          .elementsFromPoint(px!, py!)
          .map((e) => e.closest('td.week-cell')?.getAttribute('aria-label'))
          .find(Boolean) ?? '',
      [x, y],
    );
  const aimed = await cellUnder();
  expect(aimed).toBe(await weekend(carla.page, 'X', 6));
  for (const [idea, channel] of [
    ['Umfrage: Welche Themen wünscht ihr euch 2027?', 'Facebook'],
    ['Jubiläum: 75 Jahre am Standort Leipzig', 'Instagram'],
  ] as const) {
    const sunday = week(anna.page).getByRole('cell', {
      name: await weekend(anna.page, channel, 6),
      exact: true,
    });
    await dragWithMouse(anna.page, anna.page.getByRole('button', { name: `Idee öffnen: ${idea}` }), sunday);
    await anna.page
      .getByRole('dialog', { name: `Uhrzeit für „${idea}“` })
      .getByRole('button', { name: 'Übernehmen' })
      .click();
    await expect(post(week(ben.page), idea)).toBeVisible();
  }
  // Ben has both; Carla's laptop has had them as long (same room, same moment): her grid stood still.
  await carla.page.evaluate(() => new Promise((r) => setTimeout(r, 500)));
  expect(await cellUnder()).toBe(aimed);
  await carla.page.mouse.up();
  await expect(carla.page.locator('[aria-live]').filter({ hasText: /eingeplant/ })).toContainText(
    `Karte „${held}“ eingeplant: ${aimed},`,
  );
  landed.splice(
    landed.findIndex((l) => l.title === held),
    1,
    { title: held, cell: aimed },
  );
  // Everyone sees every post where it was dropped, and Anna's new posts.
  for (const peer of peers) {
    for (const { title, cell: name } of landed)
      await expect(post(week(peer.page).getByRole('cell', { name, exact: true }), title)).toBeVisible();
    await expect(post(week(peer.page), 'Jubiläum: 75 Jahre am Standort Leipzig')).toBeVisible();
  }
  expect([...anna.errors, ...ben.errors, ...carla.errors]).toEqual([]);
});
