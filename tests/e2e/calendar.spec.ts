// The calendar as a user meets it: publishing slots per channel, ideas dragged into them with the
// mouse and with the keyboard, warnings, channel management, the slot on the board, reload and a
// colleague's screen. "Now" is fixed to Wednesday 25.11.2026, 10:00 in Berlin (KW 48), so weeks,
// free slots and warnings are the same on every run. The workspace was set up with the example
// plan in October: what the plan scheduled lies in those weeks, and KW 48 starts empty.
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join as joinPath } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import ICAL from 'ical.js';
import { parseSaveFileRequest } from '../../electron/main/ipcValidation';
import type { DesktopApi } from '../../shared/ipc';
import { expect, test } from './harness';
import {
  calendarAction,
  cardButton,
  copyInvite,
  createWorkspace,
  dragWithMouse,
  join,
  pickUpWithKeyboard,
  answerUnschedule,
} from './steps';

const NOW = new Date('2026-11-25T10:00:00+01:00');
const SET_UP = new Date('2026-10-05T09:00:00+02:00');

/** Creates the example workspace on 05.10.2026; then it is NOW. */
async function createInOctober(page: Page, options?: Parameters<typeof createWorkspace>[1]) {
  await page.clock.setFixedTime(SET_UP);
  await createWorkspace(page, options);
  await page.clock.setFixedTime(NOW);
}

async function openCalendar(page: Page) {
  await createInOctober(page);
  await page.getByRole('button', { name: 'Kalender', exact: true }).click();
  await expect(heading(page)).toHaveText('KW 48 · 23.–29.11.2026');
}

const heading = (page: Page) =>
  page.getByRole('region', { name: 'Kalender' }).getByRole('heading', { level: 2 });
const store = (page: Page) => page.getByRole('region', { name: 'Ideenspeicher' });
const idea = (page: Page, title: string) =>
  store(page).getByRole('button', { name: `Idee öffnen: ${title}` });
const post = (scope: Page | Locator, title: string) =>
  scope.getByRole('button', { name: `Beitrag öffnen: ${title}` });
const cell = (page: Page, channel: string, day: string) =>
  page.getByRole('cell', { name: `${channel}, ${day}`, exact: true });
const freeSlot = (page: Page, channel: string, day: string, time: string) =>
  page.getByRole('group', { name: `Freier Slot ${channel}, ${day}, ${time}` });
const live = (page: Page) => page.locator('[aria-live]').filter({ hasText: /Karte/ });

const CHANNELS = ['Facebook', 'Instagram', 'LinkedIn', 'X', 'Newsletter'];
const DAYS = ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'];

/**
 * Moves a picked-up card with the arrow keys the way a screen-reader user does: listen where it is,
 * then go up or down a channel, left or right a day, until the announcement names the target.
 */
async function steerWithKeys(page: Page, channel: string, day: string, target: string) {
  for (let i = 0; i < 40; i++) {
    const text = (await live(page).textContent()) ?? '';
    if (text.includes(target)) return;
    const at = /über (?:freiem Slot )?(\w+), (\w+),/.exec(text);
    let key = 'ArrowRight';
    if (at) {
      const row = CHANNELS.indexOf(at[1]!) - CHANNELS.indexOf(channel);
      const column = DAYS.indexOf(at[2]!) - DAYS.indexOf(day);
      key =
        row > 0
          ? 'ArrowUp'
          : row < 0
            ? 'ArrowDown'
            : column > 0
              ? 'ArrowLeft'
              : column < 0
                ? 'ArrowRight'
                : 'ArrowUp';
    }
    await page.keyboard.press(key);
    await expect(live(page))
      .not.toHaveText(text, { timeout: 2000 })
      .catch(() => undefined);
  }
}

const FAQ = 'FAQ-Karussell: Die 5 häufigsten Fragen zur Lieferung';
const REEL = 'Tutorial-Reel: Filter richtig wechseln in 30 Sekunden';
const POLL = 'Umfrage: Welche Themen wünscht ihr euch 2027?';

test('week and month: channels as rows, free slots, navigation and jumping to a date', async ({
  app,
  appErrors,
}) => {
  await openCalendar(app);
  const week = app.getByRole('table', { name: 'Wochenplan KW 48 · 23.–29.11.2026' });
  await expect(week.getByRole('rowheader')).toHaveText([
    'FBFacebook',
    'IGInstagram',
    'inLinkedIn',
    'XX',
    'NLNewsletter',
  ]);
  await expect(week.getByRole('columnheader')).toHaveText([
    'Kanal',
    'Mo 23.11.',
    'Di 24.11.',
    'Mi 25.11.',
    'Do 26.11.',
    'Fr 27.11.',
    'Sa 28.11.',
    'So 29.11.',
  ]);
  // The example plan's template: Instagram Mon/Wed/Fri 12:00, LinkedIn Tue/Thu 09:00, Newsletter Thu 07:00.
  await expect(freeSlot(app, 'Instagram', 'Mittwoch, 25.11.2026', '12:00')).toBeVisible();
  await expect(freeSlot(app, 'LinkedIn', 'Dienstag, 24.11.2026', '09:00')).toBeVisible();
  await expect(freeSlot(app, 'Newsletter', 'Donnerstag, 26.11.2026', '07:00')).toBeVisible();
  await expect(week.getByRole('group', { name: /^Freier Slot/ })).toHaveCount(11);
  // The ideas the example plan left unscheduled wait in the store.
  await expect(store(app).getByRole('button', { name: /^Idee öffnen: / })).toHaveCount(7);

  await app.getByRole('button', { name: 'Nächste Woche' }).click();
  await expect(heading(app)).toHaveText('KW 49 · 30.11.–06.12.2026');
  await app.getByRole('button', { name: 'Vorherige Woche' }).click();
  await app.getByRole('button', { name: 'Vorherige Woche' }).click();
  await expect(heading(app)).toHaveText('KW 47 · 16.–22.11.2026');
  await app.getByRole('button', { name: 'Heute' }).click();
  await expect(heading(app)).toHaveText('KW 48 · 23.–29.11.2026');
  // The date shows in the app's format, not the browser's (an English Chromium shows 12/31/2026 in a
  // date input), and is typed in it.
  const jump = app.getByLabel('Gehe zu Datum');
  await expect(jump).toHaveValue('25.11.2026');
  await jump.selectText();
  await jump.pressSequentially('31.02.2026', { delay: 20 });
  await jump.press('Enter');
  await expect(jump).toHaveAttribute('aria-invalid', 'true');
  await expect(heading(app)).toHaveText('KW 48 · 23.–29.11.2026');
  await jump.selectText();
  await jump.pressSequentially('31.12.2026', { delay: 20 });
  await jump.press('Enter');
  await expect(heading(app)).toHaveText('KW 53 · 28.12.2026–03.01.2027');
  await expect(jump).toHaveValue('31.12.2026');
  await expect(jump).toHaveAttribute('aria-invalid', 'false');
  // Public holidays are named over their day.
  await expect(app.getByRole('table', { name: /^Wochenplan KW 53/ }).getByRole('columnheader')).toHaveText([
    'Kanal',
    'Mo 28.12.',
    'Di 29.12.',
    'Mi 30.12.',
    'Do 31.12.',
    'Fr 01.01. Neujahr',
    'Sa 02.01.',
    'So 03.01.',
  ]);
  await app.getByRole('button', { name: 'Nächste Woche' }).click();
  await expect(heading(app)).toHaveText('KW 1 · 04.–10.01.2027');

  await app.getByRole('button', { name: 'Monat', exact: true }).click();
  await expect(heading(app)).toHaveText('Januar 2027');
  await app.getByRole('button', { name: 'Vorheriger Monat' }).click();
  await expect(heading(app)).toHaveText('Dezember 2026');
  const month = app.getByRole('table', { name: 'Monatsplan Dezember 2026' });
  await expect(month.getByRole('columnheader')).toHaveText(['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So']);
  // Monday first: the grid starts on Monday 30.11. and ends on Sunday 03.01.
  await expect(month.getByRole('cell').first()).toHaveAccessibleName('Montag, 30.11.2026');
  await expect(month.getByRole('cell').last()).toHaveAccessibleName('Sonntag, 03.01.2027');
  const christmas = month.getByRole('cell', { name: 'Freitag, 25.12.2026, 1. Weihnachtstag' });
  await expect(christmas.getByText('1. Weihnachtstag')).toBeVisible();
  await expect(month.getByRole('cell', { name: 'Samstag, 26.12.2026, 2. Weihnachtstag' })).toBeVisible();
  await app.getByRole('button', { name: 'Nächster Monat' }).click();
  await expect(heading(app)).toHaveText('Januar 2027');

  // In English: "CW 48 · 23–29 Nov 2026".
  await app.getByRole('button', { name: 'Einstellungen' }).click();
  await app.getByRole('dialog', { name: 'Einstellungen' }).getByLabel('Sprache').selectOption('en');
  await app.getByRole('button', { name: 'Done' }).click();
  await app.getByRole('button', { name: 'Week', exact: true }).click();
  await app.getByRole('button', { name: 'Today' }).click();
  await expect(app.getByRole('region', { name: 'Calendar' }).getByRole('heading', { level: 2 })).toHaveText(
    'CW 48 · 23–29 Nov 2026',
  );
  await expect(
    app.getByRole('group', { name: 'Free slot Instagram, Wednesday, 25 Nov 2026, 12:00' }),
  ).toBeVisible();
  expect(appErrors).toEqual([]);
});

test('drag an idea into a slot, to another day and back to the store with the mouse; the board shows the slot; reload keeps it', async ({
  app,
  appErrors,
}) => {
  await openCalendar(app);
  await dragWithMouse(app, idea(app, FAQ), freeSlot(app, 'Instagram', 'Freitag, 27.11.2026', '12:00'));
  const friday = cell(app, 'Instagram', 'Freitag, 27.11.2026');
  await expect(post(friday, FAQ)).toBeVisible();
  await expect(post(friday, FAQ)).toContainText('12:00');
  await expect(idea(app, FAQ)).toHaveCount(0);
  await expect(freeSlot(app, 'Instagram', 'Freitag, 27.11.2026', '12:00')).toHaveCount(0);
  // An idea not yet approved, two days ahead: at risk.
  await expect(post(friday, FAQ)).toContainText('gefährdet');
  await expect(post(friday, FAQ)).toContainText('Ideen');

  // Reschedule to Saturday (no template slot there): the time stays 12:00.
  await dragWithMouse(app, post(app, FAQ), cell(app, 'Instagram', 'Samstag, 28.11.2026'));
  await expect(post(cell(app, 'Instagram', 'Samstag, 28.11.2026'), FAQ)).toContainText('12:00');
  await expect(freeSlot(app, 'Instagram', 'Freitag, 27.11.2026', '12:00')).toBeVisible();

  // And to LinkedIn's Thursday slot.
  await dragWithMouse(app, post(app, FAQ), freeSlot(app, 'LinkedIn', 'Donnerstag, 26.11.2026', '09:00'));
  await expect(post(cell(app, 'LinkedIn', 'Donnerstag, 26.11.2026'), FAQ)).toContainText('09:00');

  // The board shows the slot on the card.
  await app.getByRole('button', { name: 'Board', exact: true }).click();
  await expect(
    cardButton(app, FAQ).getByRole('img', { name: 'Eingeplant: LinkedIn, Donnerstag, 26.11.2026, 09:00' }),
  ).toBeVisible();
  await expect(cardButton(app, FAQ)).toContainText('26.11.2026 09:00');

  await app.reload();
  await expect(
    cardButton(app, FAQ).getByRole('img', { name: 'Eingeplant: LinkedIn, Donnerstag, 26.11.2026, 09:00' }),
  ).toBeVisible();
  await app.getByRole('button', { name: 'Kalender', exact: true }).click();
  await expect(post(cell(app, 'LinkedIn', 'Donnerstag, 26.11.2026'), FAQ)).toBeVisible();

  // Back to the store: unscheduled.
  await dragWithMouse(app, post(app, FAQ), store(app));
  // Its process (Kundenservice-Hinweis) asked customer service for input: withdrawn with it.
  await answerUnschedule(app);
  await expect(idea(app, FAQ)).toBeVisible();
  await expect(post(app, FAQ)).toHaveCount(0);
  await app.reload();
  await app.getByRole('button', { name: 'Kalender', exact: true }).click();
  await expect(idea(app, FAQ)).toBeVisible();
  await expect(post(app, FAQ)).toHaveCount(0);
  expect(appErrors).toEqual([]);
});

test('schedule with the keyboard alone, with German announcements', async ({ app }) => {
  await openCalendar(app);
  const grip = app.getByRole('button', { name: `Idee verschieben: ${REEL}` });
  await grip.focus();
  await pickUpWithKeyboard(app, live(app), `Karte „${REEL}“ aufgenommen.`);
  // Into the week, along the rows and days to the free Instagram slot on Wednesday.
  const target = 'über freiem Slot Instagram, Mittwoch, 25.11.2026, 12:00';
  await steerWithKeys(app, 'Instagram', 'Mittwoch', target);
  await expect(live(app)).toContainText(target);
  await app.keyboard.press('Space');
  await expect(live(app)).toContainText(
    `Karte „${REEL}“ eingeplant: Instagram, Mittwoch, 25.11.2026, 12:00.`,
  );
  await expect(post(cell(app, 'Instagram', 'Mittwoch, 25.11.2026'), REEL)).toBeVisible();

  // Escape cancels a move, and Space on the store unschedules.
  await app.getByRole('button', { name: `Beitrag verschieben: ${REEL}` }).focus();
  await pickUpWithKeyboard(app, live(app), 'aufgenommen', 'Enter');
  await app.keyboard.press('ArrowRight');
  await expect(live(app)).toContainText(/ über |über keinem Ziel/);
  await app.keyboard.press('Escape');
  await expect(live(app)).toContainText(
    `Verschieben abgebrochen. Karte „${REEL}“ ist wieder an ihrem Platz.`,
  );
  await expect(post(cell(app, 'Instagram', 'Mittwoch, 25.11.2026'), REEL)).toBeVisible();

  await app.getByRole('button', { name: `Beitrag verschieben: ${REEL}` }).focus();
  await pickUpWithKeyboard(app, live(app), 'aufgenommen', 'Enter');
  for (let i = 0; i < 12 && !(await live(app).textContent())?.includes('über dem Ideenspeicher'); i++) {
    await app.keyboard.press('ArrowLeft');
    await app.waitForTimeout(40);
  }
  await app.keyboard.press('Enter');
  await expect(live(app)).toContainText(`Karte „${REEL}“ ausgeplant, sie liegt wieder im Ideenspeicher.`);
  await answerUnschedule(app);
  await expect(idea(app, REEL)).toBeVisible();
  // Scheduling is an edit like any other: undo puts the card back into its slot.
  await app.keyboard.press('Control+z');
  await expect(post(cell(app, 'Instagram', 'Mittwoch, 25.11.2026'), REEL)).toBeVisible();
  await expect(idea(app, REEL)).toHaveCount(0);
});

test('dropping on a day without a slot suggests the time and lets me change it; conflicts and overdue posts show', async ({
  app,
}) => {
  await openCalendar(app);
  await dragWithMouse(app, idea(app, FAQ), freeSlot(app, 'Instagram', 'Mittwoch, 25.11.2026', '12:00'));
  // A second post onto Instagram's Wednesday: the suggested time is the channel's slot that day.
  await dragWithMouse(app, idea(app, POLL), cell(app, 'Instagram', 'Mittwoch, 25.11.2026'));
  const ask = app.getByRole('dialog', { name: `Uhrzeit für „${POLL}“` });
  await expect(ask.getByLabel('Uhrzeit')).toHaveValue('12:00');
  await ask.getByRole('button', { name: 'Übernehmen' }).click();
  const wednesday = cell(app, 'Instagram', 'Mittwoch, 25.11.2026');
  await expect(post(wednesday, FAQ)).toContainText('doppelt belegt');
  await expect(post(wednesday, POLL)).toContainText('doppelt belegt');
  await expect(app.getByText('2 doppelt belegt')).toBeVisible();

  // Changing the suggested time resolves it.
  await dragWithMouse(app, post(app, POLL), store(app));
  await answerUnschedule(app);
  await dragWithMouse(app, idea(app, POLL), cell(app, 'Instagram', 'Mittwoch, 25.11.2026'));
  await ask.getByLabel('Uhrzeit').fill('16:30');
  await ask.getByRole('button', { name: 'Übernehmen' }).click();
  await expect(post(wednesday, POLL)).toContainText('16:30');
  await expect(post(wednesday, FAQ)).not.toContainText('doppelt belegt');

  // A slot in the past whose card is not published: overdue. An approved card soon is fine.
  // On the day below its free slot (a compact cell is little more than the slot).
  await dragWithMouse(app, idea(app, REEL), cell(app, 'X', 'Montag, 23.11.2026'), 'bottom');
  await app
    .getByRole('dialog', { name: `Uhrzeit für „${REEL}“` })
    .getByRole('button', { name: 'Übernehmen' })
    .click();
  await expect(post(cell(app, 'X', 'Montag, 23.11.2026'), REEL)).toContainText('08:30');
  await expect(post(cell(app, 'X', 'Montag, 23.11.2026'), REEL)).toContainText('überfällig');
  const approved = 'Gewinnspiel Adventskalender Tür 12';
  await dragWithMouse(app, idea(app, approved), freeSlot(app, 'Facebook', 'Donnerstag, 26.11.2026', '17:00'));
  const thursday = post(cell(app, 'Facebook', 'Donnerstag, 26.11.2026'), approved);
  await expect(thursday).toContainText('Freigegeben');
  await expect(thursday).not.toContainText('gefährdet');
});

test('the month view lists posts with time and channel, and "+N weitere" shows them all', async ({ app }) => {
  await openCalendar(app);
  await app.getByRole('button', { name: 'Monat', exact: true }).click();
  await expect(heading(app)).toHaveText('November 2026');
  const day = app.getByRole('cell', { name: 'Freitag, 27.11.2026' });
  const titles = [FAQ, REEL, POLL, 'Jubiläum: 75 Jahre am Standort Leipzig'];
  for (const title of titles) {
    await dragWithMouse(app, idea(app, title), day);
    const ask = app.getByRole('dialog', { name: `Uhrzeit für „${title}“` });
    await ask.getByRole('button', { name: 'Übernehmen' }).click();
    await expect(ask).toBeHidden();
  }
  await expect(day.getByRole('button', { name: /^Beitrag öffnen: / })).toHaveCount(2);
  await day.getByRole('button', { name: '2 weitere Beiträge am Freitag, 27.11.2026 anzeigen' }).click();
  const list = app.getByRole('dialog', { name: 'Beiträge am Freitag, 27.11.2026' });
  await expect(list.getByRole('button', { name: /^Beitrag öffnen: / })).toHaveCount(4);
  await list.getByRole('button', { name: `Beitrag öffnen: ${POLL}` }).click();
  const panel = app.getByRole('complementary', { name: 'Karte bearbeiten' });
  await expect(panel.getByLabel('Titel', { exact: true })).toHaveValue(POLL);
  await expect(panel.getByLabel('Datum')).toHaveValue('2026-11-27');

  // Move one to another day of the month: it keeps its time and channel.
  await panel.getByRole('button', { name: 'Schließen' }).click();
  const before = await day
    .getByRole('button', { name: /^Beitrag öffnen: / })
    .first()
    .getAttribute('aria-label');
  const title = before!.replace('Beitrag öffnen: ', '');
  await dragWithMouse(app, post(day, title), app.getByRole('cell', { name: 'Dienstag, 01.12.2026' }));
  await expect(post(app.getByRole('cell', { name: 'Dienstag, 01.12.2026' }), title)).toBeVisible();
  await expect(day.getByRole('button', { name: /^Beitrag öffnen: / })).toHaveCount(3);
});

test('schedule from the board in the card panel, change the slot there, and filter both views', async ({
  app,
}) => {
  await createInOctober(app);
  const title = 'Interview mit der Geschäftsführung zur Standorterweiterung'; // LinkedIn, Newsletter
  await cardButton(app, title).click();
  const panel = app.getByRole('complementary', { name: 'Karte bearbeiten' });
  await panel
    .getByRole('button', { name: 'Nächster freier Slot: LinkedIn, Donnerstag, 26.11.2026, 09:00' })
    .click();
  await expect(panel.getByLabel('Datum')).toHaveValue('2026-11-26');
  await expect(panel.getByLabel('Uhrzeit')).toHaveValue('09:00');
  await expect(panel.getByRole('combobox', { name: 'Kanal' }).locator('option:checked')).toHaveText(
    'LinkedIn',
  );
  await panel.getByLabel('Uhrzeit').fill('11:15');
  await expect(
    cardButton(app, title).getByRole('img', { name: 'Eingeplant: LinkedIn, Donnerstag, 26.11.2026, 11:15' }),
  ).toBeVisible();
  await panel.getByRole('combobox', { name: 'Kanal' }).selectOption({ label: 'Newsletter' });
  await expect(
    cardButton(app, title).getByRole('img', {
      name: 'Eingeplant: Newsletter, Donnerstag, 26.11.2026, 11:15',
    }),
  ).toBeVisible();

  // The calendar opens the same panel; the filter applies to the calendar and the store.
  await app.getByRole('button', { name: 'Kalender', exact: true }).click();
  await panel.getByRole('button', { name: 'Schließen' }).click();
  await post(cell(app, 'Newsletter', 'Donnerstag, 26.11.2026'), title).click();
  await expect(panel.getByLabel('Titel', { exact: true })).toHaveValue(title);
  await app
    .getByRole('search')
    .getByRole('combobox', { name: 'Zuständig', exact: true })
    .selectOption({ label: 'Jonas Weber' });
  await expect(post(app, title)).toHaveCount(0);
  // Jonas's unplanned ideas: the reel and the Advent raffle.
  await expect(store(app).getByRole('button', { name: /^Idee öffnen: / })).toHaveCount(2);
  await app.getByRole('button', { name: 'Filter zurücksetzen' }).click();
  await expect(post(app, title)).toBeVisible();

  await panel.getByRole('button', { name: 'Ausplanen' }).click();
  await answerUnschedule(app, 'Offen lassen');
  await expect(post(app, title)).toHaveCount(0);
  await expect(idea(app, title)).toBeVisible();
});

test('export the plan as a calendar file: the period, the filter, and what a calendar reads from it', async ({
  app,
  appErrors,
}) => {
  const STATEMENT = 'Statement-Vorlage für Journalistenanfragen auf X'; // approved
  await openCalendar(app);
  await dragWithMouse(app, idea(app, REEL), freeSlot(app, 'Instagram', 'Freitag, 27.11.2026', '12:00'));
  await dragWithMouse(app, idea(app, POLL), freeSlot(app, 'LinkedIn', 'Donnerstag, 26.11.2026', '09:00'));
  await app.getByRole('button', { name: 'Nächste Woche' }).click();
  await dragWithMouse(app, idea(app, STATEMENT), freeSlot(app, 'X', 'Freitag, 04.12.2026', '08:30'));
  await expect(post(app, STATEMENT)).toBeVisible();

  await calendarAction(app, 'Exportieren');
  const dialog = app.getByRole('dialog', { name: 'Kalender exportieren' });
  await expect(dialog.getByRole('radio', { name: 'Ab heute (25.11.2026)' })).toBeChecked();
  await expect(dialog).toContainText('3 Beiträge werden exportiert.');
  await dialog.getByRole('radio', { name: 'Angezeigt: KW 49 · 30.11.–06.12.2026' }).check();
  await expect(dialog).toContainText('1 Beitrag wird exportiert.');
  await dialog.getByRole('radio', { name: 'Ab heute (25.11.2026)' }).check();
  await expect(dialog).toContainText('Die Uhrzeiten gelten in der Zeitzone Europe/Berlin.');

  const [download] = await Promise.all([
    app.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Exportieren' }).click(),
  ]);
  const fileName = 'Social Media Müller GmbH – Redaktionsplan ab 2026-11-25.ics';
  expect(download.suggestedFilename()).toBe(fileName);
  await expect(dialog.getByRole('status')).toHaveText(
    `3 Beiträge exportiert. Die Datei „${fileName}“ wird heruntergeladen.`,
  );

  // What a calendar reads from the file (ical.js, as in Thunderbird): Berlin's wall clock, in UTC.
  const calendar = new ICAL.Component(ICAL.parse(await readFile((await download.path())!, 'utf8')));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      summary: event.summary,
      start: event.startDate.toJSDate().toISOString(),
      status: vevent.getFirstPropertyValue('status'),
      description: event.description,
    };
  });
  ICAL.TimezoneService.reset();
  expect(events.map(({ summary, start, status }) => ({ summary, start, status }))).toEqual([
    { summary: `LinkedIn: ${POLL}`, start: '2026-11-26T08:00:00.000Z', status: 'TENTATIVE' },
    { summary: `Instagram: ${REEL}`, start: '2026-11-27T11:00:00.000Z', status: 'TENTATIVE' },
    { summary: `X: ${STATEMENT}`, start: '2026-12-04T07:30:00.000Z', status: 'CONFIRMED' },
  ]);
  expect(events[1]!.description).toBe(
    'Stand: Ideen\nZuständig: Jonas Weber\n\nDreh in der Werkstatt, Hochformat, Untertitel auf Deutsch.',
  );
  await dialog.getByRole('button', { name: 'Fertig' }).click();
  await expect(dialog).toBeHidden();

  // The board's filter applies; a period without posts cannot be exported.
  await app
    .getByRole('search')
    .getByRole('combobox', { name: 'Kanal', exact: true })
    .selectOption({ label: 'X' });
  await calendarAction(app, 'Exportieren');
  await expect(dialog).toContainText('Der Filter gilt: Exportiert werden nur die passenden Beiträge.');
  await expect(dialog).toContainText('1 Beitrag wird exportiert.');
  await dialog.getByRole('button', { name: 'Abbrechen' }).click();
  await app.getByRole('button', { name: 'Vorherige Woche' }).click();
  await app.getByRole('button', { name: 'Vorherige Woche' }).click();
  await calendarAction(app, 'Exportieren');
  await dialog.getByRole('radio', { name: 'Angezeigt: KW 47 · 16.–22.11.2026' }).check();
  await expect(dialog).toContainText('Keine eingeplanten Beiträge in diesem Zeitraum.');
  await expect(dialog.getByRole('button', { name: 'Exportieren' })).toBeDisabled();
  expect(appErrors).toEqual([]);
});

test('in the desktop app the file goes where the save dialog says, and a failed write says why', async ({
  app,
  appErrors,
}, testInfo) => {
  // The Electron binary cannot run here: its preload's `window.desktop` is stood in for, and the
  // main process's part is its own validation of the request and a real file.
  const folder = testInfo.outputPath('Dokumente');
  await mkdir(folder, { recursive: true });
  let refuse = true;
  await app.exposeFunction('saveFileInMain', async (request: unknown) => {
    const { suggestedName, content } = parseSaveFileRequest(request);
    const path = joinPath(folder, suggestedName);
    // As Electron hands a failed ipcMain.handle to the page.
    if (refuse)
      throw new Error(
        `Error invoking remote method 'sendeplan:save-file': Error: EACCES: permission denied, open '${path}'`,
      );
    await writeFile(path, content, 'utf8');
    return { saved: true, path };
  });
  await app.evaluate(() => {
    const main = window as unknown as { saveFileInMain: DesktopApi['saveFile'] };
    const never = () => () => {};
    window.desktop = {
      appInfo: async () => ({ name: 'Sendeplan', version: '0.1.0', platform: 'linux' }),
      saveFile: (request) => main.saveFileInMain(request),
      localHub: async () => null,
      onMenuCommand: never,
      lanHubs: async () => [],
      onLanHubsChanged: never,
      lanSettings: async () => ({ announceOnLan: false }),
      setAnnounceOnLan: async (on) => ({ announceOnLan: on }),
      onLocalHubChanged: never,
      onBeforeClose: never,
      protectSecret: async () => null,
      revealSecret: async () => null,
    };
  });
  await openCalendar(app);
  await dragWithMouse(app, idea(app, REEL), freeSlot(app, 'Instagram', 'Freitag, 27.11.2026', '12:00'));
  await calendarAction(app, 'Exportieren');
  const dialog = app.getByRole('dialog', { name: 'Kalender exportieren' });
  await dialog.getByRole('radio', { name: 'Angezeigt: KW 48 · 23.–29.11.2026' }).check();
  await dialog.getByRole('button', { name: 'Exportieren' }).click();
  const path = joinPath(folder, 'Social Media Müller GmbH – Redaktionsplan 2026-11-23 bis 2026-11-29.ics');
  await expect(dialog.getByRole('alert')).toContainText(
    `Die Datei konnte nicht gespeichert werden: EACCES: permission denied, open '${path}'`,
  );

  refuse = false;
  await dialog.getByRole('button', { name: 'Exportieren' }).click();
  await expect(dialog.getByRole('status')).toHaveText(`1 Beitrag exportiert. Gespeichert unter ${path}.`);
  expect(await readFile(path, 'utf8')).toContain(`SUMMARY:Instagram: ${REEL}`);
  expect(appErrors).toEqual([]);
});

test('the week prints for the meeting: the plan under the workspace’s name, titles whole, no controls, dark or not', async ({
  app,
  appErrors,
}) => {
  const INTERVIEW = 'Interview mit der Geschäftsführung zur Standorterweiterung';
  await openCalendar(app);
  await dragWithMouse(
    app,
    idea(app, INTERVIEW),
    freeSlot(app, 'LinkedIn', 'Donnerstag, 26.11.2026', '09:00'),
  );
  const title = post(app, INTERVIEW).locator('.post-title');
  // On screen and on paper the long title is whole (wrapped, never cut after some lines).
  const cut = () => title.evaluate((e) => e.scrollHeight > e.clientHeight + 1);
  await app.setViewportSize({ width: 1000, height: 900 });
  expect(await cut()).toBe(false);

  // "Drucken" opens the system's print dialog (which a headless browser has not: it is only seen).
  await app.evaluate(() => {
    window.print = () => document.body.setAttribute('data-printed', 'yes');
  });
  await calendarAction(app, 'Drucken');
  await expect(app.locator('body')).toHaveAttribute('data-printed', 'yes');

  await app.emulateMedia({ media: 'print', colorScheme: 'dark' });
  // The print's own header names the workspace and the week; the app's header stays on screen.
  await expect(app.locator('.print-frame')).toContainText(
    'Social Media Müller GmbH · KW 48 · 23.–29.11.2026',
  );
  await expect(app.locator('.app-header')).toBeHidden();
  await expect(post(app, INTERVIEW)).toBeVisible();
  expect(await cut()).toBe(false);
  for (const control of [
    app.getByRole('search'),
    store(app),
    app.getByRole('button', { name: 'Exportieren', exact: true }),
    app.getByRole('button', { name: 'Nächste Woche' }),
    app.getByRole('navigation'),
    freeSlot(app, 'Instagram', 'Freitag, 27.11.2026', '12:00'),
  ])
    await expect(control).toBeHidden();
  // Paper is white: the light theme's text colour, also when the screen is dark.
  expect(await title.evaluate((e) => getComputedStyle(e).color)).toBe('rgb(29, 35, 48)');
  expect(appErrors).toEqual([]);
});

test('manage channels: add one with weekly slots, reorder, and remove one without losing its cards', async ({
  app,
}) => {
  await openCalendar(app);
  await dragWithMouse(app, idea(app, FAQ), freeSlot(app, 'Instagram', 'Mittwoch, 25.11.2026', '12:00'));
  await app.getByRole('button', { name: 'Einstellungen' }).click();
  await app
    .getByRole('dialog', { name: 'Einstellungen' })
    .getByRole('button', { name: 'Kanäle verwalten …' })
    .click();
  const dialog = app.getByRole('dialog', { name: 'Kanäle verwalten' });
  await dialog.getByLabel('Name des neuen Kanals').fill('TikTok');
  await dialog.getByLabel('Art').last().selectOption({ label: 'TikTok' });
  await dialog.getByRole('button', { name: 'Kanal hinzufügen' }).click();
  const slots = dialog.getByRole('group', { name: 'Feste Slots von TikTok' });
  await slots.getByLabel('Wochentag').selectOption({ label: 'Sa' });
  await slots.getByLabel('Uhrzeit').fill('18:00');
  await slots.getByRole('button', { name: 'Slot hinzufügen' }).click();
  await expect(slots).toContainText('Sa 18:00');
  await dialog.getByRole('button', { name: '„TikTok“ nach oben' }).click();
  await dialog.getByRole('button', { name: 'Kanal „Instagram“ entfernen' }).click();
  const confirm = app.getByRole('dialog', { name: 'Kanal „Instagram“ entfernen?' });
  // The FAQ carousel and the example plan's three Instagram posts of October.
  await expect(confirm).toContainText('4 eingeplante Beiträge behalten ihren Termin');
  await confirm.getByRole('button', { name: 'Kanal entfernen' }).click();
  await dialog.getByRole('button', { name: 'Fertig' }).click();
  await app.getByRole('dialog', { name: 'Einstellungen' }).getByRole('button', { name: 'Fertig' }).click();

  const week = app.getByRole('table', { name: /^Wochenplan/ });
  await expect(week.getByRole('rowheader')).toHaveText([
    'FBFacebook',
    'inLinkedIn',
    'XX',
    'TTTikTok',
    'NLNewsletter',
    '?Kanal gelöscht',
  ]);
  await expect(freeSlot(app, 'TikTok', 'Samstag, 28.11.2026', '18:00')).toBeVisible();
  // The card keeps its slot and is shown under "Kanal gelöscht"; drag it to TikTok's slot.
  await expect(post(app.getByRole('row', { name: /Kanal gelöscht/ }), FAQ)).toBeVisible();
  await dragWithMouse(app, post(app, FAQ), freeSlot(app, 'TikTok', 'Samstag, 28.11.2026', '18:00'));
  await expect(post(cell(app, 'TikTok', 'Samstag, 28.11.2026'), FAQ)).toBeVisible();
  await expect(week.getByRole('rowheader')).toHaveCount(5);
});

test('scheduling on one laptop appears on the colleague’s calendar @peers', async ({ openPeer }) => {
  const [anna, ben] = await Promise.all([openPeer('anna'), openPeer('ben')]);
  await ben.page.clock.setFixedTime(NOW);
  await createInOctober(anna.page, { me: 'Anna Berger' });
  await join(ben.page, await copyInvite(anna.page), 'Ben Schulz');
  for (const peer of [anna, ben])
    await peer.page.getByRole('button', { name: 'Kalender', exact: true }).click();
  await expect(store(ben.page).getByRole('button', { name: /^Idee öffnen: / })).toHaveCount(7);

  await dragWithMouse(
    anna.page,
    idea(anna.page, FAQ),
    freeSlot(anna.page, 'Instagram', 'Freitag, 27.11.2026', '12:00'),
  );
  await expect(post(cell(ben.page, 'Instagram', 'Freitag, 27.11.2026'), FAQ)).toBeVisible();
  await expect(idea(ben.page, FAQ)).toHaveCount(0);
  // And back: Ben moves it, Anna sees it.
  await dragWithMouse(
    ben.page,
    post(ben.page, FAQ),
    freeSlot(ben.page, 'LinkedIn', 'Donnerstag, 26.11.2026', '09:00'),
  );
  await expect(post(cell(anna.page, 'LinkedIn', 'Donnerstag, 26.11.2026'), FAQ)).toBeVisible();
  expect([...anna.errors, ...ben.errors]).toEqual([]);
});

// The pictures in docs/, from the real app at a laptop's 1366×768 with the example plan as a new
// team meets it on Wednesday 09.12.2026: the week (compact), the month, the presentation and the
// printed week (A4 landscape, the PDF drawn as a picture with poppler's pdftoppm). `npm run
// screenshots` writes them there; in the normal suite they go to test-results/screenshots/.
test.describe('screenshots', () => {
  test.use({ viewport: { width: 1366, height: 768 } });
  const dir = process.env.SENDEPLAN_SCREENSHOT_DIR ?? 'test-results/screenshots';

  test('screenshot: week, month, presentation and the printed week of the example plan', async ({
    app,
  }, testInfo) => {
    await app.clock.setFixedTime(new Date('2026-12-09T09:00:00+01:00'));
    await createWorkspace(app);
    await app.getByRole('button', { name: 'Kalender', exact: true }).click();
    await expect(heading(app)).toHaveText('KW 50 · 07.–13.12.2026');
    await expect(app.locator('.week-grid').getByRole('button', { name: /^Beitrag öffnen: / })).toHaveCount(6);
    await app.mouse.move(0, 0);
    await app.screenshot({ path: `${dir}/calendar-week.png` });

    const pdf = testInfo.outputPath('week.pdf');
    await app.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    await mkdir(dir, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '80', '-singlefile', pdf, joinPath(dir, 'calendar-print')]);

    await calendarAction(app, 'Präsentation');
    await expect(app.getByRole('dialog', { name: /^Präsentation KW 50/ })).toBeFocused();
    await app.screenshot({ path: `${dir}/calendar-presentation.png` });
    await app.keyboard.press('Escape');

    await app.getByRole('button', { name: 'Monat', exact: true }).click();
    await expect(heading(app)).toHaveText('Dezember 2026');
    await app.screenshot({ path: `${dir}/calendar-month.png` });
  });
});
