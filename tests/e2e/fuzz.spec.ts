// Junk in every field of every map (shared/model/fixtures/junk.ts), arriving in a checksum-valid
// backup: every screen renders without an error, no region breaks, and every sound card is shown.
// A fixed set of seeds keeps it bounded in time and replayable.
import type { Page } from '@playwright/test';
import { expect, test } from './harness';
import { fuzzedBackup } from './poisoned';
import { cardButton } from './steps';

const SEEDS = [101, 202, 303, 404];

async function restoreAndIntroduce(page: Page, text: string) {
  await page.getByRole('button', { name: 'Aus Sicherung wiederherstellen' }).click();
  const screen = page.getByRole('main').filter({ hasText: 'Arbeitsbereich wiederherstellen' });
  await screen.getByLabel('Sicherungsdatei').setInputFiles({
    name: 'Sicherung.sendeplan',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  await screen.getByRole('button', { name: 'Wiederherstellen' }).click();
  const who = page.getByRole('dialog', { name: 'Wer bist du?' });
  await who.getByLabel('Dein Name').pressSequentially('Frieda Fuzz', { delay: 20 });
  await who.getByRole('button', { name: 'Person hinzufügen' }).click();
  await expect(who).toBeHidden();
}

for (const seed of SEEDS) {
  test(`junk from seed ${seed} in every map: every screen renders, every sound card is shown`, async ({
    app,
    appErrors,
  }) => {
    const { text, sound } = fuzzedBackup(seed);
    expect(sound.length).toBeGreaterThan(5);
    await restoreAndIntroduce(app, text);
    const broken = app.getByText('Dieser Bereich ist beschädigt');

    for (const title of sound) await expect(cardButton(app, title).first()).toBeVisible();
    await cardButton(app, sound[0]!).first().click();
    const panel = app.getByRole('complementary', { name: 'Karte bearbeiten' });
    await expect(panel.getByLabel('Titel', { exact: true })).toHaveValue(sound[0]!);
    await panel.getByRole('button', { name: 'Schließen' }).click();

    await app.getByRole('button', { name: 'Kalender', exact: true }).click();
    await expect(app.getByRole('region', { name: 'Kalender' })).toBeVisible();
    await app.getByRole('button', { name: 'Monat', exact: true }).click();
    await expect(app.getByRole('region', { name: 'Kalender' })).toBeVisible();
    await app
      .getByRole('navigation', { name: 'Ansichten' })
      .getByRole('button', { name: /^Aufgaben/ })
      .click();
    await expect(app.getByRole('heading', { name: 'Meine Aufgaben' })).toBeVisible();
    // Junk may hold a meeting that runs: the button then says so.
    await app.getByRole('button', { name: /^Sitzung/ }).click();
    await app
      .getByRole('complementary', { name: 'Sitzung' })
      .getByRole('button', { name: 'Schließen' })
      .click();
    await app.getByRole('button', { name: 'Einstellungen' }).click();
    await app.getByRole('dialog', { name: 'Einstellungen' }).getByRole('button', { name: 'Fertig' }).click();
    await app.getByRole('button', { name: 'Board', exact: true }).click();
    for (const title of sound) await expect(cardButton(app, title).first()).toBeVisible();
    await expect(broken).toHaveCount(0);
    expect(appErrors).toEqual([]);
  });
}
