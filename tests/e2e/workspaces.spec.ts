// A person can keep several workspaces on one device and switch between them.
import { expect, test } from './harness';
import { cardButton, createWorkspace } from './steps';

test('keep two workspaces and switch between them; each keeps its own board', async ({ app }) => {
  await createWorkspace(app, { name: 'Social Media Müller GmbH' });
  await app.getByRole('button', { name: 'Einstellungen' }).click();
  await app.getByRole('button', { name: 'Neuer Arbeitsbereich' }).click();
  await createWorkspace(app, { name: 'Verein Sommerfest', me: 'Lena Hoffmann', example: false });
  await expect(app.getByText('Verein Sommerfest')).toBeVisible();
  await expect(app.getByRole('button', { name: /^Karte öffnen: / })).toHaveCount(0);
  await app.getByRole('button', { name: 'Karte in „Ideen“ hinzufügen' }).click();
  await app.getByLabel('Titel der neuen Karte').fill('Helfer:innen gesucht');
  await app.getByLabel('Titel der neuen Karte').press('Enter');

  await app.getByRole('button', { name: 'Einstellungen' }).click();
  const list = app
    .getByRole('dialog', { name: 'Einstellungen' })
    .getByRole('listitem')
    .filter({ hasText: 'Social Media Müller GmbH' });
  await list.getByRole('button', { name: 'Öffnen' }).click();
  await expect(app.getByText('Social Media Müller GmbH')).toBeVisible();
  await expect(app.getByRole('button', { name: /^Karte öffnen: / })).toHaveCount(20);
  await expect(cardButton(app, 'Helfer:innen gesucht')).toHaveCount(0);

  await app.reload();
  await expect(app.getByText('Social Media Müller GmbH')).toBeVisible();
  await app.getByRole('button', { name: 'Einstellungen' }).click();
  await app
    .getByRole('dialog', { name: 'Einstellungen' })
    .getByRole('listitem')
    .filter({ hasText: 'Verein Sommerfest' })
    .getByRole('button', { name: 'Öffnen' })
    .click();
  await expect(cardButton(app, 'Helfer:innen gesucht')).toBeVisible();
});
