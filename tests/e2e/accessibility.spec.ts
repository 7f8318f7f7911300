// Every screen and dialog checked with axe-core (Deque's WCAG rules, as browser extensions run
// them) in light and dark, and the cards' buttons say more than their title to a screen reader.
import type { Page } from '@playwright/test';
import { expect, test } from './harness';
import { expectAccessible } from './harness/axe';
import { calendarAction, cardButton, createWorkspace } from './steps';

/** Walks through the screens a team meets, checking each. */
async function walkThrough(page: Page) {
  // The app renders once it has read what the device knows (sync/deviceStore.ts).
  await expect(page.getByRole('heading', { name: 'Willkommen bei Sendeplan' })).toBeVisible();
  await expectAccessible(page, 'first run');
  await page.getByRole('button', { name: 'Arbeitsbereich beitreten' }).click();
  await page.getByLabel('Einladung').fill('sendeplan1.kaputt');
  await page.getByRole('button', { name: 'Beitreten' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expectAccessible(page, 'join, with an error');
  await page.getByRole('button', { name: 'Neuen Arbeitsbereich anlegen' }).click();
  await page.getByRole('button', { name: 'Aus Sicherung wiederherstellen' }).click();
  await expectAccessible(page, 'restore');
  await page.getByRole('button', { name: 'Neuen Arbeitsbereich anlegen' }).click();

  await createWorkspace(page);
  await expectAccessible(page, 'board');
  await page.getByRole('button', { name: 'Aktionen für Spalte „Ideen“' }).click();
  await expectAccessible(page, 'column menu');
  await page.keyboard.press('Escape');

  await cardButton(page, /FAQ-Karussell/).click();
  const panel = page.getByRole('complementary', { name: 'Karte bearbeiten' });
  await expectAccessible(page, 'card panel');
  await panel.getByRole('button', { name: 'Freigabe anfordern' }).first().click();
  await expectAccessible(page, 'approval request form');
  const comment = panel.getByRole('textbox', { name: 'Kommentar', exact: true });
  await comment.click();
  await comment.pressSequentially('Bitte prüfen, @Jo', { delay: 20 });
  await expectAccessible(page, 'comment with the mention list');
  await comment.press('Enter');
  await comment.press('ControlOrMeta+Enter');
  await expectAccessible(page, 'card panel with a comment');
  await panel.getByRole('button', { name: 'Schließen' }).click();

  await page.getByRole('button', { name: 'Kalender', exact: true }).click();
  await expectAccessible(page, 'calendar week');
  await page.getByRole('button', { name: 'Monat', exact: true }).click();
  await expectAccessible(page, 'calendar month');
  await calendarAction(page, 'Exportieren');
  await expectAccessible(page, 'export dialog');
  await page.getByRole('dialog').getByRole('button', { name: 'Abbrechen' }).click();
  await calendarAction(page, 'Kanäle verwalten');
  await expectAccessible(page, 'channels dialog');
  await page.keyboard.press('Escape');
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.getByRole('button', { name: 'Mehr', exact: true }).click();
  await expectAccessible(page, 'calendar toolbar menu');
  await page.keyboard.press('Escape');
  await calendarAction(page, 'Präsentation');
  await expectAccessible(page, 'presentation');
  await page.keyboard.press('Escape');
  await page.setViewportSize({ width: 1366, height: 900 });

  await page
    .getByRole('navigation', { name: 'Ansichten' })
    .getByRole('button', { name: /^Aufgaben/ })
    .click();
  await expectAccessible(page, 'tasks');
  await page.getByRole('button', { name: 'Sitzung', exact: true }).click();
  const meeting = page.getByRole('complementary', { name: 'Sitzung' });
  await expectAccessible(page, 'meeting');
  await meeting.getByRole('button', { name: 'Sitzung starten' }).click();
  await page.getByLabel('Beschluss').fill('Reels nur noch mit Untertiteln');
  await page.getByRole('button', { name: 'Festhalten' }).click();
  await expectAccessible(page, 'meeting running');
  await page.getByRole('button', { name: 'Sitzung beenden' }).click();
  await expectAccessible(page, 'minutes');
  await meeting.getByRole('button', { name: 'Schließen' }).click();
  await page.getByRole('button', { name: 'Einstellungen' }).click();
  await expectAccessible(page, 'settings');
  const settings = page.getByRole('dialog', { name: 'Einstellungen' });
  await settings.getByRole('button', { name: 'Kampagnen' }).click();
  const campaigns = page.getByRole('dialog', { name: 'Kampagnen' });
  const today = new Date();
  const day = (offset: number) =>
    new Date(today.getFullYear(), today.getMonth(), today.getDate() + offset).toLocaleDateString('sv');
  const form = campaigns.getByRole('form', { name: 'Neue Kampagne' });
  await form.getByLabel('Name').fill('Winteraktion');
  await form.getByLabel('Von').fill(day(-2));
  await form.getByLabel('Bis').fill(day(9));
  await form.getByRole('button', { name: 'Kampagne anlegen' }).click();
  await expectAccessible(page, 'campaigns dialog');
  await campaigns.getByRole('button', { name: 'Fertig' }).click();
  await settings.getByLabel('Was ist passiert?').fill('Shitstorm');
  await settings.getByRole('button', { name: 'Krise ausrufen' }).click();
  const confirm = page.getByRole('dialog', { name: 'Krise ausrufen?' });
  await expectAccessible(page, 'declaring a crisis');
  await confirm.getByRole('button', { name: 'Krise ausrufen' }).click();
  await settings.getByRole('button', { name: 'Fertig' }).click();
  await page.getByRole('button', { name: 'Kalender', exact: true }).click();
  await expectAccessible(page, 'calendar in a crisis');
  await page.getByRole('button', { name: 'Krisenprotokoll' }).click();
  await expectAccessible(page, 'crisis log');
}

// The walk visits some thirty screens and states, each checked by axe: more than a minute on a busy machine.
test('every screen meets WCAG 2.1 AA as axe checks it, in light', async ({ app, appErrors }) => {
  test.setTimeout(150_000);
  await walkThrough(app);
  expect(appErrors).toEqual([]);
});

test('every screen meets WCAG 2.1 AA as axe checks it, in dark', async ({ app, appErrors }) => {
  test.setTimeout(150_000);
  await app.emulateMedia({ colorScheme: 'dark' });
  await walkThrough(app);
  expect(appErrors).toEqual([]);
});

test('a card tells a screen reader what it shows besides its title', async ({ app }) => {
  await createWorkspace(app);
  await expect(cardButton(app, /FAQ-Karussell/)).toHaveAccessibleDescription(
    'Kundenkommunikation #Service #Karussell Instagram Facebook Zuständig: Aylin Demir',
  );
  await app.getByRole('button', { name: 'Kalender', exact: true }).click();
  await expect(
    app.getByRole('button', { name: 'Idee öffnen: FAQ-Karussell: Die 5 häufigsten Fragen zur Lieferung' }),
  ).toHaveAccessibleDescription(/Ideen.*Instagram Facebook.*Zuständig: Aylin Demir/);
});
