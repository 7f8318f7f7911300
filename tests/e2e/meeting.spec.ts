// The weekly editorial meeting on two laptops: started on one, it runs on both; decisions from
// either, a move and a request on the board, and at the end both have the same minutes.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './harness';
import { cardButton, pair } from './steps';
import { typeLikeAPerson } from './typing';

const REEL = 'Tutorial-Reel: Filter richtig wechseln in 30 Sekunden';
const meetingDialog = (page: Page) => page.getByRole('dialog', { name: /^Redaktionssitzung/ });
const minutes = (page: Page) => page.getByRole('article', { name: /^Redaktionssitzung vom/ });

async function recordDecision(page: Page, text: string) {
  await page.getByRole('button', { name: /^Sitzung läuft seit \d\d:\d\d$/ }).click();
  await typeLikeAPerson(meetingDialog(page).getByLabel('Beschluss'), text);
  await meetingDialog(page).getByRole('button', { name: 'Festhalten' }).click();
  await expect(minutes(page).getByRole('region', { name: 'Beschlüsse' })).toContainText(text);
  await meetingDialog(page).getByRole('button', { name: 'Schließen' }).click();
}

test('a meeting started on one laptop runs on both, and both keep the same minutes @peers', async ({
  openPeer,
}) => {
  const [anna, ben] = await pair(openPeer);
  await anna.page.getByRole('button', { name: 'Sitzung', exact: true }).click();
  await meetingDialog(anna.page).getByRole('button', { name: 'Sitzung starten' }).click();
  await expect(meetingDialog(anna.page)).toHaveAccessibleName(/^Redaktionssitzung seit \d\d:\d\d$/);
  await meetingDialog(anna.page).getByRole('button', { name: 'Schließen' }).click();

  // Ben's header says so, and Ben is noted as present.
  await expect(ben.page.getByRole('button', { name: /^Sitzung läuft seit/ })).toBeVisible();
  await recordDecision(ben.page, 'Reels nur noch mit Untertiteln');
  await recordDecision(anna.page, 'Black Week: kein Rabatt-Post, stattdessen ein Service-Tipp');

  // On the board meanwhile: Anna moves the reel and asks Ben for photos.
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

  await anna.page.getByRole('button', { name: /^Sitzung läuft seit/ }).click();
  await meetingDialog(anna.page).getByRole('button', { name: 'Sitzung beenden' }).click();
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
  await ben.page.getByRole('button', { name: 'Sitzung', exact: true }).click();
  await meetingDialog(ben.page)
    .getByRole('button', { name: /^Protokoll vom \d\d\.\d\d\.\d{4}$/ })
    .click();
  const bens = ben.page.getByRole('dialog', { name: /^Protokoll der Redaktionssitzung vom/ });
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
