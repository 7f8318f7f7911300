// A file dropped onto the card panel, and the files on this device: their size per workspace in the
// settings, and freeing the files of archived cards (the thumbnails stay, the tiles keep them).
import type { Locator, Page } from '@playwright/test';
import { pngOf } from './files';
import { expect, test } from './harness';
import { cardButton, createWorkspace } from './steps';

const shots = process.env.SENDEPLAN_SCREENSHOT_DIR ?? 'test-results/screenshots';
const CARD = 'Jubiläum: 75 Jahre am Standort Leipzig';
const panelOf = (page: Page) => page.getByRole('complementary', { name: 'Karte bearbeiten' });

/** Drags a file from the desktop onto `target` and lets go, as the browser reports it. */
async function dropFile(page: Page, target: Locator, name: string, bytes: Buffer) {
  const dataTransfer = await page.evaluateHandle(
    ({ name, base64 }) => {
      const transfer = new DataTransfer();
      const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      transfer.items.add(new File([data], name, { type: 'image/png' }));
      return transfer;
    },
    { name, base64: bytes.toString('base64') },
  );
  for (const type of ['dragenter', 'dragover', 'drop']) await target.dispatchEvent(type, { dataTransfer });
}

/** A size as the settings show it: 1,024 bytes to the KB, one decimal below 100, in German. */
function shownSize(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  for (; value >= 1024 && unit < units.length - 1; unit++) value /= 1024;
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${value.toLocaleString('de-DE', { maximumFractionDigits: digits })} ${units[unit]}`;
}

async function storage(page: Page) {
  await page.getByRole('button', { name: 'Einstellungen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Einstellungen' });
  const section = dialog.getByRole('heading', { name: 'Dateien auf diesem Gerät' }).locator('..');
  return { dialog, section };
}

test('a picture dropped onto the card panel is added; its bytes are counted and freed once the card is archived', async ({
  app,
  appErrors,
}) => {
  await createWorkspace(app);
  const png = await pngOf(app, 1200, 900);
  await cardButton(app, CARD).click();
  await dropFile(app, panelOf(app).getByText('Dateien hierher ziehen oder'), 'messestand.png', png);
  const item = panelOf(app).getByRole('listitem', { name: 'messestand.png' });
  await expect(item.getByRole('img', { name: 'messestand.png', exact: true })).toBeVisible();
  await expect(
    cardButton(app, CARD).getByRole('img', { name: 'Vorschau von „messestand.png“' }),
  ).toBeVisible();

  // The picture and its thumbnail, nothing of archived cards yet.
  let { dialog, section } = await storage(app);
  await expect(section).toContainText(/ in 2 Dateien, höchstens 4 GB je Arbeitsbereich\./);
  await expect(section).toContainText('Dateien archivierter Karten: 0 B.');
  await expect(section.getByRole('button', { name: 'Platz freigeben' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Fertig' }).click();

  await panelOf(app).getByRole('button', { name: 'Archivieren' }).click();
  ({ dialog, section } = await storage(app));
  const size = shownSize(png.length);
  await expect(section).toContainText(`Dateien archivierter Karten: ${size}.`);
  await section.getByRole('button', { name: 'Platz freigeben' }).click();
  await expect(section.getByRole('status')).toHaveText(
    `${size} freigegeben. Die Dateien kommen von Kolleg:innen wieder, wenn sie gebraucht werden.`,
  );
  // The thumbnail stays: the archived card's tile still shows it.
  await expect(section).toContainText(/ in 1 Datei, höchstens/);
  await expect(section).toContainText('Dateien archivierter Karten: 0 B.');
  await dialog.screenshot({ path: `${shots}/attachments-storage.png` });
  await dialog.getByRole('button', { name: 'Fertig' }).click();
  expect(appErrors).toEqual([]);
});
