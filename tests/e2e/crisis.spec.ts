// A crisis on two laptops: declared on one with the playbook ready, every scheduled post is on
// hold on both, decisions go into one log, and ending it releases the posts everywhere.
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import type * as Y from 'yjs';
import { readMeetings, readPeople } from '../../shared/model';
import { expect, test } from './harness';
import { docOf } from './poisoned';
import { cardButton, pair } from './steps';
import { typeLikeAPerson } from './typing';

const CASE = 'Case Study Stadtwerke: Sanierung in 6 Wochen';
const REASON = 'Shitstorm wegen Lieferverzug bei der EcoLine';
const PLAYBOOK = '1. Sabine formuliert das Holding Statement.\n2. Lena hält alle Posts an.';
const band = (page: Page) => page.getByRole('region', { name: 'Krisenmodus' });

test('a crisis declared on one laptop holds every scheduled post on both, and its log is shared @peers', async ({
  openPeer,
}) => {
  const [anna, ben] = await pair(openPeer);
  // A post the example plan scheduled for next week, still to go out.
  const panel = anna.page.getByRole('complementary', { name: 'Karte bearbeiten' });
  await expect(cardButton(ben.page, CASE).getByRole('img', { name: /^Eingeplant: / })).toBeVisible();
  await expect(cardButton(ben.page, CASE)).not.toContainText('angehalten');

  await anna.page.getByRole('button', { name: 'Einstellungen' }).click();
  const settings = anna.page.getByRole('dialog', { name: 'Einstellungen' });
  // The long playbook is set whole (typing.spec.ts types into it key by key); leaving it commits it.
  await settings.getByLabel('Playbook: wer macht was in der Krise').fill(PLAYBOOK);
  await expect(settings.getByRole('button', { name: 'Krise ausrufen' })).toBeDisabled();
  await typeLikeAPerson(settings.getByLabel('Was ist passiert?'), REASON);
  await settings.getByRole('button', { name: 'Krise ausrufen' }).click();
  // It asks first: a crisis holds every post of the team.
  const confirm = anna.page.getByRole('dialog', { name: 'Krise ausrufen?' });
  await expect(confirm).toContainText(
    'Alle eingeplanten Beiträge werden auf allen Rechnern des Teams angehalten',
  );
  await confirm.getByRole('button', { name: 'Abbrechen' }).click();
  await expect(settings.getByRole('status').filter({ hasText: 'Krisenmodus läuft seit' })).toBeHidden();
  await expect(band(ben.page)).toBeHidden();
  await settings.getByRole('button', { name: 'Krise ausrufen' }).click();
  await confirm.getByRole('button', { name: 'Krise ausrufen' }).click();
  await expect(settings.getByRole('status').filter({ hasText: 'Krisenmodus läuft seit' })).toBeVisible();
  await settings.getByRole('button', { name: 'Fertig' }).click();

  // Ben's laptop: the band, the post on hold, the playbook; his decision goes into the log.
  await expect(band(ben.page)).toContainText(`: ${REASON} Alle geplanten Beiträge sind angehalten.`);
  await expect(cardButton(ben.page, CASE)).toContainText('angehalten');
  await band(ben.page).getByRole('button', { name: 'Krisenprotokoll' }).click();
  const log = ben.page.getByRole('dialog', { name: /^Krisenmodus seit \d\d:\d\d$/ });
  await expect(log.getByRole('region', { name: 'Playbook' })).toContainText(
    'Sabine formuliert das Holding Statement.',
  );
  await log
    .getByRole('textbox', { name: 'Entscheidung' })
    .fill('Nur Sabine antwortet, alle anderen posten nichts');
  await log.getByRole('button', { name: 'Festhalten' }).click();
  await log.getByRole('button', { name: 'Schließen' }).click();

  // A holding statement's approval, asked for in the crisis: due today, and urgent for Ben.
  await cardButton(anna.page, CASE).click();
  await panel.getByRole('button', { name: /Freigabe anfordern/ }).click();
  const form = panel.getByRole('form', { name: 'Freigabe anfordern' });
  // Due within the hour, not at the end of some day.
  await expect(form).toContainText('Krisenmodus: fällig in einer Stunde.');
  const today = await anna.page.evaluate(() => new Date().toLocaleDateString('sv-SE'));
  await expect(form.getByLabel('Fällig am')).toHaveValue(today);
  await expect(form.getByLabel('Bis (Uhrzeit)')).toHaveValue(/^\d\d:\d\d$/);
  await form.getByLabel('Bis (Uhrzeit)').fill('23:45');
  await form.getByRole('checkbox', { name: /Ben Schulz/ }).check();
  await form.getByRole('button', { name: 'Freigabe anfordern' }).click();
  await expect(form).toBeHidden();
  await panel.getByRole('button', { name: 'Schließen' }).click();
  await ben.page.getByRole('button', { name: /^Aufgaben/ }).click();
  await expect(
    ben.page.getByRole('article', { name: `Freigabe: ${CASE}` }).getByText('eilt: Krise', { exact: true }),
  ).toBeVisible();
  await expect(ben.page.getByRole('article', { name: `Freigabe: ${CASE}` })).toContainText(
    /fällig .*23:45 Uhr/,
  );

  // Anna's export says the post is on hold.
  await anna.page.getByRole('button', { name: 'Kalender', exact: true }).click();
  await anna.page.getByRole('button', { name: 'Exportieren', exact: true }).click();
  const exporting = anna.page.getByRole('dialog', { name: 'Kalender exportieren' });
  const [download] = await Promise.all([
    anna.page.waitForEvent('download'),
    exporting.getByRole('button', { name: 'Exportieren' }).click(),
  ]);
  const ics = (await readFile((await download.path())!, 'utf8')).replace(/\r\n /g, '');
  expect(ics).toMatch(/SUMMARY:Angehalten \(Krisenmodus\): LinkedIn: Case Study Stadtwerke: Sanierung/);
  expect(ics).toContain('STATUS:TENTATIVE');
  await exporting.getByRole('button', { name: 'Fertig' }).click();

  await band(anna.page).getByRole('button', { name: 'Krisenprotokoll' }).click();
  const annasLog = anna.page.getByRole('dialog', { name: /^Krisenmodus seit/ });
  await expect(annasLog.getByRole('region', { name: 'Anlass' })).toHaveText(`Anlass${REASON}`);
  await expect(annasLog.getByRole('region', { name: 'Anwesend' })).toContainText('Anna Berger, Ben Schulz');
  await expect(annasLog.getByRole('region', { name: 'Entscheidungen' })).toContainText(
    'Nur Sabine antwortet, alle anderen posten nichts (Ben Schulz,',
  );
  await annasLog.getByRole('button', { name: 'Schließen' }).click();

  // Ending it on Anna's laptop releases the post on both.
  await band(anna.page).getByRole('button', { name: 'Krise beenden' }).click();
  await anna.page
    .getByRole('dialog', { name: 'Krise beenden?' })
    .getByRole('button', { name: 'Krise beenden' })
    .click();
  await expect(band(anna.page)).toBeHidden();
  await expect(band(ben.page)).toBeHidden();
  await ben.page.getByRole('button', { name: 'Board', exact: true }).click();
  await expect(cardButton(ben.page, CASE).getByRole('img', { name: /^Eingeplant: / })).toBeVisible();
  await expect(cardButton(ben.page, CASE)).not.toContainText('angehalten');
  expect([...anna.errors, ...ben.errors]).toEqual([]);
});

interface Hooked {
  sendeplanTest: { applyUpdate: (base64: string) => void };
}

/** The crisis log as a laptop shows it, opened from the band. */
async function openLog(page: Page) {
  await band(page).getByRole('button', { name: 'Krisenprotokoll' }).click();
  return page.getByRole('dialog', { name: /^Krisenmodus seit \d\d:\d\d$/ });
}

const decision = (log: Locator, text: string) =>
  log.getByRole('region', { name: 'Entscheidungen' }).getByRole('listitem').filter({ hasText: text });

test('a crisis decision is signed by who wrote it down; one a colleague’s device writes in another’s name shows "nicht bestätigt" on every laptop @peers', async ({
  openPeer,
}, testInfo) => {
  test.setTimeout(120_000);
  const [anna, ben] = await pair(openPeer);
  await anna.page.getByRole('button', { name: 'Einstellungen' }).click();
  const settings = anna.page.getByRole('dialog', { name: 'Einstellungen' });
  await typeLikeAPerson(settings.getByLabel('Was ist passiert?'), REASON);
  await settings.getByRole('button', { name: 'Krise ausrufen' }).click();
  await anna.page
    .getByRole('dialog', { name: 'Krise ausrufen?' })
    .getByRole('button', { name: 'Krise ausrufen' })
    .click();
  await settings.getByRole('button', { name: 'Fertig' }).click();

  // Ben writes a decision down on his own laptop: signed with his device's key.
  const REAL = 'Nur Sabine antwortet, alle anderen posten nichts';
  const bensLog = await openLog(ben.page);
  await bensLog.getByRole('textbox', { name: 'Entscheidung' }).pressSequentially(REAL, { delay: 10 });
  await bensLog.getByRole('button', { name: 'Festhalten' }).click();
  await expect(decision(bensLog, REAL).getByText('bestätigt', { exact: true })).toBeVisible();
  await bensLog.getByRole('button', { name: 'Schließen' }).click();

  // Anna's device turns hostile: through the test hook it writes a decision in Ben's name, without
  // his key, into the crisis (built on her state, from a backup).
  await anna.page.evaluate(() => localStorage.setItem('sendeplan.testHook', '1'));
  await anna.page.reload();
  await expect(band(anna.page)).toBeVisible();
  await anna.page.getByRole('button', { name: 'Einstellungen' }).click();
  const [download] = await Promise.all([
    anna.page.waitForEvent('download'),
    settings.getByRole('button', { name: 'Sicherung speichern' }).click(),
  ]);
  const path = testInfo.outputPath('Sicherung.sendeplan');
  await download.saveAs(path);
  await settings.getByRole('button', { name: 'Fertig' }).click();
  const doc = docOf(await readFile(path, 'utf8'));
  const crisis = readMeetings(doc).find((m) => m.kind === 'crisis' && m.endedAt === null)!;
  const benId = readPeople(doc).find((p) => p.name === 'Ben Schulz')!.id;
  const FORGED = 'Wir löschen alle kritischen Kommentare';
  const updates: string[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(Buffer.from(update).toString('base64')));
  doc.transact(() => {
    const record = doc.getMap<Y.Map<unknown>>('meetings').get(crisis.id)!;
    (record.get('decisions') as Y.Array<unknown>).push([
      { text: FORGED, n: 'Ben Schulz', at: Date.now(), p: benId },
    ]);
  });
  for (const update of updates)
    await anna.page.evaluate((u) => (window as unknown as Hooked).sendeplanTest.applyUpdate(u), update);

  for (const page of [ben.page, anna.page]) {
    const log = await openLog(page);
    await expect(decision(log, FORGED).getByText('nicht bestätigt', { exact: true })).toBeVisible();
    await expect(decision(log, REAL).getByText('bestätigt', { exact: true })).toBeVisible();
    if (page === ben.page) await log.screenshot({ path: testInfo.outputPath('forged-crisis-decision.png') });
    await log.getByRole('button', { name: 'Schließen' }).click();
  }
  expect([...anna.errors, ...ben.errors]).toEqual([]);
});
