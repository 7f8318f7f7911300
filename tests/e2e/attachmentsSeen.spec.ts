// Where a post's picture is seen besides the card panel's list of files: the post preview, the
// approval request, its tiles in the calendar's week and month, the presentation, and the printed week and month (the PDF drawn as a picture with
// poppler's pdftoppm, its pixels of the picture's colour counted against the same page without it).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './harness';
import { calendarAction, createWorkspace } from './steps';

const shots = process.env.SENDEPLAN_SCREENSHOT_DIR ?? 'test-results/screenshots';
const panelOf = (page: Page) => page.getByRole('complementary', { name: 'Karte bearbeiten' });
const heading = (page: Page) =>
  page.getByRole('region', { name: 'Kalender' }).getByRole('heading', { level: 2 });
/** The picture's colour: a violet no part of the app's pages has. */
const VIOLET = [112, 24, 240] as const;

/** A PNG of one violet area with a white frame (a picture the press office would approve). */
async function violetPng(page: Page): Promise<Buffer> {
  const url = await page.evaluate((rgb) => {
    const canvas = document.createElement('canvas');
    canvas.width = 600;
    canvas.height = 400;
    const c = canvas.getContext('2d')!;
    c.fillStyle = '#ffffff';
    c.fillRect(0, 0, 600, 400);
    c.fillStyle = `rgb(${rgb.join(' ')})`;
    c.fillRect(20, 20, 560, 360);
    return canvas.toDataURL('image/png');
  }, VIOLET);
  return Buffer.from(url.split(',')[1]!, 'base64');
}

/** Prints the page to a PDF (A4 landscape as in the print dialog) and counts its violet pixels. */
async function printedViolet(page: Page, path: string): Promise<number> {
  await page.pdf({ path, preferCSSPageSize: true, printBackground: true });
  const base = path.replace(/\.pdf$/, '');
  execFileSync('pdftoppm', ['-r', '100', '-singlefile', path, base]);
  execFileSync('pdftoppm', ['-png', '-r', '80', '-singlefile', path, base]);
  const ppm = readFileSync(`${base}.ppm`);
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString('latin1'));
  if (!header) throw new Error('pdftoppm wrote no PPM');
  let count = 0;
  for (let i = header[0].length; i + 2 < ppm.length; i += 3)
    if (
      Math.abs(ppm[i]! - VIOLET[0]) < 40 &&
      Math.abs(ppm[i + 1]! - VIOLET[1]) < 40 &&
      Math.abs(ppm[i + 2]! - VIOLET[2]) < 40
    )
      count++;
  return count;
}

/** Whether the image has loaded pixels (a broken image has none). */
const loaded = (image: ReturnType<Page['getByRole']>) =>
  image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0);

test('a post’s picture is in its preview and approval request, on its week and month tiles, in the presentation and in the printed week and month', async ({
  app,
  appErrors,
}, testInfo) => {
  test.setTimeout(90_000);
  await app.clock.setFixedTime(new Date('2026-12-09T09:00:00+01:00'));
  await createWorkspace(app);
  await app.getByRole('navigation', { name: 'Ansichten' }).getByRole('button', { name: 'Kalender' }).click();
  await expect(heading(app)).toHaveText('KW 50 · 07.–13.12.2026');
  // A post still to come (Friday), so that its approval can be asked for.
  const title = 'Messe-Teaser: Wir sind auf der BAU in München';
  const post = (page: Page) => page.getByRole('button', { name: `Beitrag öffnen: ${title}`, exact: true });
  const weekWithout = await printedViolet(app, testInfo.outputPath('week-without.pdf'));

  await post(app).click();
  const chooser = app.waitForEvent('filechooser');
  await panelOf(app)
    .getByRole('button', { name: /^Datei an „.*“ anhängen$/ })
    .click();
  await (await chooser).setFiles({ name: 'motiv.png', mimeType: 'image/png', buffer: await violetPng(app) });
  await expect(
    panelOf(app)
      .getByRole('region', { name: 'Dateien', exact: true })
      .getByRole('img', { name: 'motiv.png', exact: true }),
  ).toBeVisible();
  // The post preview shows the picture under the text, as the network will.
  const preview = panelOf(app).getByRole('figure', { name: 'Vorschau X' });
  const inPreview = preview.getByRole('group', { name: 'Bilder und Videos des Beitrags' }).getByRole('img', {
    name: 'motiv.png',
    exact: true,
  });
  await inPreview.scrollIntoViewIfNeeded();
  await expect(inPreview).toBeVisible();
  expect(await loaded(inPreview)).toBe(true);
  await panelOf(app).screenshot({ path: `${shots}/attachments-post-preview.png` });
  // The approval request shows what is approved: text and picture together.
  await panelOf(app)
    .getByRole('button', { name: /Freigabe anfordern/ })
    .click();
  const form = panelOf(app).getByRole('form', { name: 'Freigabe anfordern' });
  await form.getByRole('checkbox', { name: /Dr\. Thomas Brandt/ }).check();
  await form.getByRole('button', { name: 'Freigabe anfordern' }).click();
  const approval = panelOf(app).getByRole('article', { name: `Freigabe: ${title}` });
  const approvedPicture = approval
    .getByRole('group', { name: 'Dateien' })
    .getByRole('img', { name: 'motiv.png', exact: true });
  await expect(approvedPicture).toBeVisible();
  expect(await loaded(approvedPicture)).toBe(true);
  await approval.screenshot({ path: `${shots}/attachments-approval.png` });
  await panelOf(app).getByRole('button', { name: 'Schließen' }).first().click();

  const thumb = (page: Page) => post(page).getByRole('img', { name: 'Vorschau von „motiv.png“' });
  await expect(thumb(app)).toBeVisible();
  expect(await loaded(thumb(app))).toBe(true);
  await app.mouse.move(0, 0);
  await app.screenshot({ path: `${shots}/attachments-week.png` });
  // Printed: the picture is on the page (thousands of its pixels, none without it).
  const weekWith = await printedViolet(app, testInfo.outputPath('week.pdf'));
  expect(weekWithout).toBe(0);
  expect(weekWith).toBeGreaterThan(1000);

  await calendarAction(app, 'Präsentation');
  const show = app.getByRole('dialog', { name: /^Präsentation KW 50/ });
  await expect(show).toBeFocused();
  await expect(thumb(app)).toBeVisible();
  expect(await loaded(thumb(app))).toBe(true);
  await app.screenshot({ path: `${shots}/attachments-presentation.png` });
  await app.keyboard.press('Escape');

  await app.getByRole('button', { name: 'Monat', exact: true }).click();
  await expect(heading(app)).toHaveText('Dezember 2026');
  await expect(thumb(app)).toBeVisible();
  expect(await loaded(thumb(app))).toBe(true);
  await app.screenshot({ path: `${shots}/attachments-month.png` });
  expect(await printedViolet(app, testInfo.outputPath('month.pdf'))).toBeGreaterThan(50);
  expect(appErrors).toEqual([]);
});
