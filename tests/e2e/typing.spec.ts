// Every field that edits the document keeps what a person types, key by key, with spaces, a middle
// dot, umlauts and ß; input-method text and a paste over a selection arrive whole; two colleagues
// renaming the same card at the same moment end with one of their titles on every laptop.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './harness';
import { cardButton, column, copyInvite, createWorkspace, join, pair } from './steps';
import { composeLikeAnIme, pasteOver, PERSON_TYPED, typeLikeAPerson } from './typing';

const panelOf = (page: Page) => page.getByRole('complementary', { name: 'Karte bearbeiten' });
const settingsOf = (page: Page) => page.getByRole('dialog', { name: 'Einstellungen' });

/** Types the text into the field key by key, sees it kept while typing, commits with `key`. */
async function typeAndCommit(field: Locator, key: 'Enter' | 'Tab' | null = 'Enter') {
  await typeLikeAPerson(field, PERSON_TYPED);
  await expect(field).toHaveValue(PERSON_TYPED);
  if (key) await field.press(key);
}

test('every document-bound field keeps what is typed key by key', async ({ app, appErrors }) => {
  test.setTimeout(120_000);
  await createWorkspace(app);

  // The board: a new card, its title, brief and tags in the side panel.
  const ideas = column(app, 'Ideen');
  await ideas.getByRole('button', { name: 'Karte in „Ideen“ hinzufügen' }).click();
  await typeAndCommit(app.getByLabel('Titel der neuen Karte'));
  await app.getByLabel('Titel der neuen Karte').press('Escape');
  await expect(cardButton(app, PERSON_TYPED)).toHaveCount(1);

  await cardButton(app, 'Produktlaunch EcoLine: Teaser-Video').click();
  const panel = panelOf(app);
  await typeAndCommit(panel.getByLabel('Titel', { exact: true }), 'Tab');
  await expect(cardButton(app, PERSON_TYPED)).toHaveCount(2);
  await expect(panel.getByLabel('Titel', { exact: true })).toHaveValue(PERSON_TYPED);
  await typeAndCommit(panel.getByLabel('Briefing'), null);
  await typeAndCommit(panel.getByLabel(/^Tags/));
  await expect(panel.getByLabel(/^Tags/)).toHaveValue(PERSON_TYPED);
  await panel.getByRole('button', { name: 'Input anfragen' }).click();
  const form = panel.getByRole('form', { name: 'Input anfragen' });
  await typeAndCommit(form.getByLabel('Was genau?'), null);
  await typeAndCommit(form.getByLabel('Wofür wird es gebraucht?'), null);
  await panel.getByRole('button', { name: 'Schließen' }).click();
  await cardButton(app, PERSON_TYPED).last().click();
  await expect(panel.getByLabel('Briefing')).toHaveValue(PERSON_TYPED);
  await expect(panel.getByLabel(/^Tags/)).toHaveValue(PERSON_TYPED);
  await panel.getByRole('button', { name: 'Schließen' }).click();

  // Columns: a rename and a new one.
  await app.getByRole('button', { name: 'Aktionen für Spalte „Warten auf Input“' }).click();
  await app.getByRole('menuitem', { name: 'Umbenennen' }).click();
  await typeAndCommit(app.getByLabel('Spaltenname'));
  await expect(column(app, PERSON_TYPED)).toBeVisible();
  await app.getByRole('button', { name: 'Spalte hinzufügen' }).click();
  await typeAndCommit(app.getByLabel('Name der neuen Spalte'));
  await expect(column(app, PERSON_TYPED)).toHaveCount(2);

  // The search keeps the text too (and finds the cards).
  await typeAndCommit(app.getByRole('searchbox', { name: 'Suchen' }), null);
  await expect(cardButton(app, PERSON_TYPED)).toHaveCount(2);
  await app.getByRole('button', { name: 'Filter zurücksetzen' }).click();

  // Settings: the workspace, a colleague's name, a new colleague, the playbook, a crisis reason.
  await app.getByRole('button', { name: 'Einstellungen' }).click();
  const settings = settingsOf(app);
  await typeAndCommit(settings.getByLabel('Name des Arbeitsbereichs'), 'Tab');
  await expect(settings.getByLabel('Name des Arbeitsbereichs')).toHaveValue(PERSON_TYPED);
  await typeAndCommit(settings.getByLabel('Name von Jonas Weber'));
  await expect(settings.getByLabel(`Name von ${PERSON_TYPED}`)).toHaveValue(PERSON_TYPED);
  await typeAndCommit(settings.getByLabel('Name', { exact: true }));
  await expect(settings.getByLabel(`Name von ${PERSON_TYPED}`)).toHaveCount(2);
  await typeAndCommit(settings.getByLabel('Playbook: wer macht was in der Krise'), 'Tab');
  await expect(settings.getByLabel('Playbook: wer macht was in der Krise')).toHaveValue(PERSON_TYPED);
  await typeAndCommit(settings.getByLabel('Was ist passiert?'), null);

  // Channels: a channel's name and a new channel.
  await settings.getByRole('button', { name: 'Kanäle verwalten …' }).click();
  const channels = app.getByRole('dialog', { name: 'Kanäle verwalten' });
  await typeAndCommit(channels.getByLabel('Name', { exact: true }).first());
  await expect(channels.getByLabel('Name', { exact: true }).first()).toHaveValue(PERSON_TYPED);
  await typeAndCommit(channels.getByLabel('Name des neuen Kanals'));
  await expect(channels.getByLabel('Name', { exact: true }).last()).toHaveValue(PERSON_TYPED);
  await channels.getByRole('button', { name: 'Fertig' }).click();
  await settings.getByRole('button', { name: 'Fertig' }).click();

  // A meeting's decision.
  await app.getByRole('button', { name: 'Sitzung', exact: true }).click();
  const meeting = app.getByRole('complementary', { name: 'Sitzung' });
  await meeting.getByRole('button', { name: 'Sitzung starten' }).click();
  await typeAndCommit(meeting.getByLabel('Beschluss'));
  await expect(meeting.getByRole('region', { name: 'Beschlüsse' })).toContainText(PERSON_TYPED);
  expect(appErrors).toEqual([]);
});

test('umlauts and ß from an input method and a paste over a selection arrive whole', async ({ app }) => {
  await createWorkspace(app);
  await cardButton(app, 'Produktlaunch EcoLine: Teaser-Video').click();
  const title = panelOf(app).getByLabel('Titel', { exact: true });
  await typeLikeAPerson(title, 'Grüße ');
  await composeLikeAnIme(title, 'für Straßenfeste');
  await expect(title).toHaveValue('Grüße für Straßenfeste');
  await title.press('Enter');
  await expect(cardButton(app, 'Grüße für Straßenfeste')).toBeVisible();

  await pasteOver(title, 'Neuer Titel – eingefügt');
  await expect(title).toHaveValue('Neuer Titel – eingefügt');
  await title.press('Tab');
  await expect(cardButton(app, 'Neuer Titel – eingefügt')).toBeVisible();
  await expect(cardButton(app, /Straßenfeste/)).toHaveCount(0);
});

test('two colleagues rename the same card at once: one title wins everywhere, never both run together @peers', async ({
  openPeer,
}) => {
  test.setTimeout(120_000);
  const [anna, ben] = await pair(openPeer);
  const carla = await openPeer('carla');
  await join(carla.page, await copyInvite(anna.page), 'Carla Neumann');
  const card = 'Produktlaunch EcoLine: Teaser-Video';
  for (const peer of [anna, ben]) await cardButton(peer.page, card).click();
  const annaTitle = panelOf(anna.page).getByLabel('Titel', { exact: true });
  const benTitle = panelOf(ben.page).getByLabel('Titel', { exact: true });

  // Ben selects the whole title and starts replacing it; Anna's rename arrives meanwhile.
  const fromAnna = 'Neuer Titel von Anna';
  const fromBen = 'Neuer Titel von Ben';
  await benTitle.click();
  await benTitle.press('ControlOrMeta+A');
  await Promise.all([
    typeLikeAPerson(annaTitle, fromAnna),
    benTitle.pressSequentially(fromBen, { delay: 20 }),
  ]);
  await annaTitle.press('Enter');
  // Ben's field keeps his text under the cursor and shows Anna's beside it.
  const notice = panelOf(ben.page).getByRole('status').filter({ hasText: fromAnna });
  await expect(notice).toContainText(`Anna Berger hat „Titel“ geändert: „${fromAnna}“.`);
  await expect(benTitle).toHaveValue(fromBen);
  await ben.page.screenshot({ path: test.info().outputPath('draft-notice.png') });
  await benTitle.press('Enter');

  // Everyone ends with one of the two titles (Ben committed last: his), never a concatenation.
  for (const peer of [anna, ben, carla]) {
    await expect(cardButton(peer.page, fromBen)).toBeVisible();
    await expect(cardButton(peer.page, /Anna.*Ben|Ben.*Anna/)).toHaveCount(0);
    await expect(cardButton(peer.page, card)).toHaveCount(0);
  }

  // Taking the colleague's title over: Ben's field shows it, and nobody's title changes again.
  await typeLikeAPerson(benTitle, 'Ben überlegt noch');
  await typeLikeAPerson(annaTitle, 'Anna hat das letzte Wort');
  await annaTitle.press('Enter');
  const lastWord = panelOf(ben.page).getByRole('status').filter({ hasText: 'Anna hat das letzte Wort' });
  await expect(lastWord).toContainText('Anna Berger hat „Titel“ geändert');
  await lastWord.getByRole('button', { name: 'Übernehmen' }).click();
  await expect(benTitle).toHaveValue('Anna hat das letzte Wort');
  await expect(benTitle).toBeFocused();
  await benTitle.press('Enter');
  for (const peer of [anna, ben, carla])
    await expect(cardButton(peer.page, 'Anna hat das letzte Wort')).toBeVisible();

  // Both at the very same moment: whichever commit the document orders last, all agree on it.
  await Promise.all([typeLikeAPerson(annaTitle, 'Zeitgleich A'), typeLikeAPerson(benTitle, 'Zeitgleich B')]);
  await Promise.all([annaTitle.press('Enter'), benTitle.press('Enter')]);
  const shown = () =>
    Promise.all(
      [anna, ben, carla].map((peer) =>
        peer.page
          .getByRole('button', { name: /^Karte öffnen: Zeitgleich/ })
          .evaluateAll((tiles) => tiles.map((tile) => tile.getAttribute('aria-label')).join(' | ')),
      ),
    );
  await expect
    .poll(async () => {
      const [a, b, c] = await shown();
      return a === b && b === c ? a : 'not yet the same';
    })
    .toMatch(/^Karte öffnen: Zeitgleich [AB]$/);
  expect([...anna.errors, ...ben.errors, ...carla.errors]).toEqual([]);
});

test('a title edit and a brief edit made within a second undo as two steps', async ({ app }) => {
  await createWorkspace(app);
  const before = 'Produktlaunch EcoLine: Teaser-Video';
  await cardButton(app, before).click();
  const panel = panelOf(app);
  const brief = panel.getByLabel('Briefing');
  const briefBefore = await brief.inputValue();
  await typeLikeAPerson(panel.getByLabel('Titel', { exact: true }), 'Teaser fertig');
  // Tab moves straight on to the brief: the title is committed on the way.
  await panel.getByLabel('Titel', { exact: true }).press('Tab');
  await expect(brief).toBeFocused();
  await brief.press('End');
  await brief.pressSequentially(' Mit Untertiteln.', { delay: 20 });
  await panel.getByRole('heading', { name: 'Karte bearbeiten' }).click();

  await app.getByRole('button', { name: 'Rückgängig' }).click();
  await expect(brief).toHaveValue(briefBefore);
  await expect(panel.getByLabel('Titel', { exact: true })).toHaveValue('Teaser fertig');
  await app.getByRole('button', { name: 'Rückgängig' }).click();
  await expect(panel.getByLabel('Titel', { exact: true })).toHaveValue(before);
  await expect(brief).toHaveValue(briefBefore);
});
