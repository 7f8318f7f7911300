// Bringing the Excel plan in, taking the plan out as CSV and XLSX, and going back in time with
// versions: as a social media manager does it, by label and role. The plan is a 40-row sheet
// LibreOffice wrote from a German Excel-style CSV (fixtures/make-plan.py says how).
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { readXlsxRows } from '../../shared/transfer/xlsxReader';
import { expectAccessible } from './harness/axe';
import { expect, test } from './harness';
import { calendarAction, cardButton, createWorkspace } from './steps';

const PLAN = new URL('./fixtures/redaktionsplan-40.xlsx', import.meta.url).pathname;
const NOW = new Date('2027-01-04T10:00:00+01:00');
const shots = process.env.SENDEPLAN_SCREENSHOT_DIR;

const post = (scope: Page | Locator, title: string) =>
  scope.getByRole('button', { name: `Beitrag öffnen: ${title}` });
const cell = (page: Page, channel: string, day: string) =>
  page.getByRole('cell', { name: `${channel}, ${day}`, exact: true });

async function openCalendar(page: Page) {
  await page.clock.setFixedTime(NOW);
  await createWorkspace(page);
  await page.getByRole('button', { name: 'Kalender', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Kalender' })).toBeVisible();
}

/** Imports the 40-row plan: Xing is created, Mastodon mapped to X. */
async function importPlan(page: Page, testInfo: { outputPath: (name: string) => string }) {
  await calendarAction(page, 'Importieren');
  const dialog = page.getByRole('dialog', { name: 'Plan importieren' });
  await dialog.getByLabel('Datei wählen (CSV oder Excel)').setInputFiles(PLAN);
  await expect(dialog.getByLabel('Spalte „Datum“')).toHaveValue('date');
  await expect(dialog.getByLabel('Spalte „Uhrzeit“')).toHaveValue('time');
  await expect(dialog.getByLabel('Spalte „Thema“')).toHaveValue('title');
  await expect(dialog.getByLabel('Spalte „Format“')).toHaveValue('format');
  // Bild is a format the card takes over (the post's format).
  await expect(dialog.getByText('Wird nicht übernommen: Format')).toHaveCount(0);
  await expect(dialog.getByRole('status')).toHaveText('40 Zeilen: 40 neu, 0 aktualisiert, 0 übersprungen.');
  await expect(
    dialog.getByText('Zeile 7: Kanal ‚Xing‘ gibt es nicht – anlegen oder überspringen?').first(),
  ).toBeVisible();
  await expect(dialog.getByLabel('Kanal „Xing“')).toHaveValue('create');
  await dialog.getByLabel('Kanal „Mastodon“').selectOption({ label: 'Zuordnen: X' });
  await expect(dialog.getByText('Zeile 8: Kanal ‚Mastodon‘ gibt es nicht')).toHaveCount(0);
  if (shots) await dialog.screenshot({ path: `${shots}/import-preview.png` });
  else await dialog.screenshot({ path: testInfo.outputPath('import-preview.png') });
  await dialog.getByRole('button', { name: '40 Karten übernehmen' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Importiert: 40 neu, 0 aktualisiert, 0 übersprungen.');
  await dialog.getByRole('button', { name: 'Fertig' }).click();
}

test('an Excel plan with two unknown channels comes in at the right days and times, as one undo step', async ({
  app,
  appErrors,
}, testInfo) => {
  await openCalendar(app);
  await importPlan(app, testInfo);
  await app.getByLabel('Gehe zu Datum').fill('14.01.2027');
  await app.getByLabel('Gehe zu Datum').press('Enter');
  const week = app.getByRole('region', { name: 'Kalender' });
  await expect(week.getByRole('heading', { level: 2 })).toHaveText('KW 2 · 11.–17.01.2027');
  const job = post(cell(app, 'Xing', 'Donnerstag, 14.01.2027'), 'Stellenanzeige Social Media');
  await expect(job).toBeVisible();
  await expect(job).toContainText('09:30');
  const fediverse = post(cell(app, 'X', 'Freitag, 15.01.2027'), 'Grüße ins Fediverse');
  await expect(fediverse).toContainText('18:00');
  await expect(post(cell(app, 'Instagram', 'Montag, 11.01.2027'), 'Beitrag 01 – Instagram')).toContainText(
    '08:00',
  );
  await app.screenshot({ path: testInfo.outputPath('imported-week.png') });
  // One undo takes the whole import back.
  await app.getByRole('button', { name: 'Rückgängig', exact: true }).click();
  await expect(job).toHaveCount(0);
  await expect(app.getByRole('button', { name: /^Beitrag öffnen: Beitrag / })).toHaveCount(0);
  expect(appErrors).toEqual([]);
});

test('a 600-row plan is taken over in steps with a progress bar, and one undo takes it all back', async ({
  app,
  appErrors,
}) => {
  await openCalendar(app);
  const rows = Array.from(
    { length: 600 },
    (_, i) => `${(i % 28) + 1}.02.2027;${8 + (i % 10)}:00;Instagram;Reihe ${i + 1};Text ${i + 1}`,
  );
  await calendarAction(app, 'Importieren');
  const dialog = app.getByRole('dialog', { name: 'Plan importieren' });
  await dialog.getByLabel('Datei wählen (CSV oder Excel)').setInputFiles({
    name: 'gross.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(['Datum;Uhrzeit;Kanal;Thema;Posting-Text', ...rows].join('\r\n')),
  });
  await dialog.getByRole('button', { name: '600 Karten übernehmen' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Importiert: 600 neu, 0 aktualisiert, 0 übersprungen.');
  await dialog.getByRole('button', { name: 'Fertig' }).click();
  await app.getByLabel('Gehe zu Datum').fill('01.02.2027');
  await app.getByLabel('Gehe zu Datum').press('Enter');
  const reihe = /^Beitrag öffnen: Reihe /;
  await expect(app.getByRole('button', { name: reihe }).first()).toBeVisible();
  await app.getByRole('button', { name: 'Rückgängig', exact: true }).click();
  await expect(app.getByRole('button', { name: reihe })).toHaveCount(0);
  await app.getByRole('button', { name: 'Monat', exact: true }).click();
  await expect(app.getByRole('button', { name: reihe })).toHaveCount(0);
  // Redo brings all of it back, too.
  await app.getByRole('button', { name: 'Wiederholen', exact: true }).click();
  await expect(app.getByRole('button', { name: reihe }).first()).toBeVisible();
  expect(appErrors).toEqual([]);
});

test('the plan goes out as CSV and XLSX and both read back the same; the CSV imports as an update', async ({
  app,
  appErrors,
}, testInfo) => {
  await openCalendar(app);
  await importPlan(app, testInfo);
  // The plan's "Posting-Text" is the post's text on its channel, not the brief.
  await app.getByLabel('Gehe zu Datum').fill('14.01.2027');
  await app.getByLabel('Gehe zu Datum').press('Enter');
  await post(cell(app, 'Xing', 'Donnerstag, 14.01.2027'), 'Stellenanzeige Social Media').click();
  const panel = app.getByRole('complementary', { name: 'Karte bearbeiten' });
  const xing = panel.getByRole('textbox', { name: 'Text für Xing' });
  await expect(xing).toHaveValue('Text zu Stellenanzeige Social Media: mit Umlauten äöü ß.');
  await expect(panel.getByRole('textbox', { name: 'Briefing' })).toHaveValue('');
  await xing.press('Control+End');
  await xing.pressSequentially('\nJetzt bewerben!', { delay: 20 });
  const cta = panel.getByRole('textbox', { name: 'Call-to-Action' });
  await cta.pressSequentially('Bis 31.01. bewerben', { delay: 20 });
  await cta.press('Tab');
  const audience = panel.getByRole('textbox', { name: 'Zielgruppe' });
  await audience.pressSequentially('Social-Media-Profis', { delay: 20 });
  await audience.press('Tab');
  await panel.getByRole('button', { name: 'Schließen' }).click();
  const exportAs = async (format: RegExp) => {
    await calendarAction(app, 'Exportieren');
    const dialog = app.getByRole('dialog', { name: 'Kalender exportieren' });
    await dialog.getByRole('radio', { name: 'Alle eingeplanten Beiträge' }).check();
    await dialog.getByRole('radio', { name: format }).check();
    const [download] = await Promise.all([
      app.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Exportieren' }).click(),
    ]);
    const path = testInfo.outputPath(download.suggestedFilename());
    await download.saveAs(path);
    await dialog.getByRole('button', { name: 'Fertig' }).click();
    return { path, name: download.suggestedFilename() };
  };

  const csv = await exportAs(/CSV für Excel/);
  expect(csv.name).toMatch(/Redaktionsplan\.csv$/);
  const text = await readFile(csv.path, 'utf8');
  expect(
    text.startsWith(
      '\uFEFFID;Datum;Uhrzeit;Kanal;Thema;Posting-Text;Verantwortlich;Status;Hashtags;Tags;Kampagne;Format;Link;' +
        'Call-to-Action;Zielgruppe;Hinweis fürs Community-Management;KPI;Briefing\r\n',
    ),
  ).toBe(true);
  expect(text).toContain(
    ';14.01.2027;09:30;Xing;Stellenanzeige Social Media;"Text zu Stellenanzeige Social Media: mit Umlauten äöü ß.\nJetzt bewerben!";',
  );
  expect(text).toMatch(/;Bis 31\.01\. bewerben;Social-Media-Profis;;;\r\n/);
  // The 40 imported posts and those the example plan schedules, each once (a line per post: the
  // text's own line break is inside its quoted cell).
  const lines = text.trim().split(/\r\n(?=[^;]*;\d\d\.\d\d\.\d{4};)/);
  const posts = lines.length - 1;
  expect(posts).toBeGreaterThanOrEqual(40);
  expect(new Set(lines.map((line) => line.split(';')[0])).size).toBe(lines.length);

  const xlsx = await exportAs(/Excel-Tabelle/);
  expect(xlsx.name).toMatch(/Redaktionsplan\.xlsx$/);
  const rows = await readXlsxRows(new Uint8Array(await readFile(xlsx.path)));
  expect(rows[0]).toEqual([
    'ID',
    'Datum',
    'Uhrzeit',
    'Kanal',
    'Thema',
    'Posting-Text',
    'Verantwortlich',
    'Status',
    'Hashtags',
    'Tags',
    'Kampagne',
    'Format',
    'Link',
    'Call-to-Action',
    'Zielgruppe',
    'Hinweis fürs Community-Management',
    'KPI',
    'Briefing',
  ]);
  const job = rows.find((row) => row[4] === 'Stellenanzeige Social Media')!;
  expect(job.slice(1, 4)).toEqual([new Date(Date.UTC(2027, 0, 14)), '09:30', 'Xing']);
  expect(rows).toHaveLength(posts + 1);

  // Changed in the app after the export …
  await post(cell(app, 'Xing', 'Donnerstag, 14.01.2027'), 'Stellenanzeige Social Media').click();
  await xing.press('Control+End');
  await xing.pressSequentially(' (Entwurf)', { delay: 20 });
  await panel.getByRole('button', { name: 'Schließen' }).click();

  // … the exported CSV finds every card again by its id, nothing new, and its texts come back.
  await calendarAction(app, 'Importieren');
  const dialog = app.getByRole('dialog', { name: 'Plan importieren' });
  await dialog.getByLabel('Datei wählen (CSV oder Excel)').setInputFiles(csv.path);
  await expect(dialog.getByRole('status')).toHaveText(
    `${posts} Zeilen: 0 neu, ${posts} aktualisiert, 0 übersprungen.`,
  );
  await dialog.getByRole('button', { name: `${posts} Karten übernehmen` }).click();
  await expect(dialog.getByRole('status')).toHaveText(
    `Importiert: 0 neu, ${posts} aktualisiert, 0 übersprungen.`,
  );
  await dialog.getByRole('button', { name: 'Fertig' }).click();
  await post(cell(app, 'Xing', 'Donnerstag, 14.01.2027'), 'Stellenanzeige Social Media').click();
  await expect(xing).toHaveValue('Text zu Stellenanzeige Social Media: mit Umlauten äöü ß.\nJetzt bewerben!');
  await expect(cta).toHaveValue('Bis 31.01. bewerben');
  await expect(audience).toHaveValue('Social-Media-Profis');
  expect(appErrors).toEqual([]);
});

test('a file that is no plan is refused with the reason and nothing changes', async ({
  app,
  appErrors,
}, testInfo) => {
  await openCalendar(app);
  await calendarAction(app, 'Importieren');
  const dialog = app.getByRole('dialog', { name: 'Plan importieren' });
  const input = dialog.getByLabel('Datei wählen (CSV oder Excel)');
  await input.setInputFiles({ name: 'leer.csv', mimeType: 'text/csv', buffer: Buffer.from('') });
  await expect(dialog.getByRole('alert')).toHaveText(
    'Die Datei ist leer. Dein Arbeitsbereich bleibt unverändert.',
  );
  await input.setInputFiles({
    name: 'bild.xlsx',
    mimeType: 'image/png',
    buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]),
  });
  await expect(dialog.getByRole('alert')).toContainText('Das ist keine CSV- oder Excel-Datei');
  await input.setInputFiles({
    name: 'plan.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('Datum;Kanal;Thema\n30.02.2027;Instagram;Gibt es nicht\n'),
  });
  await expect(dialog.getByRole('alert')).toContainText('Keine Zeile lässt sich übernehmen:');
  await expect(dialog.getByRole('alert')).toContainText(
    'Zeile 2: Den 30.02.2027 gibt es nicht – die Zeile wird übersprungen.',
  );
  await expect(dialog.getByRole('button', { name: /Karten übernehmen/ })).toBeDisabled();
  await dialog.screenshot({ path: testInfo.outputPath('import-refused.png') });
  expect(appErrors).toEqual([]);
});

test('a named version brings back three deleted cards, and opens read-only as board and calendar', async ({
  app,
  appErrors,
}, testInfo) => {
  await app.clock.setFixedTime(NOW);
  await createWorkspace(app);
  const openVersions = async () => {
    await app.getByRole('button', { name: 'Einstellungen' }).click();
    await app
      .getByRole('dialog', { name: 'Einstellungen' })
      .getByRole('button', { name: 'Versionen …' })
      .click();
    return app.getByRole('dialog', { name: 'Versionen' });
  };
  let versions = await openVersions();
  await versions
    .getByLabel('Name der Version')
    .pressSequentially('Stand nach der Sitzung KW 49', { delay: 20 });
  await versions.getByRole('button', { name: 'Version speichern' }).click();
  await expect(versions.getByRole('status')).toHaveText(
    'Version „Stand nach der Sitzung KW 49“ gespeichert.',
  );
  const list = versions.getByRole('list', { name: 'Gespeicherte Versionen' });
  await expect(list.getByRole('listitem').filter({ hasText: 'Stand nach der Sitzung KW 49' })).toContainText(
    '20 Karten',
  );
  // The day's version may be there too (it is taken a few seconds after opening).
  await expect(
    versions.getByText(/^(1 Version, |[2-9] Versionen, zusammen )[\d,]+ KB auf diesem Rechner\.$/),
  ).toBeVisible();
  await versions.screenshot({ path: testInfo.outputPath('versions-list.png') });
  await versions.getByRole('button', { name: 'Fertig' }).click();
  await app.getByRole('dialog', { name: 'Einstellungen' }).getByRole('button', { name: 'Fertig' }).click();

  const deleted = [
    'Jubiläum: 75 Jahre am Standort Leipzig',
    'Pressemitteilung Quartalszahlen Q4',
    'Gewinnspiel Adventskalender Tür 12',
  ];
  for (const title of deleted) {
    await cardButton(app, title).click();
    const panel = app.getByRole('complementary', { name: 'Karte bearbeiten' });
    await panel.getByRole('button', { name: 'Löschen' }).click();
    await app
      .getByRole('dialog', { name: `Karte „${title}“ löschen?` })
      .getByRole('button', { name: 'Endgültig löschen' })
      .click();
    await expect(cardButton(app, title)).toHaveCount(0);
  }

  versions = await openVersions();
  await versions
    .getByRole('button', { name: /^Version „Stand nach der Sitzung KW 49, .*“ ansehen$/ })
    .click();
  const view = app.getByRole('dialog', { name: 'Versionen: Stand nach der Sitzung KW 49' });
  await expect(view.getByText(/^Nur lesen: So sah der Plan am 04\.01\.2027 \d\d:\d\d aus\.$/)).toBeVisible();
  // Read-only: the board as it was, with the deleted cards, and nothing to edit.
  const board = view.getByRole('tabpanel', { name: 'Board' });
  await expect(board.getByRole('region', { name: 'Ideen' })).toContainText(
    'Jubiläum: 75 Jahre am Standort Leipzig',
  );
  await expect(board.getByRole('textbox')).toHaveCount(0);
  await view.screenshot({ path: testInfo.outputPath('version-board.png') });
  await view.getByRole('tab', { name: 'Kalender' }).click();
  await expect(
    view.getByRole('tabpanel', { name: 'Kalender' }).getByRole('heading', { name: 'Januar 2027' }),
  ).toBeVisible();
  await view.getByRole('tab', { name: 'Änderungen seitdem' }).click();
  const gone = view.getByRole('region', { name: 'Seitdem gelöscht (3)' });
  await expect(gone.getByRole('listitem')).toHaveText(deleted.sort().map((t) => new RegExp(t)));
  await view.screenshot({ path: testInfo.outputPath('version-changes.png') });
  await gone.getByRole('button', { name: 'Alle gelöschten wiederherstellen' }).click();
  await expect(view.getByRole('status')).toHaveText('3 Karten aus der Version wiederhergestellt.');
  await expect(view.getByText('Seitdem hat sich an den Karten nichts geändert.')).toBeVisible();
  await view.getByRole('button', { name: 'Fertig' }).click();
  await app.getByRole('dialog', { name: 'Einstellungen' }).getByRole('button', { name: 'Fertig' }).click();
  for (const title of deleted) await expect(cardButton(app, title)).toBeVisible();
  await expect(app.getByRole('button', { name: /^Karte öffnen: / })).toHaveCount(20);

  // A version was kept before the restore, and the list says so.
  versions = await openVersions();
  await expect(versions.getByRole('list', { name: 'Gespeicherte Versionen' })).toContainText(
    'Vor dem Wiederherstellen',
  );
  expect(appErrors).toEqual([]);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the import and versions dialogs meet WCAG 2.1 AA as axe checks them, in ${scheme}`, async ({
    app,
    appErrors,
  }) => {
    await app.emulateMedia({ colorScheme: scheme });
    await openCalendar(app);
    await calendarAction(app, 'Importieren');
    await expectAccessible(app, 'import dialog');
    await app.getByLabel('Datei wählen (CSV oder Excel)').setInputFiles({
      name: 'plan.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'Datum;Uhrzeit;Kanal;Thema;Format\n24.12.2026;9:00;Xing;Grüße;Bild\n30.02.2027;9:00;X;Nie;\n',
      ),
    });
    const dialog = app.getByRole('dialog', { name: 'Plan importieren' });
    await expect(dialog.getByRole('status')).toHaveText('2 Zeilen: 1 neu, 0 aktualisiert, 1 übersprungen.');
    await expectAccessible(app, 'import preview');
    await dialog.getByRole('button', { name: 'Abbrechen' }).click();

    await app.getByRole('button', { name: 'Einstellungen' }).click();
    const settings = app.getByRole('dialog', { name: 'Einstellungen' });
    await settings.getByRole('button', { name: 'Versionen …' }).click();
    const versions = app.getByRole('dialog', { name: 'Versionen' });
    await versions.getByLabel('Name der Version').fill('Stand vor der Krise');
    await versions.getByRole('button', { name: 'Version speichern' }).click();
    await expect(versions.getByRole('status')).toBeVisible();
    await expectAccessible(app, 'versions');
    await versions.getByRole('button', { name: /^Version „Stand vor der Krise, .*“ ansehen$/ }).click();
    const version = app.getByRole('dialog', { name: 'Versionen: Stand vor der Krise' });
    await expectAccessible(app, 'version board');
    await version.getByRole('tab', { name: 'Kalender' }).click();
    await expectAccessible(app, 'version calendar');
    await cardButtonGone(app);
    await version.getByRole('tab', { name: 'Änderungen seitdem' }).click();
    await expectAccessible(app, 'version changes');
    expect(appErrors).toEqual([]);
  });
}

/** Nothing of the board behind the dialogs is reachable while a version is open (it is modal). */
async function cardButtonGone(page: Page) {
  await expect(page.getByRole('button', { name: /^Karte öffnen: / })).toHaveCount(0);
}

test('a version restored as a new workspace opens with the plan as it was, beside the current one', async ({
  app,
  appErrors,
}) => {
  await app.clock.setFixedTime(NOW);
  await createWorkspace(app);
  await app.getByRole('button', { name: 'Einstellungen' }).click();
  await app
    .getByRole('dialog', { name: 'Einstellungen' })
    .getByRole('button', { name: 'Versionen …' })
    .click();
  const versions = app.getByRole('dialog', { name: 'Versionen' });
  await versions.getByLabel('Name der Version').pressSequentially('Vorher', { delay: 20 });
  await versions.getByRole('button', { name: 'Version speichern' }).click();
  await versions.getByRole('button', { name: /^Version „Vorher, .*“ ansehen$/ }).click();
  await app
    .getByRole('dialog', { name: 'Versionen: Vorher' })
    .getByRole('button', { name: 'Als neuen Arbeitsbereich wiederherstellen' })
    .click();
  await expect(app.getByText('Social Media Müller GmbH (Stand 04.01.2027)')).toBeVisible();
  await expect(app.getByRole('button', { name: /^Karte öffnen: / })).toHaveCount(20);
  // The original is still on this device.
  await app.getByRole('button', { name: 'Einstellungen' }).click();
  const settings = app.getByRole('dialog', { name: 'Einstellungen' });
  await expect(settings.getByText('Social Media Müller GmbH', { exact: true })).toBeVisible();
  await expect(
    settings.getByText('Social Media Müller GmbH (Stand 04.01.2027)', { exact: true }),
  ).toBeVisible();
  expect(appErrors).toEqual([]);
});

test('declaring a crisis keeps a version of the plan from before it', async ({ app, appErrors }) => {
  await app.clock.setFixedTime(NOW);
  await createWorkspace(app);
  await app.getByRole('button', { name: 'Einstellungen' }).click();
  const settings = app.getByRole('dialog', { name: 'Einstellungen' });
  await settings
    .getByLabel('Was ist passiert?')
    .pressSequentially('Shitstorm wegen Lieferverzug', { delay: 20 });
  await settings.getByRole('button', { name: 'Krise ausrufen' }).click();
  // It asks first.
  await app
    .getByRole('dialog', { name: 'Krise ausrufen?' })
    .getByRole('button', { name: 'Krise ausrufen' })
    .click();
  await settings.getByRole('button', { name: 'Versionen …' }).click();
  const list = app
    .getByRole('dialog', { name: 'Versionen' })
    .getByRole('list', { name: 'Gespeicherte Versionen' });
  await expect(list.getByRole('listitem').filter({ hasText: 'Vor der Krise' })).toContainText('20 Karten');
  expect(appErrors).toEqual([]);
});
