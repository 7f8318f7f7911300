// The post on a card: copy per channel typed key by key with counters counted as each network
// counts, the over-limit warning on the card, its tile and in the approval; approvals that notice
// later edits across two laptops, with the diff, and re-approval in one click.
import type { Page } from '@playwright/test';
import { expect, test } from './harness';
import { cardButton, column, createWorkspace, pair } from './steps';

// A card of the example plan that posts to Instagram and Facebook, with no approval asked for yet.
const CARD = 'FAQ-Karussell: Die 5 häufigsten Fragen zur Lieferung';

const panelOf = (page: Page) => page.getByRole('complementary', { name: 'Karte bearbeiten' });
const tasksTab = (page: Page) =>
  page.getByRole('navigation', { name: 'Ansichten' }).getByRole('button', { name: /^Aufgaben/ });

async function addChannels(page: Page, ...names: string[]) {
  const panel = panelOf(page);
  for (const name of names)
    await panel.getByRole('group', { name: 'Kanäle' }).getByRole('checkbox', { name }).check();
}

test('copy for X and LinkedIn: counters as the networks count, the over-limit warning on card and tile, the preview', async ({
  app,
  appErrors,
}, testInfo) => {
  test.setTimeout(180_000);
  await createWorkspace(app);
  await cardButton(app, CARD).click();
  const panel = panelOf(app);
  await addChannels(app, 'X', 'LinkedIn');

  const x = panel.getByRole('textbox', { name: 'Text für X' });
  await x.pressSequentially(
    'Neu: 5 Antworten zur Lieferung 🚚 https://example.com/faq/lieferung/alle-fragen #Service',
    {
      delay: 20,
    },
  );
  // "Neu: 5 Antworten zur Lieferung " 31 + 🚚 2 + " " 1 + URL 23 + " #Service" 9 = 66 (X's weighting).
  const xSection = panel.getByRole('region', { name: 'Text für X' });
  await expect(xSection.getByText('66 / 280 Zeichen', { exact: true })).toBeVisible();
  const xPreview = xSection.getByRole('figure', { name: 'Vorschau X' });
  await expect(xPreview.locator('.post-token.hashtag')).toHaveText('#Service');
  await expect(xPreview.locator('.post-token.url')).toHaveText(
    'https://example.com/faq/lieferung/alle-fragen',
  );

  const li = panel.getByRole('textbox', { name: 'Text für LinkedIn' });
  await li.pressSequentially(
    'Die fünf häufigsten Fragen zur Lieferung –\nbeantwortet von unserem Kundenservice.',
    {
      delay: 20,
    },
  );
  const liSection = panel.getByRole('region', { name: 'Text für LinkedIn' });
  await expect(liSection.getByText('81 / 3000 Zeichen')).toBeVisible();
  await expect(liSection.getByRole('figure', { name: 'Vorschau LinkedIn' })).toContainText(
    'Die fünf häufigsten Fragen zur Lieferung –\nbeantwortet',
  );

  // The plan's fields: an invalid link is refused with the reason, a valid one is kept.
  const link = panel.getByRole('textbox', { name: 'Link', exact: true });
  await link.pressSequentially('example.com/faq', { delay: 10 });
  await link.press('Enter');
  await expect(panel.getByRole('alert').filter({ hasText: 'vollständige Adresse' })).toBeVisible();
  await link.fill('');
  await link.pressSequentially('https://example.com/faq', { delay: 10 });
  await link.press('Enter');
  await expect(panel.getByRole('link', { name: 'Link im Browser öffnen' })).toHaveAttribute(
    'href',
    'https://example.com/faq',
  );
  await panel.getByRole('combobox', { name: 'Format', exact: true }).selectOption({ label: 'Karussell' });

  // Over X's limit: shown, never cut.
  await x.press('End');
  // The rest is pasted, as a long text usually arrives.
  await app.keyboard.insertText(` ${'Lieferung '.repeat(22)}`);
  // 66 + 221 typed, and the card's link, which X takes into the text: a line break and 23.
  await expect(xSection.getByText('311 / 280 Zeichen', { exact: true })).toBeVisible();
  await expect(xSection.getByRole('alert')).toHaveText(
    /Zu lang für X: 311 \/ 280 Zeichen: 31 über dem Limit/,
  );
  await expect(x).toHaveValue(/(Lieferung ){22}$/);

  for (const scheme of ['light', 'dark'] as const) {
    await app.emulateMedia({ colorScheme: scheme });
    await xSection.scrollIntoViewIfNeeded();
    await app.screenshot({ path: testInfo.outputPath(`post-panel-${scheme}.png`) });
  }
  await app.emulateMedia({ colorScheme: 'light' });

  await panel.getByRole('button', { name: 'Schließen' }).click();
  const tile = column(app, 'Ideen').getByRole('button', { name: `Karte öffnen: ${CARD}` });
  await expect(tile.getByRole('img', { name: 'Über dem Limit auf X' })).toBeVisible();
  expect(appErrors).toEqual([]);
});

test('Ben approves, Anna edits the X copy: both see "nach Freigabe geändert" with the diff, Ben re-approves @peers', async ({
  openPeer,
}) => {
  test.setTimeout(150_000);
  const [anna, ben] = await pair(openPeer);

  // Anna writes the X copy and asks Ben for approval.
  await cardButton(anna.page, CARD).click();
  const panel = panelOf(anna.page);
  await addChannels(anna.page, 'X');
  const x = panel.getByRole('textbox', { name: 'Text für X' });
  await x.pressSequentially('Die 5 häufigsten Fragen zur Lieferung.', { delay: 20 });
  await panel.getByRole('button', { name: /Freigabe anfordern/ }).click();
  const form = panel.getByRole('form', { name: 'Freigabe anfordern' });
  await form.getByRole('checkbox', { name: /Ben Schulz/ }).check();
  await form.getByRole('button', { name: 'Freigabe anfordern' }).click();
  await panel.getByRole('button', { name: 'Schließen' }).click();

  // Ben approves in his tasks, where he sees the post as it will go out.
  await tasksTab(ben.page).click();
  const task = ben.page
    .getByRole('region', { name: /^Meine Aufgaben/ })
    .getByRole('article', { name: `Freigabe: ${CARD}` });
  await expect(task.getByRole('figure', { name: 'Vorschau X' })).toContainText(
    'Die 5 häufigsten Fragen zur Lieferung.',
  );
  await task.getByRole('button', { name: 'Freigeben' }).click();
  await expect(task).toBeHidden();
  await expect(
    column(anna.page, 'Freigegeben').getByRole('button', { name: `Karte öffnen: ${CARD}` }),
  ).toBeVisible();

  // Anna changes the X copy afterwards.
  await cardButton(anna.page, CARD).click();
  await x.press('End');
  await x.press('Backspace');
  await x.pressSequentially(' – jetzt mit Video!', { delay: 20 });
  const notice = panel.getByRole('status').filter({ hasText: 'Nach Freigabe geändert' });
  await expect(notice).toBeVisible();
  await expect(notice.getByRole('insertion')).toHaveText(' – jetzt mit Video!');
  await expect(notice.getByRole('deletion')).toHaveText('.');
  await expect(notice.getByRole('button', { name: 'Erneut freigeben' })).toHaveCount(0); // not Anna's approval
  await panel.getByRole('button', { name: 'Schließen' }).click();
  await expect(
    column(anna.page, 'Zur Freigabe').getByRole('button', { name: `Karte öffnen: ${CARD}` }),
  ).toBeVisible();

  // Ben sees it in his task list with the diff, and approves again in one click.
  const stale = ben.page.getByRole('region', { name: 'Nach Freigabe geändert' });
  await expect(stale.getByRole('status')).toContainText('Text X');
  await expect(stale.getByRole('insertion')).toHaveText(' – jetzt mit Video!');
  await stale.getByRole('button', { name: `„${CARD}“ erneut freigeben` }).click();
  await expect(stale).toBeHidden();
  await expect(
    column(anna.page, 'Freigegeben').getByRole('button', { name: `Karte öffnen: ${CARD}` }),
  ).toBeVisible();
  await cardButton(anna.page, CARD).click();
  await expect(
    panel.getByRole('article', { name: `Freigabe: ${CARD}` }).getByText('bestätigt', { exact: true }),
  ).toBeVisible();
  await expect(panel.getByText('Nach Freigabe geändert')).toHaveCount(0);
  expect([...anna.errors, ...ben.errors]).toEqual([]);
});
