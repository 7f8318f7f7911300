// Comments with @mentions and campaigns as a team meets them: a colleague comments on a card from
// her own laptop and mentions Anna, picked from the list by keyboard; Anna finds it in "Meine
// Aufgaben", is notified, and marks it done; only the author edits and deletes. Campaigns are made
// in the settings, given to cards, filter the board and lie as bands over their days in the week
// and the month.
import type { Page } from '@playwright/test';
import { expect, test } from './harness';
import { cardButton, cardTitles, column, createWorkspace, pair } from './steps';
import { typeLikeAPerson } from './typing';

const panelOf = (page: Page) => page.getByRole('complementary', { name: 'Karte bearbeiten' });
const tasksTab = (page: Page) =>
  page.getByRole('navigation', { name: 'Ansichten' }).getByRole('button', { name: /^Aufgaben/ });
const commentField = (page: Page) => panelOf(page).getByRole('textbox', { name: 'Kommentar', exact: true });
const CARD = 'Produktlaunch EcoLine: Teaser-Video';

/** Records system notifications instead of showing them, as if the user had allowed them. */
async function recordNotifications(page: Page) {
  await page.evaluate(() => {
    const told: string[] = [];
    (window as Window & { told?: string[] }).told = told;
    class Recorder {
      static permission = 'granted';
      onclick: (() => void) | null = null;
      constructor(title: string, options?: { body?: string }) {
        told.push(`${title} | ${options?.body ?? ''}`);
      }
    }
    Object.defineProperty(window, 'Notification', { value: Recorder, configurable: true });
  });
  return () => page.evaluate(() => (window as Window & { told?: string[] }).told ?? []);
}

test('a colleague mentions Anna in a comment; Anna finds it in her tasks and is notified @peers', async ({
  openPeer,
}) => {
  const [anna, ben] = await pair(openPeer);
  const told = await recordNotifications(anna.page);

  await cardButton(ben.page, CARD).click();
  const field = commentField(ben.page);
  await field.click();
  await field.pressSequentially('Passt der Text so, @An', { delay: 20 });
  const suggestions = panelOf(ben.page).getByRole('listbox', { name: 'Personen zum Erwähnen' });
  await expect(suggestions.getByRole('option')).toHaveText(['Anna Berger']);
  await expect(field).toHaveAttribute('aria-activedescendant', /.+/);
  await expect(suggestions.getByRole('option', { name: 'Anna Berger' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await field.press('Enter');
  await expect(field).toHaveValue('Passt der Text so, @Anna Berger ');
  await expect(suggestions).toBeHidden();
  await field.pressSequentially('bitte bis Freitag.', { delay: 20 });
  await panelOf(ben.page).getByRole('button', { name: 'Kommentieren' }).click();
  const mine = panelOf(ben.page).getByRole('article', { name: 'Kommentar von Ben Schulz' });
  await expect(mine).toContainText('Passt der Text so, @Anna Berger bitte bis Freitag.');
  await expect(mine.locator('mark')).toHaveText('@Anna Berger');
  await expect(field).toHaveValue('');

  // Anna: an entry in "Meine Aufgaben" and one notification.
  await expect(tasksTab(anna.page)).toContainText('1');
  await tasksTab(anna.page).click();
  const tasks = anna.page.getByRole('region', { name: /^Meine Aufgaben/ });
  const mention = tasks.getByRole('article', { name: 'Erwähnung von Ben Schulz' });
  await expect(mention).toContainText(`in „${CARD}“`);
  await expect(mention).toContainText('bitte bis Freitag.');
  await expect.poll(told).toEqual([`Du wurdest erwähnt | ${CARD}`]);
  await anna.page.screenshot({ path: test.info().outputPath('mentions-in-tasks.png') });

  // The author edits; the edit reaches Anna's entry. Anna cannot edit or delete Ben's comment.
  await mine.getByRole('button', { name: 'Bearbeiten' }).click();
  const edit = mine.getByRole('textbox', { name: 'Kommentar bearbeiten' });
  await edit.press('ControlOrMeta+End');
  await edit.pressSequentially(' Danke!', { delay: 20 });
  await mine.getByRole('button', { name: 'Speichern' }).click();
  await expect(mine).toContainText('bearbeitet');
  await expect(mention).toContainText('bitte bis Freitag. Danke!');

  await mention.getByRole('button', { name: 'Karte öffnen' }).click();
  const theirs = panelOf(anna.page).getByRole('article', { name: 'Kommentar von Ben Schulz' });
  await expect(theirs).toContainText('Danke!');
  await expect(theirs.getByRole('button')).toHaveCount(0);
  await panelOf(anna.page).getByRole('button', { name: 'Schließen', exact: true }).click();

  // Done: the entry stays, marked, and the tab counts nothing open; the mark is hers only.
  await tasksTab(anna.page).click();
  await mention.getByRole('button', { name: 'Erledigt' }).click();
  await expect(mention.getByRole('button', { name: 'Wieder offen' })).toBeVisible();
  await expect(tasksTab(anna.page)).not.toContainText('1');
  expect(await told()).toHaveLength(1);

  // Anna answers and mentions Ben back; Ben deletes his comment, which leaves Anna's list.
  await mention.getByRole('button', { name: 'Karte öffnen' }).click();
  const answer = commentField(anna.page);
  await answer.click();
  await answer.pressSequentially('Erledigt, @B', { delay: 20 });
  await answer.press('Tab');
  await answer.press('ControlOrMeta+Enter');
  await expect(panelOf(ben.page).getByRole('article', { name: 'Kommentar von Anna Berger' })).toContainText(
    'Erledigt, @Ben Schulz',
  );
  await mine.getByRole('button', { name: 'Löschen' }).click();
  await ben.page
    .getByRole('dialog', { name: 'Kommentar löschen?' })
    .getByRole('button', { name: 'Löschen' })
    .click();
  await expect(panelOf(anna.page).getByRole('article', { name: 'Kommentar von Ben Schulz' })).toHaveCount(0);
  await tasksTab(ben.page).click();
  await expect(
    ben.page
      .getByRole('region', { name: /^Meine Aufgaben/ })
      .getByRole('article', { name: 'Erwähnung von Anna Berger' }),
  ).toBeVisible();
  expect([...anna.errors, ...ben.errors]).toEqual([]);
});

const NOW = new Date('2026-11-25T10:00:00+01:00');

test('campaigns: made in the settings, chosen on a card, filter the board, bands in week and month', async ({
  app,
  appErrors,
}) => {
  await app.clock.setFixedTime(NOW);
  await createWorkspace(app, { me: 'Anna Berger' });
  await app.getByRole('button', { name: 'Einstellungen' }).click();
  const settings = app.getByRole('dialog', { name: 'Einstellungen' });
  await settings.getByRole('button', { name: 'Kampagnen' }).click();
  const dialog = app.getByRole('dialog', { name: 'Kampagnen' });
  const add = async (name: string, start: string, end: string, goal: string) => {
    const form = dialog.getByRole('form', { name: 'Neue Kampagne' });
    await typeLikeAPerson(form.getByLabel('Name'), name);
    await form.getByLabel('Von').fill(start);
    await form.getByLabel('Bis').fill(end);
    await typeLikeAPerson(form.getByLabel('Ziel'), goal);
    await form.getByRole('button', { name: 'Kampagne anlegen' }).click();
    await expect(dialog.getByRole('form', { name: `${name} bearbeiten` })).toBeVisible();
  };
  // The end before the start is refused with a reason.
  const form = dialog.getByRole('form', { name: 'Neue Kampagne' });
  await typeLikeAPerson(form.getByLabel('Name'), 'Verkehrt');
  await form.getByLabel('Von').fill('2026-11-10');
  await form.getByLabel('Bis').fill('2026-11-01');
  await form.getByRole('button', { name: 'Kampagne anlegen' }).click();
  await expect(form.getByRole('alert')).toHaveText('Das Ende darf nicht vor dem Anfang liegen.');
  await add('Winteraktion Wärmepumpe', '2026-11-20', '2026-12-06', '300 Beratungstermine');
  await add('Black Week', '2026-11-24', '2026-11-27', 'Service statt Rabatt');
  await expect(
    dialog.getByRole('list', { name: 'Kampagnen des Arbeitsbereichs' }).getByRole('listitem'),
  ).toHaveCount(2);
  await dialog.getByRole('button', { name: 'Fertig' }).click();
  await settings.getByRole('button', { name: 'Fertig' }).click();

  // A card joins a campaign; the board filters by it.
  await cardButton(app, CARD).click();
  await panelOf(app)
    .getByRole('combobox', { name: 'Kampagne', exact: true })
    .selectOption({ label: 'Winteraktion Wärmepumpe' });
  await panelOf(app).getByRole('button', { name: 'Schließen', exact: true }).click();
  const filter = app.getByRole('search', { name: /Filter/ }).getByRole('combobox', { name: 'Kampagne' });
  await filter.selectOption({ label: 'Winteraktion Wärmepumpe' });
  const visible = [
    ...(await cardTitles(app, 'Ideen')),
    ...(await cardTitles(app, 'In Arbeit')),
    ...(await cardTitles(app, 'Zur Freigabe')),
  ];
  expect(visible).toEqual([CARD]);
  await expect(column(app, 'Veröffentlicht').getByRole('button', { name: /^Karte öffnen/ })).toHaveCount(0);
  await filter.selectOption({ label: 'Alle' });

  // The week: both bands, the long one running on beyond both ends of the week.
  await app.getByRole('button', { name: 'Kalender', exact: true }).click();
  const week = app.getByRole('table', { name: /^Wochenplan KW 48/ });
  const weekBands = week.getByRole('list', { name: 'Kampagnen' }).getByRole('listitem');
  await expect(weekBands).toHaveText(['Winteraktion Wärmepumpe', 'Black Week']);
  await expect(weekBands.first()).toHaveAccessibleName(
    'Kampagne Winteraktion Wärmepumpe, 20.11.2026 bis 06.12.2026',
  );
  await expect(weekBands.first()).toHaveClass(/before/);
  await expect(weekBands.first()).toHaveClass(/after/);
  const [long, short] = [await weekBands.nth(0).boundingBox(), await weekBands.nth(1).boundingBox()];
  // Black Week lies on its own line, under Tuesday to Friday: less than two thirds of the week.
  expect(short!.y).toBeGreaterThan(long!.y);
  expect(short!.width).toBeLessThan(long!.width * 0.66);
  await app.screenshot({ path: test.info().outputPath('campaigns-week-light.png') });
  // The printed week shows the bands too.
  await app.emulateMedia({ media: 'print' });
  await expect(weekBands).toHaveText(['Winteraktion Wärmepumpe', 'Black Week']);
  await expect(weekBands.first()).toBeVisible();
  await app.screenshot({ path: test.info().outputPath('campaigns-week-print.png') });
  await app.emulateMedia({ media: 'screen' });
  await app.emulateMedia({ colorScheme: 'dark' });
  await app.screenshot({ path: test.info().outputPath('campaigns-week-dark.png') });
  await app.emulateMedia({ colorScheme: 'light' });

  // The month: a band row over each week the campaigns touch.
  await app.getByRole('button', { name: 'Monat', exact: true }).click();
  const month = app.getByRole('table', { name: 'Monatsplan November 2026' });
  const rows = month.getByRole('list', { name: 'Kampagnen' });
  await expect(rows).toHaveCount(3); // the weeks of 16.11., 23.11. and 30.11.–06.12.
  await expect(rows.nth(0).getByRole('listitem')).toHaveText(['Winteraktion Wärmepumpe']);
  await expect(rows.nth(1).getByRole('listitem')).toHaveText(['Winteraktion Wärmepumpe', 'Black Week']);
  await expect(rows.nth(2).getByRole('listitem')).toHaveText(['Winteraktion Wärmepumpe']);
  await expect(rows.nth(2).getByRole('listitem')).not.toHaveClass(/after/);
  await app.screenshot({ path: test.info().outputPath('campaigns-month-light.png') });
  await app.emulateMedia({ colorScheme: 'dark' });
  await app.screenshot({ path: test.info().outputPath('campaigns-month-dark.png') });
  await app.emulateMedia({ colorScheme: 'light' });
  expect(appErrors).toEqual([]);
});

test('the card panel with comments, in light and dark', async ({ app, appErrors }) => {
  await createWorkspace(app, { me: 'Anna Berger' });
  await cardButton(app, CARD).click();
  const field = commentField(app);
  await field.click();
  await field.pressSequentially('Bitte Claim prüfen, @Sa', { delay: 20 });
  await field.press('ArrowDown'); // one match: the list wraps and stays on it
  await field.press('Enter');
  await field.pressSequentially('– und @Jo', { delay: 20 });
  await expect(panelOf(app).getByRole('listbox').getByRole('option', { name: 'Jonas Weber' })).toBeVisible();
  await field.press('Escape'); // closes the list only, not the panel
  await expect(panelOf(app).getByRole('listbox')).toBeHidden();
  await expect(panelOf(app)).toBeVisible();
  for (let i = 0; i < '@Jo'.length; i++) await field.press('Backspace');
  await field.pressSequentially('@Jonas Weber, das Bild?', { delay: 20 });
  await field.press('ControlOrMeta+Enter');
  const comment = panelOf(app).getByRole('article', { name: 'Kommentar von Anna Berger' });
  await expect(comment.locator('mark')).toHaveText(['@Sabine Krüger', '@Jonas Weber']);
  await field.click();
  await field.pressSequentially('@Jo', { delay: 20 });
  const scroll = panelOf(app).getByRole('heading', { name: /^Kommentare/ });
  await scroll.scrollIntoViewIfNeeded();
  await panelOf(app).screenshot({ path: test.info().outputPath('comments-panel-light.png') });
  await app.emulateMedia({ colorScheme: 'dark' });
  await panelOf(app).screenshot({ path: test.info().outputPath('comments-panel-dark.png') });
  expect(appErrors).toEqual([]);
});
