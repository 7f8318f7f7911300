// Requests and approvals as a team meets them: ask a colleague for an input with the reason and a
// due date, deliver it as that colleague, request an approval (never one's own), approve it in one
// click and see the card move to "Freigegeben", and the two task lists with overdue items marked.
// Identities are switched on one device through the settings ("Ich bin"), as a shared laptop would.
import type { Page } from '@playwright/test';
import { expect, test } from './harness';
import { cardButton, cardTitles, createWorkspace } from './steps';
import { typeLikeAPerson } from './typing';

async function switchTo(page: Page, name: string) {
  await page.getByRole('button', { name: 'Einstellungen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Einstellungen' });
  await dialog.getByLabel('Ich bin').selectOption({ label: name });
  await dialog.getByRole('button', { name: 'Fertig' }).click();
  await expect(page.getByRole('img', { name: `Du bist ${name}` })).toBeVisible();
}

function panelOf(page: Page) {
  return page.getByRole('complementary', { name: 'Karte bearbeiten' });
}

async function askInput(
  page: Page,
  card: string,
  input: { kind: string; to: string; what: string; why: string; due: string },
) {
  await cardButton(page, card).click();
  const panel = panelOf(page);
  await panel.getByRole('button', { name: /Input anfragen/ }).click();
  const form = panel.getByRole('form', { name: 'Input anfragen' });
  await form.getByLabel('Was brauchst du?').selectOption({ label: input.kind });
  await form.getByLabel('Von wem?').selectOption({ label: input.to });
  // The request form's own fields are typed key by key in typing.spec.ts; here they are set whole.
  await form.getByLabel('Was genau?').fill(input.what);
  await form.getByLabel('Wofür wird es gebraucht?').fill(input.why);
  await form.getByLabel('Fällig am').fill(input.due);
  await form.getByRole('button', { name: 'Anfrage senden' }).click();
  await expect(form).toBeHidden();
}

const tasksTab = (page: Page) =>
  page.getByRole('navigation', { name: 'Ansichten' }).getByRole('button', { name: /^Aufgaben/ });

test('request a visual with the reason and a due date; the colleague delivers it', async ({
  app,
  appErrors,
}) => {
  await createWorkspace(app);
  const card = 'Jubiläum: 75 Jahre am Standort Leipzig';
  await cardButton(app, card).click();
  const panel = panelOf(app);
  await panel.getByRole('button', { name: /Input anfragen/ }).click();
  // Unscheduled: the suggested due date is three working days from today, and can be changed.
  await expect(panel.getByRole('form', { name: 'Input anfragen' }).getByLabel('Fällig am')).toHaveValue(
    /^\d{4}-\d{2}-\d{2}$/,
  );
  await expect(panel.getByText('Vorschlag: drei Werktage ab heute')).toBeVisible();
  await panel.getByRole('button', { name: 'Abbrechen' }).click();

  await askInput(app, card, {
    kind: 'Visual',
    to: 'Jonas Weber · Marketing',
    what: 'Historisches Foto vom Werksgelände, Hochformat',
    why: 'Ohne Bild wirkt das Zitat im Feed nicht; das Archiv hat der Nutzung zugestimmt.',
    due: '2099-03-05',
  });
  const request = panel.getByRole('article', { name: `Visual: ${card}` });
  await expect(request.getByText('Ohne Bild wirkt das Zitat im Feed nicht', { exact: false })).toBeVisible();
  await expect(request.getByText('fällig 05.03.2099')).toBeVisible();
  await expect(request.getByText(/von Lena Hoffmann → an Jonas Weber/)).toBeVisible();
  await request.getByRole('button', { name: 'Erinnern' }).click();
  await expect(request.getByText(/erinnert am \d{2}\.\d{2}\.\d{4}/)).toBeVisible();
  // The tile says whom the card waits on.
  await expect(cardButton(app, card).getByRole('img', { name: 'Wartet auf Jonas Weber' })).toBeVisible();

  await switchTo(app, 'Jonas Weber');
  await tasksTab(app).click();
  // Jonas also has the example plan's photo for the case study.
  await expect(tasksTab(app)).toHaveAccessibleName('Aufgaben (2 offen)');
  const mine = app.getByRole('region', { name: /^Meine Aufgaben/ });
  const task = mine.getByRole('article', { name: `Visual: ${card}` });
  await expect(task.getByText('das Archiv hat der Nutzung zugestimmt', { exact: false })).toBeVisible();
  await task.getByRole('button', { name: 'Geliefert' }).click();
  await typeLikeAPerson(task.getByLabel('Notiz'), 'Liegt im Ordner Kampagnen/Heizung');
  await task.getByRole('button', { name: 'Geliefert' }).click();
  await expect(task).toBeHidden();
  await expect(tasksTab(app)).toHaveAccessibleName('Aufgaben (1 offen)');

  await switchTo(app, 'Lena Hoffmann');
  await app.getByRole('button', { name: 'Board' }).click();
  await cardButton(app, card).click();
  const delivered = panelOf(app).getByRole('article', { name: `Visual: ${card}` });
  await expect(delivered.getByText('Geliefert', { exact: true })).toBeVisible();
  await expect(delivered.getByText('Liegt im Ordner Kampagnen/Heizung')).toBeVisible();
  await panelOf(app)
    .getByText(/^Verlauf/)
    .click();
  await expect(panelOf(app).getByText('Jonas Weber hat das Visual geliefert')).toBeVisible();
  await expect(
    panelOf(app).getByText('Lena Hoffmann hat ein Visual von Jonas Weber angefragt'),
  ).toBeVisible();
  expect(appErrors).toEqual([]);
});

test('approval: nobody approves their own card; approved by another, the card moves to Freigegeben', async ({
  app,
  appErrors,
}) => {
  await createWorkspace(app);
  const card = 'Messe-Teaser: Wir sind auf der BAU in München'; // owned by Jonas, created by Lena
  await cardButton(app, card).click();
  const panel = panelOf(app);
  await panel.getByRole('button', { name: /Freigabe anfordern/ }).click();
  const form = panel.getByRole('form', { name: 'Freigabe anfordern' });
  await form.getByRole('checkbox', { name: /Lena Hoffmann/ }).check();
  await form.getByRole('checkbox', { name: /Dr\. Thomas Brandt/ }).check();
  await form.getByRole('button', { name: 'Freigabe anfordern' }).click();
  await expect(form.getByRole('alert')).toHaveText(
    'Du kannst deine eigene Karte nicht freigeben. Bitte frag jemand anderen aus dem Team.',
  );
  await form.getByRole('checkbox', { name: /Lena Hoffmann/ }).uncheck();
  await form.getByRole('checkbox', { name: /Jonas Weber/ }).check();
  await form.getByRole('button', { name: 'Freigabe anfordern' }).click();
  await expect(form.getByRole('alert')).toHaveText(
    'Jonas Weber ist für diese Karte zuständig oder hat sie angelegt und kann sie deshalb nicht freigeben.',
  );
  await form.getByRole('checkbox', { name: /Jonas Weber/ }).uncheck();
  await form.getByRole('button', { name: 'Freigabe anfordern' }).click();
  const approval = panel.getByRole('article', { name: `Freigabe: ${card}` });
  await expect(approval.getByText('Freigaben: 0 von 1')).toBeVisible();
  await expect(cardButton(app, card).getByText('Freigabe offen')).toBeVisible();

  await switchTo(app, 'Dr. Thomas Brandt');
  await tasksTab(app).click();
  const task = app
    .getByRole('region', { name: /^Meine Aufgaben/ })
    .getByRole('article', { name: `Freigabe: ${card}` });
  await task.getByLabel('Kommentar zur Freigabe').fill('Starker Teaser, passt zur Marke.');
  await task.getByRole('button', { name: 'Freigeben' }).click();
  await expect(task).toBeHidden();

  await app.getByRole('button', { name: 'Board' }).click();
  await expect.poll(() => cardTitles(app, 'Freigegeben')).toContain(card);
  expect(await cardTitles(app, 'Zur Freigabe')).not.toContain(card);
  await cardButton(app, card).click();
  const done = panelOf(app).getByRole('article', { name: `Freigabe: ${card}` });
  await expect(done.getByText('Freigaben: 1 von 1')).toBeVisible();
  await expect(done.getByText('Starker Teaser, passt zur Marke.')).toBeVisible();
  await panelOf(app)
    .getByText(/^Verlauf/)
    .click();
  await expect(
    panelOf(app).getByText('Dr. Thomas Brandt hat die Karte nach Freigegeben verschoben', { exact: true }),
  ).toBeVisible();
  expect(appErrors).toEqual([]);
});

test('Meine Aufgaben and Ich warte auf list the right items, the overdue one first and marked', async ({
  app,
  appErrors,
}) => {
  await createWorkspace(app);
  const late = 'Interview mit der Geschäftsführung zur Standorterweiterung';
  // Unscheduled in the example plan, so that a due date far ahead is not after its post day.
  const later = 'Umfrage: Welche Themen wünscht ihr euch 2027?';
  await askInput(app, late, {
    kind: 'Information',
    to: 'Dr. Thomas Brandt · Geschäftsführung',
    what: 'Die drei Kernzahlen für Q4',
    why: 'Ohne freigegebene Zahlen dürfen wir nichts posten.',
    due: '2024-01-08',
  });
  await askInput(app, later, {
    kind: 'Text',
    to: 'Sabine Krüger · Pressestelle',
    what: 'Zwei Sätze zum Jahresrückblick',
    why: 'Der Newsletter braucht eine Stimme aus der Pressestelle.',
    due: '2099-12-10',
  });
  await panelOf(app).getByRole('button', { name: 'Schließen' }).click();

  // Overdue stands out on the board.
  await expect(cardButton(app, late).getByRole('img', { name: 'Überfällig: 1 Anfrage' })).toBeVisible();
  await expect(cardButton(app, later).getByRole('img', { name: /^Überfällig/ })).toHaveCount(0);

  await tasksTab(app).click();
  await expect(app.getByRole('region', { name: /^Meine Aufgaben/ }).getByText('Nichts zu tun')).toBeVisible();
  const waiting = app.getByRole('region', { name: /^Ich warte auf/ });
  const items = waiting.getByRole('article');
  // Beside the example plan's four requests; the longest overdue first.
  await expect(items).toHaveCount(6);
  await expect(items.nth(0)).toHaveAccessibleName(`Information: ${late}`);
  await expect(items.nth(0).getByText('Überfällig', { exact: true })).toBeVisible();
  await expect(items.nth(0).getByText(/an Dr\. Thomas Brandt · seit/)).toBeVisible();
  const text = waiting.getByRole('article', { name: `Text: ${later}` });
  await expect(text).toBeVisible();
  await expect(text.getByText('Überfällig', { exact: true })).toHaveCount(0);

  await switchTo(app, 'Dr. Thomas Brandt');
  // With the example plan's figures and approval for him.
  await expect(tasksTab(app)).toHaveAccessibleName('Aufgaben (3 offen)');
  const mine = app.getByRole('region', { name: /^Meine Aufgaben/ });
  await expect(mine.getByRole('article')).toHaveCount(3);
  await expect(mine.getByRole('article').first()).toHaveAccessibleName(`Information: ${late}`);
  await expect(
    mine.getByRole('article', { name: `Information: ${late}` }).getByText('Überfällig', { exact: true }),
  ).toBeVisible();
  await expect(
    app.getByRole('region', { name: /^Ich warte auf/ }).getByText('Du wartest gerade auf nichts.'),
  ).toBeVisible();
  // Opening the card from the task shows it in the panel, with the request on it.
  await mine.getByRole('button', { name: `Karte öffnen: ${late}` }).click();
  await expect(panelOf(app).getByLabel('Titel', { exact: true })).toHaveValue(late);
  expect(appErrors).toEqual([]);
});

test('a removed colleague stays readable on requests; a deleted card says so', async ({ app, appErrors }) => {
  await createWorkspace(app);
  const card = 'Tutorial-Reel: Filter richtig wechseln in 30 Sekunden';
  await askInput(app, card, {
    kind: 'Sonstiges',
    to: 'Aylin Demir · Kundenservice',
    what: 'Die häufigste Frage zum Filterwechsel',
    why: 'Das Reel soll die echte Frage beantworten.',
    due: '2099-01-04',
  });
  await app.getByRole('button', { name: 'Einstellungen' }).click();
  const settings = app.getByRole('dialog', { name: 'Einstellungen' });
  await settings.getByRole('button', { name: 'Aylin Demir entfernen' }).click();
  const confirm = app.getByRole('dialog', { name: 'Aylin Demir aus dem Team entfernen?' });
  // This one and the example plan's overdue quote.
  await expect(confirm).toContainText('an 2 offenen Anfragen beteiligt');
  await confirm.getByRole('button', { name: 'Entfernen' }).click();
  await settings.getByRole('button', { name: 'Fertig' }).click();
  const request = panelOf(app).getByRole('article', { name: `Sonstiges: ${card}` });
  await expect(request.getByText(/an Aylin Demir \(nicht mehr im Team\)/)).toBeVisible();

  await panelOf(app).getByRole('button', { name: 'Löschen' }).click();
  await app.getByRole('button', { name: 'Endgültig löschen' }).click();
  await tasksTab(app).click();
  const waiting = app.getByRole('region', { name: /^Ich warte auf/ });
  await expect(waiting.getByText('Karte gelöscht')).toBeVisible();
  await waiting
    .getByRole('article')
    .filter({ hasText: 'Karte gelöscht' })
    .getByRole('button', { name: 'Zurückziehen' })
    .click();
  await expect(waiting.getByText('Karte gelöscht')).toHaveCount(0);
  expect(appErrors).toEqual([]);
});
