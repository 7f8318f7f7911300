// Absences, stand-ins and series between two colleagues: Ben records his vacation next week with
// Carla as his stand-in; the input Anna had asked of him for next week passes to Carla, and one she
// asks now goes to Carla at once, saying so on both laptops; the calendar shows Ben's band over
// those days; a weekly series makes its four posts. A second test: a post moved into Ben's absence
// passes its process step to his stand-in, and with none the request and the plan say so.
import type { Page } from '@playwright/test';
import { addWorkingDays, isoDate, shiftDate, weekdayOf } from '../../shared/model/dueDates';
import { expect, test } from './harness';
import { calendarAction, cardButton, column, createWorkspace, pair } from './steps';
import { typeLikeAPerson } from './typing';

/** A date `days` after today's (local) date, as an input of type date takes it. */
function dayFromToday(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Monday, Wednesday, Thursday and Sunday of next week. */
function nextWeek() {
  const weekday = ((new Date().getDay() + 6) % 7) + 1; // 1 = Monday
  const monday = 8 - weekday;
  return {
    monday: dayFromToday(monday),
    wednesday: dayFromToday(monday + 2),
    thursday: dayFromToday(monday + 3),
    sunday: dayFromToday(monday + 6),
  };
}

const german = (date: string) => `${date.slice(8, 10)}.${date.slice(5, 7)}.`;

async function addColleague(page: Page, name: string) {
  await page.getByRole('button', { name: 'Einstellungen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Einstellungen' });
  await typeLikeAPerson(dialog.getByLabel('Name', { exact: true }), name);
  await dialog.getByRole('button', { name: 'Person hinzufügen' }).click();
  await expect(dialog.getByRole('textbox', { name: `Name von ${name}` })).toBeVisible();
  await dialog.getByRole('button', { name: 'Fertig' }).click();
}

/** Asks Ben, in the open card's panel, for a text due on `due`. */
async function askBen(page: Page, what: string, due: string) {
  const panel = page.getByRole('complementary', { name: 'Karte bearbeiten' });
  await panel.getByRole('button', { name: /Input anfragen/ }).click();
  const form = panel.getByRole('form', { name: 'Input anfragen' });
  await form.getByLabel('Was brauchst du?').selectOption({ label: 'Text' });
  const ben = await form.getByLabel('Von wem?').locator('option', { hasText: 'Ben Schulz' }).textContent();
  await form.getByLabel('Von wem?').selectOption({ label: ben! });
  await typeLikeAPerson(form.getByLabel('Was genau?'), what);
  await typeLikeAPerson(form.getByLabel('Wofür wird es gebraucht?'), 'Ohne das fehlt dem Post die Stimme.');
  await form.getByLabel('Fällig am').fill(due);
  await form.getByRole('button', { name: 'Anfrage senden' }).click();
  await expect(form).toBeHidden();
}

test('an input due in Ben’s vacation goes to his stand-in Carla and says so; a series makes four weekly posts @peers', async ({
  openPeer,
}) => {
  // Two colleagues, a dialog each, five weeks looked at on two laptops: longer than one screen's test.
  test.setTimeout(150_000);
  const [anna, ben] = await pair(openPeer);
  await addColleague(anna.page, 'Carla Neumann');
  const week = nextWeek();

  // Before Ben says he is away: Anna plans the survey for next Thursday and asks Ben for its text.
  const survey = 'Umfrage: Welche Themen wünscht ihr euch 2027?';
  await cardButton(anna.page, survey).click();
  const surveyPanel = anna.page.getByRole('complementary', { name: 'Karte bearbeiten' });
  await surveyPanel.getByLabel('Datum').fill(week.thursday);
  await surveyPanel.getByLabel('Uhrzeit').fill('12:00');
  await surveyPanel.getByRole('combobox', { name: 'Kanal' }).selectOption({ label: 'Instagram' });
  await surveyPanel.getByRole('button', { name: 'Einplanen' }).click();
  await askBen(anna.page, 'Fragen für die Umfrage', week.wednesday);
  await expect(
    surveyPanel.getByRole('article', { name: `Text: ${survey}` }).getByText(/→ an Ben Schulz/),
  ).toBeVisible();
  await surveyPanel.getByRole('button', { name: 'Schließen' }).click();

  // Ben records his vacation next week, with Carla as stand-in, from his avatar in the header.
  await ben.page.getByRole('button', { name: 'Meine Abwesenheiten' }).click();
  const dialog = ben.page.getByRole('dialog', { name: 'Abwesenheiten von Ben Schulz' });
  await expect(dialog.getByText('Keine Abwesenheiten eingetragen.')).toBeVisible();
  await dialog.getByLabel('Art').selectOption({ label: 'Urlaub' });
  await dialog.getByLabel('Von').fill(week.monday);
  await dialog.getByLabel('Bis').fill(week.sunday);
  await dialog.getByLabel('Vertretung').selectOption({ label: 'Carla Neumann' });
  await dialog.getByRole('button', { name: 'Abwesenheit eintragen' }).click();
  const entry = dialog.getByRole('listitem').filter({ hasText: 'Urlaub' });
  await expect(entry).toContainText('Vertretung: Carla Neumann');
  await ben.page.screenshot({ path: test.info().outputPath('absence-dialog.png') });
  await dialog.getByRole('button', { name: 'Schließen' }).click();

  // The survey's text, asked of Ben before he said he is away, now goes to Carla, on both laptops,
  // and the card's history says why.
  const note = `Vertretung für Ben Schulz (Urlaub bis ${german(week.sunday)})`;
  for (const page of [ben.page, anna.page]) {
    await cardButton(page, survey).click();
    const opened = page.getByRole('complementary', { name: 'Karte bearbeiten' });
    const asked = opened.getByRole('article', { name: `Text: ${survey}` });
    await expect(asked.getByText(/von Anna Berger → an Carla Neumann/)).toBeVisible();
    await expect(asked.getByText(note)).toBeVisible();
    await opened.getByText(/^Verlauf/).click();
    await expect(
      opened.getByText('Wegen einer Abwesenheit übernimmt Carla Neumann jetzt den Text'),
    ).toHaveCount(1);
    if (page === anna.page) await page.screenshot({ path: test.info().outputPath('passed-on.png') });
    await opened.getByRole('button', { name: 'Schließen' }).click();
  }

  // Anna sees it in the team list, and asks Ben for the product text, due next Wednesday.
  await anna.page.getByRole('button', { name: 'Einstellungen' }).click();
  const settings = anna.page.getByRole('dialog', { name: 'Einstellungen' });
  await settings.getByRole('button', { name: 'Abwesenheiten von Ben Schulz' }).click();
  await expect(
    anna.page.getByRole('dialog', { name: 'Abwesenheiten von Ben Schulz' }).getByRole('listitem'),
  ).toContainText('Vertretung: Carla Neumann');
  await anna.page
    .getByRole('dialog', { name: 'Abwesenheiten von Ben Schulz' })
    .getByRole('button', { name: 'Schließen' })
    .click();
  await settings.getByRole('button', { name: 'Fertig' }).click();

  const card = 'Jubiläum: 75 Jahre am Standort Leipzig';
  await cardButton(anna.page, card).click();
  const panel = anna.page.getByRole('complementary', { name: 'Karte bearbeiten' });
  await askBen(anna.page, 'Zitat der Standortleitung', week.wednesday);
  const request = panel.getByRole('article', { name: `Text: ${card}` });
  await expect(request.getByText(/von Anna Berger → an Carla Neumann/)).toBeVisible();
  await expect(request.getByText(note)).toBeVisible();

  // Ben sees the same on his laptop.
  await cardButton(ben.page, card).click();
  const benRequest = ben.page
    .getByRole('complementary', { name: 'Karte bearbeiten' })
    .getByRole('article', { name: `Text: ${card}` });
  await expect(benRequest.getByText(note)).toBeVisible();
  await expect(benRequest.getByText(/→ an Carla Neumann/)).toBeVisible();
  await ben.page
    .getByRole('complementary', { name: 'Karte bearbeiten' })
    .getByRole('button', { name: 'Schließen' })
    .click();

  // The calendar shows Ben's vacation as a band over next week, in the week and in the month.
  await panel.getByRole('button', { name: 'Schließen' }).click();
  await anna.page
    .getByRole('navigation', { name: 'Ansichten' })
    .getByRole('button', { name: 'Kalender' })
    .click();
  await anna.page.getByRole('button', { name: 'Nächste Woche' }).click();
  const band = `Ben Schulz: Urlaub ${german(week.monday)}`;
  await expect(
    anna.page.getByRole('img', { name: new RegExp(`^${band.replace(/[.]/g, '\\.')}`) }),
  ).toBeVisible();
  // Carla has the survey's text now: the post waits on nobody who is away.
  const surveyPost = anna.page.getByRole('button', { name: `Beitrag öffnen: ${survey}` });
  await expect(surveyPost).toBeVisible();
  await expect(surveyPost.getByRole('img', { name: /^abwesend/ })).toHaveCount(0);
  await anna.page.screenshot({ path: test.info().outputPath('absence-week-band.png') });
  await anna.page.getByRole('group', { name: 'Zeitraum' }).getByRole('button', { name: 'Monat' }).click();
  const monthBand = anna.page
    .getByRole('cell', {
      name: new RegExp(`${german(week.wednesday).replace(/\./g, '\\.')}${week.wednesday.slice(0, 4)}`),
    })
    .getByRole('img', { name: /^Abwesend an diesem Tag: Ben Schulz: Urlaub/ });
  await expect(monthBand).toBeVisible();
  await anna.page.screenshot({ path: test.info().outputPath('absence-month-band.png') });
  await anna.page.getByRole('group', { name: 'Zeitraum' }).getByRole('button', { name: 'Woche' }).click();

  // A series: #FragDenService every Tuesday 10:00 on Instagram, four weeks.
  await calendarAction(anna.page, 'Serien');
  const series = anna.page.getByRole('dialog', { name: 'Serien' });
  await typeLikeAPerson(series.getByLabel('Name der Serie'), '#FragDenService');
  await series.getByLabel('Kanal').selectOption({ label: 'Instagram' });
  await series.getByLabel('Wochentag').selectOption({ label: 'Dienstag' });
  await series.getByLabel('Uhrzeit').fill('10:00');
  await typeLikeAPerson(series.getByLabel('Briefing der Karten'), 'Drei Fragen aus der Community.');
  await expect(series.getByLabel('Anzahl Wochen')).toHaveValue('4');
  await series.getByLabel('Ablauf der Karten').selectOption({ label: 'Kundenservice-Hinweis' });
  await series.getByRole('button', { name: 'Serie anlegen' }).click();
  await expect(series.getByRole('status')).toHaveText('4 Karten angelegt.');
  await expect(series.getByRole('listitem', { name: '#FragDenService' })).toContainText(
    'jeden Dienstag 10:00 auf Instagram · 4 Karten',
  );
  await anna.page.screenshot({ path: test.info().outputPath('series-dialog.png') });
  await series.getByRole('button', { name: 'Schließen' }).click();

  // Both calendars show one post a week, four in all, over the next five weeks.
  for (const peer of [anna, ben]) {
    const page = peer.page;
    if (peer === ben)
      await page
        .getByRole('navigation', { name: 'Ansichten' })
        .getByRole('button', { name: 'Kalender' })
        .click();
    await page.getByRole('button', { name: 'Heute' }).click();
    let seen = 0;
    for (let i = 0; i < 5; i++) {
      const posts = page.getByRole('button', { name: /^Beitrag öffnen: #FragDenService/ });
      seen += await posts.count();
      await page.getByRole('button', { name: 'Nächste Woche' }).click();
    }
    expect(seen).toBe(4);
  }
  // Each post of the series follows its process: the card lists the steps.
  await ben.page.getByRole('button', { name: 'Heute' }).click();
  await ben.page.getByRole('button', { name: 'Nächste Woche' }).click();
  await ben.page
    .getByRole('button', { name: /^Beitrag öffnen: #FragDenService/ })
    .first()
    .click();
  const steps = ben.page
    .getByRole('complementary', { name: 'Karte bearbeiten' })
    .getByRole('region', { name: 'Ablauf' })
    .getByRole('list', { name: 'Kundenservice-Hinweis' });
  await expect(steps.getByRole('listitem')).toHaveCount(2);
  await expect(steps.getByRole('listitem').first()).toContainText('Was Kund:innen konkret tun müssen');
  expect([...anna.errors, ...ben.errors]).toEqual([]);
});

/** A Wednesday three weeks ahead: every step of the product post has its time. */
function wednesdayAhead(): string {
  let date = shiftDate(isoDate(Date.now()), 21);
  while (weekdayOf(date) !== 3) date = shiftDate(date, 1);
  return date;
}

/** Records an absence of `person` from Einstellungen → team, as a colleague does for someone. */
async function recordAbsence(
  page: Page,
  person: string,
  absence: { kind: string; from: string; to: string; standIn?: string },
) {
  await page.getByRole('button', { name: 'Einstellungen' }).click();
  const settings = page.getByRole('dialog', { name: 'Einstellungen' });
  await settings.getByRole('button', { name: `Abwesenheiten von ${person}` }).click();
  const dialog = page.getByRole('dialog', { name: `Abwesenheiten von ${person}` });
  await dialog.getByLabel('Art').selectOption({ label: absence.kind });
  await dialog.getByLabel('Von', { exact: true }).fill(absence.from);
  await dialog.getByLabel('Bis', { exact: true }).fill(absence.to);
  if (absence.standIn) await dialog.getByLabel('Vertretung').selectOption({ label: absence.standIn });
  await dialog.getByRole('button', { name: 'Abwesenheit eintragen' }).click();
  await expect(dialog.getByRole('listitem').filter({ hasText: absence.kind })).toBeVisible();
  await dialog.getByRole('button', { name: 'Schließen' }).click();
  await settings.getByRole('button', { name: 'Fertig' }).click();
}

test('a post moved into an absence passes its step to the stand-in; with none, the request and the plan say so', async ({
  app,
  appErrors,
}) => {
  await app.setViewportSize({ width: 1366, height: 900 });
  await createWorkspace(app);
  const title = 'EcoLine: die neue Wärmepumpe';
  await column(app, 'Ideen').getByRole('button', { name: 'Karte in „Ideen“ hinzufügen' }).click();
  await typeLikeAPerson(app.getByLabel('Titel der neuen Karte'), title);
  await app.getByLabel('Titel der neuen Karte').press('Enter');
  await app.getByLabel('Titel der neuen Karte').press('Escape');
  await cardButton(app, title).click();
  const panel = app.getByRole('complementary', { name: 'Karte bearbeiten' });
  await panel.getByLabel('Aktionsfeld').selectOption({ label: 'Marketing' });
  const slot = wednesdayAhead();
  const slots = panel.getByRole('group', { name: 'Veröffentlichung' });
  await slots.getByLabel('Datum').fill(slot);
  await slots.getByLabel('Uhrzeit').fill('12:00');
  await slots.getByLabel('Kanal').selectOption({ label: 'Instagram' });
  await slots.getByRole('button', { name: 'Einplanen' }).click();
  const text = panel.getByRole('article', { name: `Text: ${title}` });
  const visual = panel.getByRole('article', { name: `Visual: ${title}` });
  await expect(text.getByText(/→ an Jonas Weber/)).toBeVisible();
  await panel.getByRole('button', { name: 'Schließen' }).click();

  // Jonas will be away on the day the text is due once the post moves a week later, Aylin stands in;
  // and on a business trip, with nobody standing in, on the day the visual will be due.
  const later = shiftDate(slot, 7);
  const textDue = addWorkingDays(later, -5);
  const visualDue = addWorkingDays(later, -4);
  await recordAbsence(app, 'Jonas Weber', {
    kind: 'Urlaub',
    from: textDue,
    to: textDue,
    standIn: 'Aylin Demir',
  });
  await recordAbsence(app, 'Jonas Weber', { kind: 'Dienstreise', from: visualDue, to: visualDue });

  // Not due in either yet: both stay with Jonas.
  await cardButton(app, title).click();
  await expect(text.getByText(/→ an Jonas Weber/)).toBeVisible();
  await expect(visual.getByText(/→ an Jonas Weber/)).toBeVisible();

  // Moved a week later, the text is due in his vacation: Aylin gets it, and it says why.
  await slots.getByLabel('Datum').fill(later);
  await expect(text.getByText(`fällig ${german(textDue)}`, { exact: false })).toBeVisible();
  await expect(text.getByText(/→ an Aylin Demir/)).toBeVisible();
  await expect(text.getByText(`Vertretung für Jonas Weber (Urlaub bis ${german(textDue)})`)).toBeVisible();
  // The visual is due on his business trip, with nobody to stand in: it stays with him and says so.
  await expect(visual.getByText(/→ an Jonas Weber/)).toBeVisible();
  await expect(
    visual.getByRole('note').filter({
      hasText: `Jonas Weber ist am Fälligkeitstag abwesend (Dienstreise bis ${german(visualDue)}) und hat keine Vertretung`,
    }),
  ).toBeVisible();
  await panel.getByText(/^Verlauf/).click();
  await expect(panel.getByText('Wegen einer Abwesenheit übernimmt Aylin Demir jetzt den Text')).toBeVisible();
  await expect(
    panel.getByText('Jonas Weber ist am Fälligkeitstag abwesend und hat keine Vertretung für das Visual'),
  ).toBeVisible();
  await visual.scrollIntoViewIfNeeded();
  await app.screenshot({ path: test.info().outputPath('moved-into-absence.png') });
  await panel.getByRole('button', { name: 'Schließen' }).click();

  // The plan marks the post at risk, and why.
  await app.getByRole('navigation', { name: 'Ansichten' }).getByRole('button', { name: 'Kalender' }).click();
  const post = app.getByRole('button', { name: `Beitrag öffnen: ${title}` });
  for (let week = 0; week < 6 && !(await post.isVisible()); week++)
    await app.getByRole('button', { name: 'Nächste Woche' }).click();
  await expect(
    post.getByRole('img', {
      name: `abwesend: Jonas Weber ist abwesend (Dienstreise bis ${german(visualDue)}) und hat eine offene Anfrage dieses Posts`,
    }),
  ).toBeVisible();
  expect(appErrors).toEqual([]);
});
