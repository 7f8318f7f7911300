// The foundation as a user meets it: first start, the kanban board, cards, columns, filters, undo,
// language. Every test runs in a fresh browser context (its own IndexedDB).
import { expect, test } from './harness';
import { cardButton, cardTitles, column, createWorkspace, dragWithMouse, EXAMPLE_MONDAY } from './steps';
import { typeLikeAPerson } from './typing';

test('first start: create a workspace, say who I am, and get the example plan', async ({
  app,
  appErrors,
}) => {
  await expect(app).toHaveTitle('Sendeplan');
  await expect(app.getByRole('heading', { name: 'Willkommen bei Sendeplan' })).toBeVisible();
  await app.getByRole('button', { name: 'Los geht’s' }).click();
  await expect(app.getByRole('alert')).toHaveText('Bitte gib dem Arbeitsbereich einen Namen.');
  await app.getByLabel('Name des Arbeitsbereichs').fill('Social Media Müller GmbH');
  await app.getByRole('button', { name: 'Los geht’s' }).click();
  await expect(app.getByRole('alert')).toHaveText('Bitte sag uns, wie du heißt.');

  await createWorkspace(app);
  const headings = await app
    .getByRole('region', { name: 'Kanban-Board' })
    .getByRole('heading', { level: 2 })
    .allInnerTexts();
  expect(headings).toEqual([
    'Ideen',
    'In Arbeit',
    'Warten auf Input',
    'Zur Freigabe',
    'Freigegeben',
    'Veröffentlicht',
  ]);
  const cards = app.getByRole('button', { name: /^Karte öffnen: / });
  await expect(cards).toHaveCount(20);
  // Owner, channels and field at a glance.
  const tile = cardButton(app, 'Produktlaunch EcoLine: Teaser-Video');
  await expect(tile.getByRole('img', { name: 'Zuständig: Jonas Weber' })).toBeVisible();
  await expect(tile.getByRole('img', { name: 'Instagram', exact: true }).first()).toBeVisible();
  // The example plan schedules it next week, on Instagram (its slot on the tile).
  await expect(tile.getByRole('img', { name: /^Eingeplant: Instagram, Mittwoch, / })).toBeVisible();
  await expect(tile.getByText('Marketing', { exact: true })).toBeVisible();
  // I am the social media person of the example plan.
  await expect(app.getByRole('img', { name: 'Du bist Lena Hoffmann' })).toBeVisible();
  expect(appErrors).toEqual([]);
});

test('create a card in a column, edit it in the side panel, and see it on the board', async ({ app }) => {
  await createWorkspace(app);
  await column(app, 'In Arbeit').getByRole('button', { name: 'Karte in „In Arbeit“ hinzufügen' }).click();
  await app.getByLabel('Titel der neuen Karte').fill('Rückblick Sommerfest');
  await app.getByLabel('Titel der neuen Karte').press('Enter');
  await app.getByLabel('Titel der neuen Karte').press('Escape');
  expect((await cardTitles(app, 'In Arbeit')).at(-1)).toBe('Rückblick Sommerfest');

  await cardButton(app, 'Rückblick Sommerfest').click();
  const panel = app.getByRole('complementary', { name: 'Karte bearbeiten' });
  await typeLikeAPerson(panel.getByLabel('Titel', { exact: true }), 'Rückblick Sommerfest 2026');
  await typeLikeAPerson(
    panel.getByLabel('Briefing'),
    'Zehn Fotos, Dank an das Orga-Team.\nFreigabe durch die GF.',
  );
  await panel.getByLabel('Zuständig').selectOption({ label: 'Sabine Krüger' });
  await panel.getByRole('checkbox', { name: 'LinkedIn' }).check();
  await panel.getByRole('checkbox', { name: 'Instagram' }).check();
  await panel.getByLabel('Aktionsfeld').selectOption({ label: 'Unternehmenskommunikation' });
  await typeLikeAPerson(panel.getByLabel(/^Tags/), 'Event, #Team, Event');
  await panel.getByLabel(/^Tags/).press('Enter');
  await expect(panel.getByLabel(/^Tags/)).toHaveValue('Event, Team');
  await panel.getByRole('button', { name: 'Schließen' }).click();
  await expect(panel).toBeHidden();

  const tile = cardButton(app, 'Rückblick Sommerfest 2026');
  await expect(tile.getByRole('img', { name: 'Zuständig: Sabine Krüger' })).toBeVisible();
  await expect(tile.getByRole('img', { name: 'LinkedIn' })).toBeVisible();
  await expect(tile.getByRole('img', { name: 'Instagram', exact: true }).first()).toBeVisible();
  await expect(tile.getByText('Unternehmenskommunikation')).toBeVisible();
  await expect(tile.getByText('#Event')).toBeVisible();
  await tile.click();
  await expect(panel.getByLabel('Briefing')).toHaveValue(
    'Zehn Fotos, Dank an das Orga-Team.\nFreigabe durch die GF.',
  );
});

test('archive, restore and delete a card, deleting only after confirmation', async ({ app }) => {
  await createWorkspace(app);
  const title = 'Umfrage: Welche Themen wünscht ihr euch 2027?';
  await cardButton(app, title).click();
  const panel = app.getByRole('complementary', { name: 'Karte bearbeiten' });
  await panel.getByRole('button', { name: 'Archivieren' }).click();
  await expect(cardButton(app, title)).toBeHidden();
  await expect(panel.getByText('Diese Karte ist archiviert.')).toBeVisible();

  await app.getByRole('checkbox', { name: 'Archiv anzeigen' }).check();
  await expect(cardButton(app, title)).toBeVisible();
  await panel.getByRole('button', { name: 'Wiederherstellen' }).click();
  await app.getByRole('checkbox', { name: 'Archiv anzeigen' }).uncheck();
  await expect(cardButton(app, title)).toBeVisible();

  await panel.getByRole('button', { name: 'Löschen' }).click();
  const dialog = app.getByRole('dialog', { name: `Karte „${title}“ löschen?` });
  await dialog.getByRole('button', { name: 'Abbrechen' }).click();
  await expect(cardButton(app, title)).toBeVisible();
  await panel.getByRole('button', { name: 'Löschen' }).click();
  await dialog.getByRole('button', { name: 'Endgültig löschen' }).click();
  await expect(cardButton(app, title)).toHaveCount(0);
  await expect(app.getByRole('button', { name: /^Karte öffnen: / })).toHaveCount(19);
});

test('drag a card to another column and within a column with the mouse', async ({ app }) => {
  await createWorkspace(app);
  const title = 'Tutorial-Reel: Filter richtig wechseln in 30 Sekunden';
  const target = cardButton(app, 'Pressemitteilung Quartalszahlen Q4');
  await dragWithMouse(app, cardButton(app, title), target, 'top');
  await expect
    .poll(() => cardTitles(app, 'Warten auf Input'))
    .toEqual([
      'Kundenstimme: Familie Schulz über ihre neue Heizung',
      title,
      'Pressemitteilung Quartalszahlen Q4',
      'Newsletter Dezember: Highlights des Jahres',
    ]);
  expect(await cardTitles(app, 'Ideen')).not.toContain(title);

  // Reorder inside "In Arbeit": the last card to the top.
  const inWork = await cardTitles(app, 'In Arbeit');
  await dragWithMouse(app, cardButton(app, inWork.at(-1)!), cardButton(app, inWork[0]!), 'top');
  await expect.poll(() => cardTitles(app, 'In Arbeit')).toEqual([inWork.at(-1), ...inWork.slice(0, -1)]);
});

test('drop a card into an empty column', async ({ app }) => {
  await app.setViewportSize({ width: 2200, height: 900 });
  await createWorkspace(app);
  await app.getByRole('button', { name: 'Spalte hinzufügen' }).click();
  await app.getByLabel('Name der neuen Spalte').fill('Evergreens');
  await app.getByLabel('Name der neuen Spalte').press('Enter');
  const evergreens = column(app, 'Evergreens');
  await expect(evergreens.getByText('Keine Karten')).toBeVisible();
  const title = 'FAQ-Karussell: Die 5 häufigsten Fragen zur Lieferung';
  await dragWithMouse(app, cardButton(app, title), evergreens.getByText('Keine Karten'));
  await expect.poll(() => cardTitles(app, 'Evergreens')).toEqual([title]);
});

test('move a card with the keyboard alone, with German announcements, and cancel with Escape', async ({
  app,
}) => {
  await app.clock.setFixedTime(EXAMPLE_MONDAY);
  await createWorkspace(app);
  const title = 'FAQ-Karussell: Die 5 häufigsten Fragen zur Lieferung';
  const grip = app.getByRole('button', { name: `Karte verschieben: ${title}` });
  const live = app.locator('[aria-live]').filter({ hasText: /Karte/ });

  await grip.focus();
  await app.keyboard.press('Space');
  await expect(live).toContainText(`Karte „${title}“ aufgenommen. Position 1 von 6 in Spalte Ideen.`);
  await app.keyboard.press('ArrowRight');
  await expect(live).toContainText('ist jetzt in Spalte In Arbeit');
  await app.keyboard.press('Escape');
  await expect(live).toContainText('Verschieben abgebrochen');
  expect((await cardTitles(app, 'Ideen'))[0]).toBe(title);

  await grip.focus();
  await app.keyboard.press('Enter');
  await expect(live).toContainText('aufgenommen');
  await app.keyboard.press('ArrowRight');
  await expect(live).toContainText('ist jetzt in Spalte In Arbeit, Position 1 von 5');
  await app.keyboard.press('ArrowDown');
  await expect(live).toContainText('ist jetzt in Spalte In Arbeit, Position 2 von 5');
  await app.keyboard.press('Enter');
  await expect(live).toContainText(`Karte „${title}“ abgelegt in Spalte In Arbeit, Position 2 von 5.`);
  await expect.poll(async () => (await cardTitles(app, 'In Arbeit'))[1]).toBe(title);
  expect(await cardTitles(app, 'Ideen')).not.toContain(title);

  // Down within the column.
  await app.getByRole('button', { name: `Karte verschieben: ${title}` }).focus();
  await app.keyboard.press('Space');
  await expect(live).toContainText('aufgenommen. Position 2 von 5 in Spalte In Arbeit');
  await app.keyboard.press('ArrowDown');
  await expect(live).toContainText('ist jetzt in Spalte In Arbeit, Position 3 von 5');
  await app.keyboard.press('Space');
  await expect.poll(async () => (await cardTitles(app, 'In Arbeit'))[2]).toBe(title);
});

test('columns: add, rename, reorder, and delete without losing cards', async ({ app }) => {
  await createWorkspace(app);
  await app.getByRole('button', { name: 'Aktionen für Spalte „Warten auf Input“' }).click();
  await app.getByRole('menuitem', { name: 'Umbenennen' }).click();
  await app.getByLabel('Spaltenname').fill('Wartet auf Zulieferung');
  await app.getByLabel('Spaltenname').press('Enter');
  await expect(column(app, 'Wartet auf Zulieferung')).toBeVisible();

  await app.getByRole('button', { name: 'Aktionen für Spalte „Wartet auf Zulieferung“' }).click();
  await app.getByRole('menuitem', { name: 'Nach links verschieben' }).click();
  const board = app.getByRole('region', { name: 'Kanban-Board' });
  await expect(board.getByRole('heading', { level: 2 })).toHaveText([
    'Ideen',
    'Wartet auf Zulieferung',
    'In Arbeit',
    'Zur Freigabe',
    'Freigegeben',
    'Veröffentlicht',
  ]);

  const moving = await cardTitles(app, 'Wartet auf Zulieferung');
  const published = await cardTitles(app, 'Veröffentlicht');
  await app.getByRole('button', { name: 'Aktionen für Spalte „Wartet auf Zulieferung“' }).click();
  await app.getByRole('menuitem', { name: 'Spalte löschen' }).click();
  const dialog = app.getByRole('dialog', { name: 'Spalte „Wartet auf Zulieferung“ löschen?' });
  await expect(
    dialog.getByLabel(`Die ${moving.length} Karten dieser Spalte werden verschoben nach:`),
  ).toHaveValue('col-ideas');
  await dialog.getByLabel(/werden verschoben nach/).selectOption({ label: 'Veröffentlicht' });
  await dialog.getByRole('button', { name: 'Spalte löschen' }).click();
  await expect(column(app, 'Wartet auf Zulieferung')).toHaveCount(0);
  await expect.poll(() => cardTitles(app, 'Veröffentlicht')).toEqual([...published, ...moving]);
  await expect(app.getByRole('button', { name: /^Karte öffnen: / })).toHaveCount(20);
});

test('filter by channel, owner, field, tag and text; the filter is visible and clearable', async ({
  app,
}) => {
  await createWorkspace(app);
  const cards = app.getByRole('button', { name: /^Karte öffnen: / });
  await app.getByRole('combobox', { name: 'Kanal', exact: true }).selectOption({ label: 'Newsletter' });
  await expect(app.getByRole('status').filter({ hasText: 'Filter aktiv' })).toHaveText(
    'Filter aktiv: 6 von 20 Karten sichtbar',
  );
  await expect(cards).toHaveCount(6);
  await app.getByRole('combobox', { name: 'Aktionsfeld', exact: true }).selectOption({ label: 'Marketing' });
  await expect(cards).toHaveCount(2);
  await app.getByRole('button', { name: 'Filter zurücksetzen' }).click();
  await expect(cards).toHaveCount(20);
  await expect(app.getByText(/Filter aktiv/)).toBeHidden();

  await app
    .getByRole('combobox', { name: 'Zuständig', exact: true })
    .selectOption({ label: 'Sabine Krüger' });
  await expect(cards).toHaveCount(3);
  await app.getByRole('button', { name: 'Filter zurücksetzen' }).click();
  await app.getByRole('combobox', { name: 'Tag', exact: true }).selectOption({ label: '#Karriere' });
  await expect(cards).toHaveCount(2);
  await app.getByRole('button', { name: 'Filter zurücksetzen' }).click();

  // Search finds words in titles and in briefs, ignoring case.
  await app.getByRole('searchbox', { name: 'Suchen' }).fill('sperrfrist');
  await expect(cards).toHaveCount(1);
  await expect(cardButton(app, 'Pressemitteilung Quartalszahlen Q4')).toBeVisible();
  await expect(column(app, 'Ideen').getByText('Keine passenden Karten')).toBeVisible();
});

test('undo and redo my own changes with the keyboard and the buttons', async ({ app }) => {
  await createWorkspace(app);
  await expect(app.getByRole('button', { name: 'Rückgängig' })).toBeDisabled();
  const title = 'Jubiläum: 75 Jahre am Standort Leipzig';
  await cardButton(app, title).click();
  await app
    .getByRole('complementary', { name: 'Karte bearbeiten' })
    .getByRole('button', { name: 'Archivieren' })
    .click();
  await expect(cardButton(app, title)).toBeHidden();
  await app.keyboard.press('Control+z');
  await expect(cardButton(app, title)).toBeVisible();
  await app.keyboard.press('Control+Shift+z');
  await expect(cardButton(app, title)).toBeHidden();
  await app.getByRole('button', { name: 'Rückgängig' }).click();
  await expect(cardButton(app, title)).toBeVisible();
  await app.getByRole('button', { name: 'Wiederholen' }).click();
  await expect(cardButton(app, title)).toBeHidden();
  await app.keyboard.press('Control+z');
  await app.keyboard.press('Control+y');
  await expect(cardButton(app, title)).toBeHidden();
});

test('reload the page and find everything as it was', async ({ app }) => {
  await createWorkspace(app, { name: 'Presse & Social' });
  await column(app, 'Ideen').getByRole('button', { name: 'Karte in „Ideen“ hinzufügen' }).click();
  await app.getByLabel('Titel der neuen Karte').fill('Weihnachtsgruß der Geschäftsführung');
  await app.getByLabel('Titel der neuen Karte').press('Enter');
  const title = 'Messe-Teaser: Wir sind auf der BAU in München';
  await dragWithMouse(app, cardButton(app, title), cardButton(app, /Winterpause/), 'top');
  await expect.poll(() => cardTitles(app, 'Zur Freigabe')).toContain(title);
  const before = await Promise.all(['Ideen', 'In Arbeit', 'Zur Freigabe'].map((c) => cardTitles(app, c)));

  await app.reload();
  await expect(column(app, 'Ideen')).toBeVisible();
  await expect(app.getByText('Presse & Social')).toBeVisible();
  const after = await Promise.all(['Ideen', 'In Arbeit', 'Zur Freigabe'].map((c) => cardTitles(app, c)));
  expect(after).toEqual(before);
  expect(after[0]).toContain('Weihnachtsgruß der Geschäftsführung');
});

test('switch the interface to English and back', async ({ app }) => {
  await createWorkspace(app);
  await app.getByRole('button', { name: 'Einstellungen' }).click();
  await app.getByRole('dialog', { name: 'Einstellungen' }).getByLabel('Sprache').selectOption('en');
  await expect(app.getByRole('dialog', { name: 'Settings' })).toBeVisible();
  await app.getByRole('button', { name: 'Done' }).click();
  // The default columns, untouched, read in English; a renamed one keeps its name.
  await expect(app.getByRole('button', { name: 'Add card to “Ideas”' })).toBeVisible();
  await expect(column(app, 'For approval')).toBeVisible();
  await app.getByRole('button', { name: 'Actions for column “Published”' }).click();
  await app.getByRole('menuitem', { name: 'Rename' }).click();
  await typeLikeAPerson(app.getByLabel('Column name'), 'Live');
  await app.getByLabel('Column name').press('Enter');
  await expect(column(app, 'Live')).toBeVisible();
  await expect(app.getByRole('searchbox', { name: 'Search' })).toBeVisible();
  await app.reload();
  await expect(app.getByRole('button', { name: 'Settings' })).toBeVisible();
  await app.getByRole('button', { name: 'Settings' }).click();
  await app.getByLabel('Language').selectOption('de');
  await expect(app.getByRole('dialog', { name: 'Einstellungen' })).toBeVisible();
});

test('in a high-contrast mode the grip still shows its dots', async ({ app }) => {
  await app.emulateMedia({ forcedColors: 'active' });
  await createWorkspace(app);
  const grip = column(app, 'Ideen')
    .getByRole('button', { name: /^Karte verschieben:/ })
    .first();
  // The dots are a background image, which high-contrast modes drop unless the grip keeps it.
  const dots = await grip.evaluate((el) => getComputedStyle(el, '::before').backgroundImage);
  expect(dots).toContain('radial-gradient');
});
