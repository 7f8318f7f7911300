// Processes (Abläufe) as a team meets them: Anna schedules a product post and its process plans the
// requests back from the publishing date; Ben (marketing) sees his input with the reason and the
// due date on his own laptop; Ben's vacation sends the second step to his stand-in Carla; the press
// office approves, then management's step opens; Anna moves the post two days later and the open
// due dates follow, on both laptops. A second test looks at
// the screens: the process view with its timeline, the editor, a post planned too late, the
// question when unscheduling, and the crisis log with the crisis process's steps.
import type { Page } from '@playwright/test';
import { addWorkingDays, isoDate, shiftDate, weekdayOf } from '../../shared/model/dueDates';
import { expect, test } from './harness';
import { cardButton, column, copyInvite, createWorkspace, status } from './steps';
import { typeLikeAPerson } from './typing';

const SHOTS = 'test-results/processes';

/** dd.MM.yyyy, as the app shows a due date. */
const german = (date: string) => date.split('-').reverse().join('.');

/** A Wednesday three weeks ahead: every step of the product post has its time. */
function slotDate(): string {
  let date = shiftDate(isoDate(Date.now()), 21);
  while (weekdayOf(date) !== 3) date = shiftDate(date, 1);
  return date;
}

async function joinAs(page: Page, invite: string, me: string, role: string) {
  await page.getByRole('button', { name: 'Arbeitsbereich beitreten' }).click();
  await page.getByLabel('Einladung').fill(invite);
  await page.getByRole('button', { name: 'Beitreten' }).click();
  const who = page.getByRole('dialog', { name: 'Wer bist du?' });
  await expect(who).toBeVisible({ timeout: 20_000 });
  await typeLikeAPerson(who.getByLabel('Dein Name'), me);
  await who.getByLabel('Deine Rolle').selectOption({ label: role });
  await who.getByRole('button', { name: 'Person hinzufügen' }).click();
  await expect(who).toBeHidden();
}

async function addColleague(page: Page, name: string) {
  await page.getByRole('button', { name: 'Einstellungen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Einstellungen' });
  await typeLikeAPerson(dialog.getByLabel('Name', { exact: true }), name);
  await dialog.getByRole('button', { name: 'Person hinzufügen' }).click();
  await expect(dialog.getByRole('textbox', { name: `Name von ${name}` })).toBeVisible();
  await dialog.getByRole('button', { name: 'Fertig' }).click();
}

async function switchTo(page: Page, name: string) {
  await page.getByRole('button', { name: 'Einstellungen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Einstellungen' });
  await dialog.getByLabel('Ich bin').selectOption({ label: name });
  await dialog.getByRole('button', { name: 'Fertig' }).click();
  await expect(page.getByRole('img', { name: `Du bist ${name}` })).toBeVisible();
}

const view = (page: Page, name: RegExp) =>
  page.getByRole('navigation', { name: 'Ansichten' }).getByRole('button', { name });
const panelOf = (page: Page) => page.getByRole('complementary', { name: 'Karte bearbeiten' });
const myTasks = (page: Page) => page.getByRole('region', { name: /^Meine Aufgaben/ });

async function newCard(page: Page, title: string) {
  await column(page, 'Ideen').getByRole('button', { name: 'Karte in „Ideen“ hinzufügen' }).click();
  await typeLikeAPerson(page.getByLabel('Titel der neuen Karte'), title);
  await page.getByLabel('Titel der neuen Karte').press('Enter');
  await page.getByLabel('Titel der neuen Karte').press('Escape');
}

/** A step in a card's steps (a table row, or an item of the card panel's list), by what it asks for. */
const stepRow = (scope: ReturnType<Page['getByRole']>, what: string) =>
  scope
    .getByRole('row', { name: new RegExp(what) })
    .or(scope.getByRole('listitem').filter({ hasText: what }));

test('a product post plans its steps from the slot; approvals open in turn; moving the slot moves open due dates @peers', async ({
  openPeer,
}) => {
  const [anna, ben] = await Promise.all([openPeer('anna'), openPeer('ben')]);
  await createWorkspace(anna.page, { me: 'Anna Berger' });
  await joinAs(ben.page, await copyInvite(anna.page), 'Ben Schulz', 'Marketing');
  await expect(status(anna.page)).toHaveText('Verbunden mit 1 Kolleg:in');
  await addColleague(anna.page, 'Carla Neumann');

  // Ben will be away on the day the post's visual is due; Carla stands in for him.
  const slot = slotDate();
  const visualDue = addWorkingDays(slot, -4);
  await ben.page.getByRole('button', { name: 'Meine Abwesenheiten' }).click();
  const absence = ben.page.getByRole('dialog', { name: 'Abwesenheiten von Ben Schulz' });
  await absence.getByLabel('Art').selectOption({ label: 'Urlaub' });
  await absence.getByLabel('Von', { exact: true }).fill(visualDue);
  await absence.getByLabel('Bis', { exact: true }).fill(visualDue);
  await absence.getByLabel('Vertretung').selectOption({ label: 'Carla Neumann' });
  await absence.getByRole('button', { name: 'Abwesenheit eintragen' }).click();
  await expect(absence.getByRole('listitem')).toContainText('Vertretung: Carla Neumann');
  await absence.getByRole('button', { name: 'Schließen' }).click();

  const title = 'EcoLine: die neue Wärmepumpe';
  await newCard(anna.page, title);
  await cardButton(anna.page, title).click();
  const panel = panelOf(anna.page);
  await panel.getByLabel('Aktionsfeld').selectOption({ label: 'Marketing' });
  const process = panel.getByRole('region', { name: 'Ablauf' });
  await expect(process.getByLabel('Ablauf dieser Karte')).toHaveText(/Automatisch \(Produktpost\)/);

  const slots = panel.getByRole('group', { name: 'Veröffentlichung' });
  await slots.getByLabel('Datum').fill(slot);
  await slots.getByLabel('Uhrzeit').fill('12:00');
  await slots.getByLabel('Kanal').selectOption({ label: 'Instagram' });
  await slots.getByRole('button', { name: 'Einplanen' }).click();

  // The steps, counted back from the slot: Ben is the first of marketing in name order; the
  // visual, due in his vacation, goes to Carla.
  const textDue = german(addWorkingDays(slot, -5));
  const steps = process.getByRole('list', { name: 'Produktpost' });
  await expect(stepRow(steps, 'Produkttext')).toContainText('Ben Schulz (Rolle Marketing)');
  await expect(stepRow(steps, 'Produkttext')).toContainText(textDue);
  await expect(stepRow(steps, 'Produkttext')).toContainText('offen');
  await expect(stepRow(steps, 'Produktbild')).toContainText('Carla Neumann');
  await expect(stepRow(steps, 'Aussagen und Tonalität')).toContainText('wartet auf vorherige Schritte');
  const visualRequest = panel.getByRole('article', { name: `Visual: ${title}` });
  await expect(visualRequest.getByText(/→ an Carla Neumann/)).toBeVisible();
  await expect(
    visualRequest.getByText(
      `Vertretung für Ben Schulz (Urlaub bis ${visualDue.slice(8, 10)}.${visualDue.slice(5, 7)}.)`,
    ),
  ).toBeVisible();

  // Ben's laptop: his input, with the reason and the due date; the visual is not his.
  await view(ben.page, /^Aufgaben/).click();
  const text = myTasks(ben.page).getByRole('article', { name: `Text: ${title}` });
  await expect(
    text.getByText('Marketing kennt das Produkt und die Positionierung', { exact: false }),
  ).toBeVisible();
  await expect(text.getByText(`fällig ${textDue}`)).toBeVisible();
  await text.getByRole('button', { name: 'Geliefert' }).click();
  await text.getByRole('button', { name: 'Geliefert' }).click();
  await expect(text).toBeHidden();
  await expect(myTasks(ben.page).getByRole('article', { name: `Visual: ${title}` })).toHaveCount(0);

  // Carla delivers the visual (on Anna's laptop, as Carla).
  await anna.page.keyboard.press('Escape');
  await switchTo(anna.page, 'Carla Neumann');
  await view(anna.page, /^Aufgaben/).click();
  const visual = myTasks(anna.page).getByRole('article', { name: `Visual: ${title}` });
  await visual.getByRole('button', { name: 'Geliefert' }).click();
  await visual.getByRole('button', { name: 'Geliefert' }).click();
  await expect(visual).toBeHidden();

  // The press office's approval opens once both inputs are in; management's waits for it.
  await switchTo(anna.page, 'Sabine Krüger');
  const press = myTasks(anna.page).getByRole('article', { name: `Freigabe: ${title}` });
  await expect(press.getByText('Die Pressestelle achtet darauf', { exact: false })).toBeVisible();
  await view(ben.page, /^Abläufe/).click();
  await ben.page
    .getByRole('navigation', { name: 'Abläufe des Teams' })
    .getByRole('button', { name: 'Produktpost' })
    .click();
  const benSteps = ben.page
    .getByRole('region', { name: 'Karten mit diesem Ablauf' })
    .getByRole('table', { name: title });
  await expect(stepRow(benSteps, 'Aussagen und Tonalität')).toContainText('offen');
  await expect(stepRow(benSteps, 'Freigabe der Geschäftsführung')).toContainText(
    'wartet auf vorherige Schritte',
  );
  await press.getByRole('button', { name: 'Freigeben' }).click();
  await expect(press).toBeHidden();

  // Management's step opens; the card stays "Zur Freigabe" until it is approved too.
  await switchTo(anna.page, 'Anna Berger');
  await view(anna.page, /^Abläufe/).click();
  await anna.page
    .getByRole('navigation', { name: 'Abläufe des Teams' })
    .getByRole('button', { name: 'Produktpost' })
    .click();
  const cards = anna.page.getByRole('region', { name: 'Karten mit diesem Ablauf' });
  const annaSteps = cards.getByRole('table', { name: title });
  const gf = german(addWorkingDays(slot, -1));
  await expect(stepRow(annaSteps, 'Freigabe der Geschäftsführung')).toContainText(`offen`);
  await expect(stepRow(annaSteps, 'Freigabe der Geschäftsführung')).toContainText(gf);
  await expect(stepRow(annaSteps, 'Freigabe der Geschäftsführung')).toContainText('Dr. Thomas Brandt');

  // Anna moves the post two days later: the open step's due date follows, the delivered stay.
  const later = shiftDate(slot, 2);
  await cards.getByRole('button', { name: title }).click();
  await panel.getByRole('group', { name: 'Veröffentlichung' }).getByLabel('Datum').fill(later);
  const movedGf = german(addWorkingDays(later, -1));
  await expect(stepRow(annaSteps, 'Freigabe der Geschäftsführung')).toContainText(movedGf);
  await expect(stepRow(annaSteps, 'Produkttext')).toContainText(textDue);

  // Ben's laptop sees the same.
  await expect(stepRow(benSteps, 'Freigabe der Geschäftsführung')).toContainText(movedGf);
  await expect(stepRow(benSteps, 'Produkttext')).toContainText('erledigt');
  expect([...anna.errors, ...ben.errors]).toEqual([]);
});

test('the process view and editor, a post planned too late, unscheduling, and the crisis process in the log', async ({
  app,
  appErrors,
}) => {
  await app.setViewportSize({ width: 1366, height: 900 });
  await createWorkspace(app);

  // The example plan's processes; Produktpost as a timeline from its first step to the slot.
  await view(app, /^Abläufe/).click();
  const list = app.getByRole('navigation', { name: 'Abläufe des Teams' });
  await expect(list.getByRole('listitem')).toHaveText([
    'Krise',
    'Kundenservice-Hinweis',
    'Pressemitteilung begleiten',
    'Produktpost',
  ]);
  await list.getByRole('button', { name: 'Produktpost' }).click();
  const timeline = app.getByRole('list', { name: 'Zeitstrahl: Produktpost' });
  await expect(timeline.getByRole('listitem')).toHaveCount(4);
  await expect(timeline.getByRole('listitem').first()).toContainText('5 Arbeitstage vorher');
  await expect(timeline.getByRole('listitem').first()).toContainText('Marketing: Jonas Weber');
  await app.screenshot({ path: `${SHOTS}/process-view.png` });

  // The editor: a fifth step for customer service.
  await app.getByRole('button', { name: 'Bearbeiten' }).click();
  const editor = app.getByRole('dialog', { name: 'Ablauf bearbeiten' });
  await editor.getByRole('button', { name: 'Schritt hinzufügen' }).click();
  const step = editor.getByRole('group', { name: 'Schritt 5' });
  await step.getByLabel('Wer').selectOption({ label: 'Rolle: Kundenservice' });
  await step.getByLabel('Arbeitstage vorher').fill('3');
  await typeLikeAPerson(step.getByLabel('Was', { exact: true }), 'Rückfragen der Kund:innen vorhersehen');
  await typeLikeAPerson(step.getByLabel('Warum'), 'Die Hotline soll am Sendetag schon Antworten haben.');
  await step.getByRole('button', { name: 'Schritt 5 nach oben' }).click();
  await expect(
    editor.getByRole('group', { name: 'Schritt 4' }).getByLabel('Was', { exact: true }),
  ).toHaveValue('Rückfragen der Kund:innen vorhersehen');
  await editor.screenshot({ path: `${SHOTS}/process-editor.png` });
  await editor.getByRole('button', { name: 'Speichern' }).click();
  await expect(timeline.getByRole('listitem')).toHaveCount(5);
  await expect(timeline).toContainText('Kundenservice: Aylin Demir');
  await app.emulateMedia({ media: 'print' });
  await app.screenshot({ path: `${SHOTS}/process-print.png`, fullPage: true });
  await app.emulateMedia({ media: 'screen' });

  // A marketing post of this week, moved to two working days ahead: its process applies now: the inputs should have come days ago.
  await view(app, /^Board/).click();
  const card = 'Messe-Teaser: Wir sind auf der BAU in München';
  await cardButton(app, card).click();
  const panel = panelOf(app);
  const slots = panel.getByRole('group', { name: 'Veröffentlichung' });
  const soon = addWorkingDays(isoDate(Date.now()), 2);
  await slots.getByLabel('Datum').fill(soon);
  const late = app.getByRole('region', { name: 'Zu spät geplant' });
  const textDue = addWorkingDays(soon, -5).split('-');
  await expect(late.getByRole('alert').first()).toHaveText(
    `zu spät geplant: Zulieferung „Produkttext mit den drei wichtigsten Vorteilen“ hätte am ${textDue[2]}.${textDue[1]}. kommen müssen`,
  );
  await late.screenshot({ path: `${SHOTS}/late.png` });
  await late.getByRole('button', { name: 'Verstanden' }).click();
  const steps = panel.getByRole('list', { name: 'Produktpost' });
  await expect(stepRow(steps, 'Produkttext')).toContainText('zu spät geplant');
  await panel.getByRole('region', { name: 'Ablauf' }).screenshot({ path: `${SHOTS}/card-steps.png` });

  // Taken out of the plan again: it asks what happens to the open requests.
  await slots.getByRole('button', { name: 'Ausplanen' }).click();
  const ask = app.getByRole('dialog', { name: `Offene Anfragen von „${card}“` });
  await expect(ask).toContainText('3 Anfragen sind noch offen');
  await ask.screenshot({ path: `${SHOTS}/unschedule.png` });
  await ask.getByRole('button', { name: 'Zurückziehen' }).click();
  await expect(stepRow(steps, 'Produkttext')).toContainText('nicht eingeplant');
  await app.keyboard.press('Escape');

  // A crisis starts the crisis process: the log shows its steps, due minutes after.
  await app.getByRole('button', { name: 'Einstellungen' }).click();
  const settings = app.getByRole('dialog', { name: 'Einstellungen' });
  await expect(settings.getByLabel('Ablauf, der mit einer Krise startet')).toHaveText(/Krise/);
  await typeLikeAPerson(settings.getByLabel('Was ist passiert?'), 'Shitstorm wegen Lieferverzug');
  await settings.getByRole('button', { name: 'Krise ausrufen' }).click();
  await app
    .getByRole('dialog', { name: 'Krise ausrufen?' })
    .getByRole('button', { name: 'Krise ausrufen' })
    .click();
  await settings.getByRole('button', { name: 'Fertig' }).click();
  await app
    .getByRole('region', { name: 'Krisenmodus' })
    .getByRole('button', { name: 'Krisenprotokoll' })
    .click();
  const log = app.getByRole('dialog', { name: /^Krisenmodus seit / });
  const crisisSteps = log.getByRole('region', { name: 'Ablauf: Krise' });
  await expect(stepRow(crisisSteps, 'Holding Statement entwerfen')).toContainText('Lena Hoffmann');
  await expect(stepRow(crisisSteps, 'Holding Statement entwerfen')).toContainText('offen');
  await expect(stepRow(crisisSteps, 'Holding Statement freigeben').first()).toContainText(
    'wartet auf vorherige Schritte',
  );
  await log.screenshot({ path: `${SHOTS}/crisis-log.png` });
  await log.getByRole('button', { name: 'Karte öffnen' }).click();
  await expect(panelOf(app).getByRole('textbox', { name: 'Titel', exact: true })).toHaveValue(
    'Krise: Shitstorm wegen Lieferverzug',
  );
  expect(appErrors).toEqual([]);
});

test('a process for videos, made in the editor, applies to a card by its post’s format', async ({
  app,
  appErrors,
}) => {
  await app.setViewportSize({ width: 1366, height: 900 });
  await createWorkspace(app);
  await view(app, /^Abläufe/).click();
  await app.getByRole('button', { name: 'Neuer Ablauf' }).click();
  const editor = app.getByRole('dialog', { name: 'Ablauf bearbeiten' });
  const name = editor.getByLabel('Name', { exact: true });
  await name.clear();
  await typeLikeAPerson(name, 'Video-Abnahme');
  await editor
    .getByRole('group', { name: 'Aktionsfelder' })
    .getByRole('checkbox', { name: 'Kundenkommunikation' })
    .check();
  await editor.getByRole('group', { name: 'Formate' }).getByRole('checkbox', { name: 'Video/Reel' }).check();
  await editor.getByRole('button', { name: 'Schritt hinzufügen' }).click();
  const step = editor.getByRole('group', { name: 'Schritt 1' });
  await step.getByLabel('Art').selectOption({ label: 'Freigabe' });
  await step.getByLabel('Wer').selectOption({ label: 'Rolle: Pressestelle' });
  await typeLikeAPerson(step.getByLabel('Was', { exact: true }), 'Schnitt abnehmen');
  await typeLikeAPerson(
    step.getByLabel('Warum'),
    'Bewegtbild lässt sich nach dem Posten nicht mehr korrigieren.',
  );
  await editor.getByRole('group', { name: 'Formate' }).scrollIntoViewIfNeeded();
  await editor.screenshot({ path: `${SHOTS}/process-editor-conditions.png` });
  await editor.getByRole('button', { name: 'Speichern' }).click();
  await expect(
    app.getByRole('navigation', { name: 'Abläufe des Teams' }).getByRole('button', { name: 'Video-Abnahme' }),
  ).toBeVisible();
  await expect(app.getByText('Gilt für: Kundenkommunikation, Video/Reel')).toBeVisible();

  // A customer service tutorial becomes a reel: the video process, with more conditions than
  // Kundenservice-Hinweis, applies by itself.
  await view(app, /^Board/).click();
  const card = 'Tutorial-Reel: Filter richtig wechseln in 30 Sekunden';
  await cardButton(app, card).click();
  const panel = panelOf(app);
  const process = panel.getByRole('region', { name: 'Ablauf' });
  await expect(process.getByLabel('Ablauf dieser Karte')).toHaveText(/Automatisch \(Kundenservice-Hinweis\)/);
  await panel.getByRole('combobox', { name: 'Format', exact: true }).selectOption({ label: 'Video/Reel' });
  await expect(process.getByLabel('Ablauf dieser Karte')).toHaveText(/Automatisch \(Video-Abnahme\)/);
  expect(appErrors).toEqual([]);
});
