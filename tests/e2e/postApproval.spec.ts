// What an approver sees is the post itself: the preview per channel (text with its line breaks,
// the link, hashtags highlighted, over a limit said) in the approval task in "Aufgaben", and on
// paper through "Beitrag drucken" (the PDF read back with poppler's pdftotext and drawn with
// pdftoppm).
import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { expect, test } from './harness';
import { cardButton, createWorkspace, EXAMPLE_MONDAY } from './steps';

// A card of the example plan that posts to Instagram and Facebook, with no approval asked for yet.
const CARD = 'FAQ-Karussell: Die 5 häufigsten Fragen zur Lieferung';
const X_COPY = 'Die 5 häufigsten Fragen zur Lieferung 🚚\nAlle Antworten im Überblick #Service';
const LINKEDIN_COPY = 'Die fünf häufigsten Fragen zur Lieferung –\nbeantwortet von unserem Kundenservice.';
// Pasted below it: LinkedIn folds after three lines, so this ends behind "… mehr".
const LINKEDIN_REST =
  '\n\nWann kommt mein Paket? Kann ich die Lieferadresse ändern? Was tun bei einem Schaden? ' +
  'Alle Antworten stehen im Karussell, Wisch für Wisch. Schreibt uns gern, was euch noch fehlt – Ende der Fragen.';

const panelOf = (page: Page) => page.getByRole('complementary', { name: 'Karte bearbeiten' });

async function switchTo(page: Page, name: string) {
  await page.getByRole('button', { name: 'Einstellungen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Einstellungen' });
  await dialog.getByLabel('Ich bin').selectOption({ label: name });
  await dialog.getByRole('button', { name: 'Fertig' }).click();
  await expect(page.getByRole('img', { name: `Du bist ${name}` })).toBeVisible();
}

/** Writes the card's copy for X (over X's limit) and LinkedIn, and its link, as a person does. */
async function writePost(page: Page) {
  await cardButton(page, CARD).click();
  const panel = panelOf(page);
  for (const name of ['X', 'LinkedIn'])
    await panel.getByRole('group', { name: 'Kanäle' }).getByRole('checkbox', { name }).check();
  const x = panel.getByRole('textbox', { name: 'Text für X' });
  await x.pressSequentially(X_COPY, { delay: 20 });
  // The rest arrives pasted, as a long text usually does: over X's 280.
  await page.keyboard.insertText(` ${'Lieferung '.repeat(25).trimEnd()}`);
  await panel
    .getByRole('textbox', { name: 'Text für LinkedIn' })
    .pressSequentially(LINKEDIN_COPY, { delay: 20 });
  await page.keyboard.insertText(LINKEDIN_REST);
  const link = panel.getByRole('textbox', { name: 'Link', exact: true });
  await link.pressSequentially('https://example.com/faq', { delay: 10 });
  await link.press('Enter');
  await expect(panel.getByRole('link', { name: 'Link im Browser öffnen' })).toBeVisible();
  return panel;
}

test('the approval task shows the post per channel as it goes out, over the limit included', async ({
  app,
  appErrors,
}, testInfo) => {
  test.setTimeout(150_000);
  await createWorkspace(app);
  const panel = await writePost(app);
  await panel.getByRole('button', { name: /Freigabe anfordern/ }).click();
  const form = panel.getByRole('form', { name: 'Freigabe anfordern' });
  await form.getByRole('checkbox', { name: /Dr\. Thomas Brandt/ }).check();
  await form.getByRole('button', { name: 'Freigabe anfordern' }).click();
  // In the card's own panel the approval does not repeat the previews the copy editors show.
  const inPanel = panel.getByRole('article', { name: `Freigabe: ${CARD}` });
  await expect(inPanel.getByText('Freigaben: 0 von 1')).toBeVisible();
  await expect(inPanel.getByRole('figure')).toHaveCount(0);
  await panel.getByRole('button', { name: 'Schließen' }).click();

  await switchTo(app, 'Dr. Thomas Brandt');
  await app
    .getByRole('navigation', { name: 'Ansichten' })
    .getByRole('button', { name: /^Aufgaben/ })
    .click();
  const task = app
    .getByRole('region', { name: /^Meine Aufgaben/ })
    .getByRole('article', { name: `Freigabe: ${CARD}` });
  const posts = task.getByRole('group', { name: 'Der Beitrag je Kanal' });
  // Every channel of the card, in the card's order: Instagram and Facebook without a text yet.
  await expect(posts.getByRole('figure')).toHaveCount(4);
  await expect(posts.getByRole('figure', { name: 'Vorschau Instagram' })).toContainText('Noch kein Text.');

  // X: the text with its line break and the highlighted hashtag; the link is part of X's text.
  const x = posts.getByRole('figure', { name: 'Vorschau X' });
  await expect(x).toContainText('Die 5 häufigsten Fragen zur Lieferung 🚚\nAlle Antworten im Überblick');
  await expect(x.locator('.post-token.hashtag')).toHaveText('#Service');
  await expect(x.locator('.post-token.url')).toHaveText('https://example.com/faq');
  await expect(posts.getByText(/^⚠ Zu lang für X: \d+ \/ 280 Zeichen: \d+ über dem Limit$/)).toBeVisible();
  // LinkedIn: folded after three lines as LinkedIn does, the rest one press away; the link as its
  // own preview line.
  const linkedIn = posts.getByRole('figure', { name: 'Vorschau LinkedIn' });
  await expect(linkedIn).toContainText(LINKEDIN_COPY);
  await expect(linkedIn.getByText(/Ende der Fragen\.$/)).toBeHidden();
  await expect(linkedIn.locator('.post-preview-link')).toHaveText('https://example.com/faq');
  await expect(posts.getByText(/Zu lang für LinkedIn/)).toHaveCount(0);
  await task.scrollIntoViewIfNeeded();
  await app.screenshot({ path: testInfo.outputPath('approval-task-folded.png') });
  await linkedIn.getByRole('button', { name: '… mehr' }).click();
  await expect(linkedIn.getByText(/Ende der Fragen\.$/)).toBeVisible();
  await expect(task.getByRole('button', { name: 'Freigeben' })).toBeVisible();

  await task.scrollIntoViewIfNeeded();
  for (const scheme of ['light', 'dark'] as const) {
    await app.emulateMedia({ colorScheme: scheme });
    await task.screenshot({ path: testInfo.outputPath(`approval-task-${scheme}.png`) });
  }
  expect(appErrors).toEqual([]);
});

test('"Beitrag drucken" prints the post alone: title, slot, fields and each channel’s whole text', async ({
  app,
  appErrors,
}, testInfo) => {
  test.setTimeout(120_000);
  await createWorkspace(app);
  const panel = await writePost(app);
  await panel.getByRole('textbox', { name: 'Zielgruppe' }).pressSequentially('Bestandskunden', { delay: 20 });
  await panel.getByRole('textbox', { name: 'Zielgruppe' }).press('Tab');

  // "Drucken" opens the system's print dialog, which a headless browser has not: it is only seen.
  await app.evaluate(() => {
    window.print = () => document.body.setAttribute('data-printed', 'yes');
  });
  const print = panel.getByRole('button', { name: `Beitrag „${CARD}“ drucken` });
  await print.scrollIntoViewIfNeeded();
  await app.screenshot({ path: testInfo.outputPath('post-print-button.png') });
  await print.click();
  await expect(app.locator('body')).toHaveAttribute('data-printed', 'yes');

  const pdf = testInfo.outputPath('post.pdf');
  await app.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
  execFileSync('pdftoppm', ['-png', '-r', '70', '-singlefile', pdf, testInfo.outputPath('post-print')]);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
  expect(text).toContain('FAQ-Karussell');
  expect(text).toContain('Bestandskunden');
  expect(text).toContain('Alle Antworten im Überblick #Service');
  // The whole of each text, also what LinkedIn folds behind "… mehr", and what is over a limit.
  expect(text.match(/Lieferung/g)?.length).toBeGreaterThanOrEqual(25);
  expect(text).not.toContain('… mehr');
  expect(text).toMatch(/Zu lang für X/);
  expect(text).toContain('beantwortet von unserem Kundenservice.');
  expect(text).toContain('Ende der Fragen.');
  // Only the post: neither the board nor the panel's controls.
  expect(text).not.toContain('Ideen');
  expect(text).not.toContain('Freigabe anfordern');
  // One A4 portrait page (595 × 842 pt).
  expect(execFileSync('pdfinfo', [pdf]).toString()).toMatch(
    /Page size:\s+59[45](\.\d+)? x 84[12](\.\d+)? pts \(A4\)/,
  );
  expect(appErrors).toEqual([]);
});

test('a post over its limit is marked on its tile in the calendar week, and the printed week says so', async ({
  app,
  appErrors,
}) => {
  const title = 'Winterpause: Was Kund:innen zwischen den Jahren wissen müssen'; // Facebook, Instagram, X, Newsletter
  await app.clock.setFixedTime(EXAMPLE_MONDAY);
  await createWorkspace(app);
  await cardButton(app, title).click();
  const panel = panelOf(app);
  await panel
    .getByRole('textbox', { name: 'Text für X' })
    .pressSequentially('Unsere Erreichbarkeit zwischen den Jahren:', { delay: 20 });
  await app.keyboard.insertText(` ${'Notdienst '.repeat(30).trimEnd()}`);
  await expect(panel.getByRole('alert').filter({ hasText: 'Zu lang für X' })).toBeVisible();
  await panel.getByRole('button', { name: 'Schließen' }).click();

  await app.getByRole('button', { name: 'Kalender', exact: true }).click();
  const tile = app.locator('.week-grid').getByRole('button', { name: `Beitrag öffnen: ${title}` });
  await expect(tile.getByRole('img', { name: 'Über dem Limit auf X' })).toBeVisible();
  await app.emulateMedia({ media: 'print' });
  await expect(tile.getByText('⚠ Zu lang: X')).toBeVisible();
  expect(appErrors).toEqual([]);
});
