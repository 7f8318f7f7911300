// The everyday flow telling one story: an approval asked for moves the card to review, what came
// in is listed with its note, a reminder reaches the colleague's laptop, dates that cannot work are
// asked about, a crisis is declared only after a confirmation; search and filter as German readers
// expect; the header tells the truth from the first moment and when a colleague leaves.
import type { Page } from '@playwright/test';
import { expect, test } from './harness';
import { cardButton, cardTitles, column, createWorkspace, dragWithMouse, pair, status } from './steps';
import { typeLikeAPerson } from './typing';

const panelOf = (page: Page) => page.getByRole('complementary', { name: 'Karte bearbeiten' });
const tasksTab = (page: Page) =>
  page.getByRole('navigation', { name: 'Ansichten' }).getByRole('button', { name: /^Aufgaben/ });

async function switchTo(page: Page, name: string) {
  await page.getByRole('button', { name: 'Einstellungen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Einstellungen' });
  await dialog.getByLabel('Ich bin').selectOption({ label: name });
  await dialog.getByRole('button', { name: 'Fertig' }).click();
  await expect(page.getByRole('img', { name: `Du bist ${name}` })).toBeVisible();
}

test('asking for approval moves the card to review; what came in is listed with its note', async ({
  app,
  appErrors,
}) => {
  await createWorkspace(app);
  const card = 'Produktlaunch EcoLine: Teaser-Video';
  const from = (await cardTitles(app, 'In Arbeit')).includes(card) ? 'In Arbeit' : 'Ideen';
  await cardButton(app, card).click();
  const panel = panelOf(app);
  await panel.getByRole('button', { name: /Freigabe anfordern/ }).click();
  const approval = panel.getByRole('form', { name: 'Freigabe anfordern' });
  await approval.getByRole('checkbox', { name: /Dr\. Thomas Brandt/ }).check();
  await approval.getByRole('button', { name: 'Freigabe anfordern' }).click();
  await expect(approval).toBeHidden();
  await expect(panel.getByRole('combobox', { name: 'Status' })).toHaveValue('col-review');
  expect(await cardTitles(app, 'Zur Freigabe')).toContain(card);
  expect(await cardTitles(app, from)).not.toContain(card);

  await panel.getByRole('button', { name: /Input anfragen/ }).click();
  const form = panel.getByRole('form', { name: 'Input anfragen' });
  await form.getByLabel('Von wem?').selectOption({ label: 'Jonas Weber · Marketing' });
  await typeLikeAPerson(form.getByLabel('Was genau?'), 'Keyvisual im Hochformat');
  await typeLikeAPerson(form.getByLabel('Wofür wird es gebraucht?'), 'Der Teaser braucht ein Titelbild');
  await form.getByRole('button', { name: 'Anfrage senden' }).click();
  await panel.getByRole('button', { name: 'Schließen' }).click();

  await switchTo(app, 'Jonas Weber');
  await tasksTab(app).click();
  const task = app
    .getByRole('region', { name: /^Meine Aufgaben/ })
    .getByRole('article', { name: `Visual: ${card}` });
  await task.getByRole('button', { name: 'Geliefert' }).click();
  await typeLikeAPerson(task.getByLabel('Notiz'), 'Liegt im Ordner Kampagnen/EcoLine');
  await task.getByRole('button', { name: 'Geliefert' }).click();

  await switchTo(app, 'Lena Hoffmann');
  await tasksTab(app).click();
  await expect(app.getByRole('region', { name: /^Ich warte auf/ })).not.toContainText(
    'Keyvisual im Hochformat',
  );
  const done = app.getByRole('region', { name: /^Erledigt/ });
  await expect(done.getByRole('article', { name: `Visual: ${card}` })).toContainText(
    'Liegt im Ordner Kampagnen/EcoLine',
  );
  await app.screenshot({ path: test.info().outputPath('tasks-done.png') });
  expect(appErrors).toEqual([]);
});

test('a reminder reaches the colleague as a notification on their laptop @peers', async ({ openPeer }) => {
  const [anna, ben] = await pair(openPeer);
  // Ben allowed notifications; they are recorded instead of shown.
  await ben.page.evaluate(() => {
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
  const card = 'Produktlaunch EcoLine: Teaser-Video';
  await cardButton(anna.page, card).click();
  const panel = panelOf(anna.page);
  await panel.getByRole('button', { name: /Input anfragen/ }).click();
  const form = panel.getByRole('form', { name: 'Input anfragen' });
  const benId = await form
    .getByLabel('Von wem?')
    .locator('option', { hasText: 'Ben Schulz' })
    .getAttribute('value');
  await form.getByLabel('Von wem?').selectOption(benId!);
  await typeLikeAPerson(form.getByLabel('Was genau?'), 'Zwei Sätze zum Produkt');
  await typeLikeAPerson(form.getByLabel('Wofür wird es gebraucht?'), 'Für die Caption');
  await form.getByRole('button', { name: 'Anfrage senden' }).click();
  const told = () => ben.page.evaluate(() => (window as Window & { told?: string[] }).told ?? []);
  await expect.poll(told).toEqual([`Neue Aufgabe | ${card}`]);

  await panel
    .getByRole('article', { name: `Visual: ${card}` })
    .getByRole('button', { name: 'Erinnern' })
    .click();
  await expect.poll(told).toEqual([`Neue Aufgabe | ${card}`, `Erinnerung: jemand wartet auf dich | ${card}`]);
  expect([...anna.errors, ...ben.errors]).toEqual([]);
});

test('dates that cannot work are refused or asked about, in plain German', async ({ app }) => {
  await app.clock.setFixedTime(new Date('2027-03-20T10:00:00+01:00'));
  await createWorkspace(app);
  // An idea the example plan keeps unscheduled.
  const card = 'FAQ-Karussell: Die 5 häufigsten Fragen zur Lieferung';
  await cardButton(app, card).click();
  const panel = panelOf(app);
  const slot = panel.getByRole('group', { name: 'Veröffentlichung' });
  // The hour the clocks skip on 28.03.2027: refused.
  await slot.getByLabel('Datum').fill('2027-03-28');
  await slot.getByLabel('Uhrzeit').fill('02:30');
  await expect(slot.getByRole('alert')).toHaveText(
    'Am Sonntag, 28.03.2027 gibt es 02:30 Uhr nicht: In dieser Nacht wird die Uhr auf Sommerzeit vorgestellt. Bitte wähle eine andere Uhrzeit.',
  );
  await expect(slot.getByRole('button', { name: 'Einplanen' })).toBeDisabled();
  await slot.screenshot({ path: test.info().outputPath('slot-skipped-hour.png') });
  // In the past: asked about.
  await slot.getByLabel('Datum').fill('2027-03-19');
  await slot.getByLabel('Uhrzeit').fill('09:00');
  await expect(slot.getByRole('alert')).toContainText('liegt in der Vergangenheit');
  await expect(slot.getByRole('button', { name: 'Einplanen' })).toBeEnabled();
  // A time that works.
  await slot.getByLabel('Datum').fill('2027-03-26');
  await slot.getByLabel('Uhrzeit').fill('11:00');
  await expect(slot.getByRole('alert')).toBeHidden();
  await slot.getByRole('button', { name: 'Einplanen' }).click();
  await expect(cardButton(app, card).getByRole('img', { name: /^Eingeplant: / })).toBeVisible();
  // Moving it into the skipped hour is refused; the slot stays.
  await slot.getByLabel('Datum').fill('2027-03-28');
  await slot.getByLabel('Uhrzeit').fill('02:15');
  await expect(slot.getByRole('alert')).toContainText('gibt es 02:15 Uhr nicht');
  await expect(slot.getByLabel('Datum')).toHaveValue('2027-03-28');
  await expect(slot.getByLabel('Uhrzeit')).toHaveValue('11:00');

  // An input due after the post day comes too late.
  await panel.getByRole('button', { name: /Input anfragen/ }).click();
  const form = panel.getByRole('form', { name: 'Input anfragen' });
  await form.getByLabel('Fällig am').fill('2027-03-29');
  await expect(form.getByRole('alert')).toContainText('Fällig erst nach dem Termin des Beitrags');
  await expect(form.getByRole('button', { name: 'Anfrage senden' })).toBeDisabled();
  await form.getByLabel('Fällig am').fill('2027-03-25');
  await expect(form.getByRole('alert')).toBeHidden();
  await expect(form.getByRole('button', { name: 'Anfrage senden' })).toBeEnabled();
});

test('"Abbrechen" after dropping a card onto a day takes the drop back', async ({ app }) => {
  await app.clock.setFixedTime(new Date('2026-11-25T10:00:00+01:00'));
  await createWorkspace(app);
  await app.getByRole('button', { name: 'Kalender', exact: true }).click();
  const title = 'FAQ-Karussell: Die 5 häufigsten Fragen zur Lieferung';
  const store = app.getByRole('region', { name: 'Ideenspeicher' });
  await dragWithMouse(
    app,
    store.getByRole('button', { name: `Idee öffnen: ${title}` }),
    app.getByRole('cell', { name: 'Instagram, Donnerstag, 26.11.2026', exact: true }),
  );
  const ask = app.getByRole('dialog', { name: `Uhrzeit für „${title}“` });
  await ask.getByRole('button', { name: 'Abbrechen' }).click();
  await expect(ask).toBeHidden();
  await expect(store.getByRole('button', { name: `Idee öffnen: ${title}` })).toBeVisible();
  await expect(app.getByRole('button', { name: `Beitrag öffnen: ${title}` })).toHaveCount(0);
});

test('search folds ß, umlauts and case and finds tags; the filter is remembered on this device', async ({
  app,
}) => {
  await createWorkspace(app);
  const ideas = column(app, 'Ideen');
  await ideas.getByRole('button', { name: 'Karte in „Ideen“ hinzufügen' }).click();
  await typeLikeAPerson(app.getByLabel('Titel der neuen Karte'), 'Weihnachtsgruß der Geschäftsführung');
  await app.getByLabel('Titel der neuen Karte').press('Enter');
  await app.getByLabel('Titel der neuen Karte').press('Escape');

  const search = app.getByRole('searchbox', { name: 'Suchen' });
  await typeLikeAPerson(search, 'weihnachtsgruss');
  await expect(app.getByRole('button', { name: /^Karte öffnen: / })).toHaveCount(1);
  await expect(cardButton(app, 'Weihnachtsgruß der Geschäftsführung')).toBeVisible();
  await typeLikeAPerson(search, 'GESCHAFTSFUHRUNG');
  await expect(cardButton(app, 'Weihnachtsgruß der Geschäftsführung')).toBeVisible();

  await typeLikeAPerson(search, '#Reel');
  await expect(cardButton(app, 'Behind the Scenes: Ein Tag in der Produktion')).toBeVisible();
  await expect(app.getByRole('button', { name: /^Karte öffnen: / })).toHaveCount(2);
  await app.getByLabel('Kanal').selectOption({ label: 'Instagram' });

  await app.reload();
  await expect(app.getByRole('searchbox', { name: 'Suchen' })).toHaveValue('#Reel');
  await expect(app.getByLabel('Kanal')).toHaveValue(/.+/);
  await expect(app.getByRole('button', { name: /^Karte öffnen: / })).toHaveCount(2);
  await app.getByRole('button', { name: 'Filter zurücksetzen' }).click();
  await app.reload();
  await expect(app.getByRole('button', { name: /^Karte öffnen: / })).toHaveCount(21);
});

test('a normal load shows no "Offline" on the way and writes nothing to the console', async ({ app }) => {
  await createWorkspace(app);
  const messages: string[] = [];
  app.on('console', (message) => {
    if (message.type() === 'warning' || message.type() === 'error') messages.push(message.text());
  });
  await app.addInitScript(() => {
    const seen: string[] = [];
    (window as Window & { statuses?: string[] }).statuses = seen;
    new MutationObserver(() => {
      const text = document.querySelector('.sync-status')?.textContent?.trim();
      if (text && text !== seen.at(-1)) seen.push(text);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await app.reload();
  await expect(status(app)).toHaveText('Suche Kolleg:innen …');
  const seen = await app.evaluate(() => (window as Window & { statuses?: string[] }).statuses ?? []);
  expect(seen).not.toContain('Offline');
  expect(seen.at(-1)).toBe('Suche Kolleg:innen …');
  expect(messages).toEqual([]);
});

test('a colleague who closes the app leaves the header within moments @peers', async ({ openPeer }) => {
  const [anna, ben] = await pair(openPeer);
  const present = anna.page.getByRole('list', { name: 'Gerade dabei' });
  await expect(present.getByRole('img', { name: 'Ben Schulz' })).toBeVisible();
  // Closed without beforeunload (the only event y-webrtc listens to), as a window may be.
  await ben.page.close();
  // Within the default wait of a few seconds, far from the 30 s a silent peer takes to time out.
  await expect(status(anna.page)).toHaveText('Suche Kolleg:innen …');
  await expect(present).toBeHidden();
});

test('the X channel keeps a visible mark in dark mode', async ({ app }) => {
  await app.emulateMedia({ colorScheme: 'dark' });
  await createWorkspace(app);
  const chip = cardButton(app, 'Tutorial-Reel: Filter richtig wechseln in 30 Sekunden').getByRole('img', {
    name: 'Instagram',
  });
  await expect(chip).toBeVisible();
  await app.getByRole('button', { name: 'Kalender', exact: true }).click();
  const x = app.getByRole('region', { name: 'Kalender' }).getByRole('img', { name: 'X' }).first();
  await expect(x).toHaveCSS('box-shadow', /rgba\(255, 255, 255, 0\.45\)/);
  await app.screenshot({ path: test.info().outputPath('dark-calendar.png') });
});
