// The weekly editorial meeting on two laptops: started on one, it runs on both in a side panel
// beside the board; decisions from either (typed, noted with Enter), its agenda, a move and a
// request on the board while the panel stays open, and at the end both have the same minutes.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './harness';
import { cardButton, pair } from './steps';
import { typeLikeAPerson } from './typing';

const REEL = 'Tutorial-Reel: Filter richtig wechseln in 30 Sekunden';
const meetingPanel = (page: Page) => page.getByRole('complementary', { name: 'Sitzung' });
const minutes = (page: Page) => page.getByRole('article', { name: /^Redaktionssitzung vom/ });

async function recordDecision(page: Page, text: string) {
  if (!(await meetingPanel(page).isVisible()))
    await page.getByRole('button', { name: /^Sitzung läuft seit \d\d:\d\d$/ }).click();
  // One key notes it: Enter in the decision field.
  await typeLikeAPerson(meetingPanel(page).getByLabel('Beschluss'), text);
  await page.keyboard.press('Enter');
  await expect(minutes(page).getByRole('region', { name: 'Beschlüsse' })).toContainText(text);
  await expect(meetingPanel(page).getByLabel('Beschluss')).toHaveValue('');
}

test('a meeting started on one laptop runs on both, and both keep the same minutes @peers', async ({
  openPeer,
}) => {
  const [anna, ben] = await pair(openPeer);
  await anna.page.getByRole('button', { name: 'Sitzung', exact: true }).click();
  await meetingPanel(anna.page).getByRole('button', { name: 'Sitzung starten' }).click();
  await expect(meetingPanel(anna.page).getByRole('heading', { level: 2 })).toHaveText(
    /^Redaktionssitzung seit \d\d:\d\d$/,
  );
  // The agenda: what the meeting should look at, from the example plan.
  const agenda = meetingPanel(anna.page).getByRole('region', { name: 'Tagesordnung' });
  await expect(agenda.getByRole('region', { name: 'Offene Freigaben' })).toContainText(
    'Produktlaunch EcoLine: Teaser-Video',
  );
  await expect(agenda.getByRole('region', { name: 'Offene Freigaben' })).toContainText(
    'wartet auf Dr. Thomas Brandt',
  );
  await expect(agenda.getByRole('region', { name: 'Überfällige Inputs' })).toContainText(
    'Kundenstimme: Familie Schulz über ihre neue Heizung',
  );
  await expect(
    agenda.getByRole('region', { name: 'Gefährdete Beiträge, diese und nächste Woche' }).getByRole('button'),
  ).not.toHaveCount(0);
  await expect(agenda.getByRole('region', { name: 'Ideen, die am längsten warten' })).toContainText(REEL);
  // An entry opens its card beside the meeting.
  await agenda.getByRole('button', { name: /^Produktlaunch EcoLine/ }).click();
  const cardPanel = anna.page.getByRole('complementary', { name: 'Karte bearbeiten' });
  await expect(cardPanel.getByLabel('Titel', { exact: true })).toHaveValue(
    'Produktlaunch EcoLine: Teaser-Video',
  );
  await expect(meetingPanel(anna.page)).toBeVisible();
  await cardPanel.getByRole('button', { name: 'Schließen' }).click();

  // Ben's header says so, and Ben is noted as present.
  await expect(ben.page.getByRole('button', { name: /^Sitzung läuft seit/ })).toBeVisible();
  await recordDecision(ben.page, 'Reels nur noch mit Untertiteln');
  await recordDecision(anna.page, 'Black Week: kein Rabatt-Post, stattdessen ein Service-Tipp');

  // On the board meanwhile, with the meeting open beside it: Anna moves the reel and asks Ben for photos.
  await anna.page.getByRole('button', { name: `Karte verschieben: ${REEL}` }).focus();
  for (const key of ['Space', 'ArrowRight', 'Space']) await anna.page.keyboard.press(key);
  await cardButton(anna.page, REEL).click();
  const panel = anna.page.getByRole('complementary', { name: 'Karte bearbeiten' });
  await panel.getByRole('button', { name: /Input anfragen/ }).click();
  const form = panel.getByRole('form', { name: 'Input anfragen' });
  await form.getByLabel('Was brauchst du?').selectOption({ label: 'Visual' });
  await form.getByLabel('Von wem?').selectOption({ label: 'Ben Schulz · Social Media' });
  await typeLikeAPerson(form.getByLabel('Was genau?'), 'Drei Fotos aus der Werkstatt');
  await typeLikeAPerson(form.getByLabel('Wofür wird es gebraucht?'), 'Das Reel braucht ein Titelbild');
  await form.getByRole('button', { name: 'Anfrage senden' }).click();
  await expect(form).toBeHidden();
  await panel.getByRole('button', { name: 'Schließen' }).click();

  await expect(meetingPanel(anna.page)).toBeVisible();
  await meetingPanel(anna.page).getByRole('button', { name: 'Sitzung beenden' }).click();
  const annas = minutes(anna.page);
  await expect(annas.getByRole('region', { name: 'Anwesend' })).toContainText('Anna Berger, Ben Schulz');
  await expect(annas.getByRole('region', { name: 'Beschlüsse' }).getByRole('listitem')).toHaveText([
    /^Reels nur noch mit Untertiteln \(Ben Schulz, \d\d:\d\d\)$/,
    /^Black Week: kein Rabatt-Post, stattdessen ein Service-Tipp \(Anna Berger, \d\d:\d\d\)$/,
  ]);
  await expect(annas.getByRole('region', { name: 'Aufgaben' })).toContainText(
    `Ben Schulz: Drei Fotos aus der Werkstatt für „${REEL}“`,
  );
  await expect(annas.getByRole('region', { name: 'Aufgaben' })).toContainText(
    'Warum: Das Reel braucht ein Titelbild (angefragt von Anna Berger)',
  );
  await expect(annas.getByRole('region', { name: 'Auf dem Board' })).toContainText(
    `„${REEL}“: Anna Berger hat die Karte nach In Arbeit verschoben`,
  );

  // Ben's header no longer says a meeting runs, and his minutes are the same.
  await expect(ben.page.getByRole('button', { name: 'Sitzung', exact: true })).toBeVisible();
  // Ben's panel is still open: it now offers the minutes of the meeting that ended.
  await meetingPanel(ben.page)
    .getByRole('button', { name: /^Protokoll vom \d\d\.\d\d\.\d{4}$/ })
    .click();
  const bens = meetingPanel(ben.page);
  await expect(bens.getByRole('heading', { level: 2 })).toHaveText(/^Protokoll der Redaktionssitzung vom/);
  await expect(minutes(ben.page)).toHaveText((await annas.textContent())!);

  // Saved as a Markdown file, ready for the e-mail after the meeting.
  const [download] = await Promise.all([
    ben.page.waitForEvent('download'),
    bens.getByRole('button', { name: 'Als Datei speichern' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^Social Media Müller GmbH – Protokoll \d{4}-\d\d-\d\d\.md$/);
  const file = await readFile((await download.path())!, 'utf8');
  expect(file).toMatch(
    /^# Redaktionssitzung vom \d\d\.\d\d\.\d{4}, \d\d:\d\d–\d\d:\d\d Uhr\n\nArbeitsbereich: Social Media Müller GmbH\n\n## Anwesend\n\nAnna Berger, Ben Schulz\n\n## Beschlüsse\n\n1\. Reels nur noch/,
  );
  expect(file).toContain(`\n## Aufgaben\n\n- Ben Schulz: Drei Fotos aus der Werkstatt für „${REEL}“`);
  expect([...anna.errors, ...ben.errors]).toEqual([]);
});
