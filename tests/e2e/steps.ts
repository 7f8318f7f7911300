// Steps a user takes in many specs, written the way a person does them: by label and role.
import type { Locator, Page } from '@playwright/test';
import { expect, type Peer } from './harness';

/**
 * Monday morning before any of the example plan's posts of the week has gone out. The plan is laid
 * out around the day it is made and counts this week's passed posts as published (so two ideas
 * leave "Ideen" by Tuesday morning): a test that counts the plan's cards makes it at this time
 * (`page.clock.setFixedTime(EXAMPLE_MONDAY)`).
 */
export const EXAMPLE_MONDAY = new Date('2026-12-07T08:00:00+01:00');

export async function createWorkspace(
  page: Page,
  { name = 'Social Media Müller GmbH', me = 'Lena Hoffmann', example = true } = {},
): Promise<void> {
  await page.getByLabel('Name des Arbeitsbereichs').fill(name);
  await page.getByLabel('Dein Name').fill(me);
  const checkbox = page.getByRole('checkbox', { name: /Beispielplan/ });
  if ((await checkbox.isChecked()) !== example) await checkbox.click();
  await page.getByRole('button', { name: 'Los geht’s' }).click();
  await expect(page.getByRole('region', { name: 'Ideen' })).toBeVisible();
}

export function column(page: Page, title: string): Locator {
  return page.getByRole('region', { name: title, exact: true });
}

/** The titles of the cards in a column, top to bottom. */
export async function cardTitles(page: Page, title: string): Promise<string[]> {
  const labels = await column(page, title)
    .getByRole('button', { name: /^Karte öffnen: / })
    .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label') ?? ''));
  return labels.map((label) => label.replace(/^Karte öffnen: /, ''));
}

export function cardButton(page: Page, title: string | RegExp): Locator {
  return page.getByRole('button', {
    name:
      typeof title === 'string' ? `Karte öffnen: ${title}` : new RegExp(`^Karte öffnen: .*${title.source}`),
  });
}

/** Drags with the mouse the way a person does: press, move a little, travel, release. */
export async function dragWithMouse(
  page: Page,
  from: Locator,
  to: Locator,
  toPoint: 'top' | 'center' | 'bottom' = 'center',
) {
  await from.scrollIntoViewIfNeeded();
  const a = (await from.boundingBox())!;
  const b = (await to.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 12, a.y + a.height / 2 + 4, { steps: 4 });
  const y = { top: b.y + 8, center: b.y + b.height / 2, bottom: b.y + b.height - 4 }[toPoint];
  await page.mouse.move(b.x + b.width / 2, y, { steps: 16 });
  await page.mouse.up();
}

/**
 * Picks up the focused drag handle of a dnd-kit keyboard drag (the calendar's) with `key` and waits
 * for the announcement. dnd-kit's keyboard sensor announces the pick-up at once but starts listening
 * for arrow keys in a `setTimeout`; a timer queued now runs after it, so the next key press is not
 * lost on a busy machine. The board's grips handle their keys themselves from the first press on:
 * there a key press and the expected announcement are enough.
 */
export async function pickUpWithKeyboard(
  page: Page,
  live: Locator,
  announcement: string,
  key: 'Space' | 'Enter' = 'Space',
): Promise<void> {
  await page.keyboard.press(key);
  await expect(live).toContainText(announcement);
  await page.evaluate(
    () => new Promise<void>((resolve) => setTimeout(() => requestAnimationFrame(() => resolve()))),
  );
}

/** A calendar action from its toolbar, or from its "Mehr" menu where the window is too narrow for it. */
export async function calendarAction(page: Page, name: string): Promise<void> {
  const button = page.getByRole('region', { name: 'Kalender' }).getByRole('button', { name, exact: true });
  const more = page.getByRole('button', { name: 'Mehr', exact: true });
  const item = page.getByRole('menu', { name: 'Mehr' }).getByRole('menuitem', { name, exact: true });
  // The toolbar measures what fits after it renders: an action seen on it may move into "Mehr" a
  // moment later (and back). So each way is tried briefly, a few times, until one takes.
  for (let attempt = 0; attempt < 10; attempt++) {
    if (await button.isVisible()) {
      if (
        await button.click({ timeout: 2_000 }).then(
          () => true,
          () => false,
        )
      )
        return;
    } else if (await more.isVisible()) {
      await more.click();
      if (
        await item.click({ timeout: 2_000 }).then(
          () => true,
          () => false,
        )
      )
        return;
      await page.keyboard.press('Escape');
    }
    await page.waitForTimeout(200);
  }
  throw new Error(`The calendar action "${name}" is neither on the toolbar nor under "Mehr".`);
}

/** Copies the workspace invite from the settings, the way a colleague would. */
export async function copyInvite(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Einstellungen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Einstellungen' });
  const invite = await dialog.getByLabel('Einladung', { exact: true }).inputValue();
  await dialog.getByRole('button', { name: 'Fertig' }).click();
  return invite;
}

/** Joins a workspace with an invite and says who I am. */
export async function join(page: Page, invite: string, me: string): Promise<void> {
  await page.getByRole('button', { name: 'Arbeitsbereich beitreten' }).click();
  await page.getByLabel('Einladung').fill(invite);
  await page.getByRole('button', { name: 'Beitreten' }).click();
  const who = page.getByRole('dialog', { name: 'Wer bist du?' });
  // A first connection that does not open is dropped after 15 s and opened anew (OPEN_TIMEOUT_MS).
  await expect(who).toBeVisible({ timeout: 30_000 });
  await who.getByLabel('Dein Name').fill(me);
  await who.getByRole('button', { name: 'Person hinzufügen' }).click();
  await expect(who).toBeHidden();
}

/** The header's sync status: "Offline", "Suche Kolleg:innen …" or "Verbunden mit …". */
export const status = (page: Page) => page.getByRole('status').filter({ hasText: /Offline|Suche|Verbunden/ });

/** Anna sets up the example workspace, Ben joins it with her invite, and they are connected. */
export async function pair(openPeer: (name: string) => Promise<Peer>): Promise<[Peer, Peer]> {
  const [anna, ben] = await Promise.all([openPeer('anna'), openPeer('ben')]);
  await createWorkspace(anna.page, { me: 'Anna Berger' });
  await join(ben.page, await copyInvite(anna.page), 'Ben Schulz');
  await expect(status(anna.page)).toHaveText('Verbunden mit 1 Kolleg:in');
  await expect(status(ben.page)).toHaveText('Verbunden mit 1 Kolleg:in');
  return [anna, ben];
}

/**
 * Taking a card with open requests out of the plan asks what happens to them (a card's process
 * asked for inputs when it was scheduled): answers "Zurückziehen" or "Offen lassen".
 */
export async function answerUnschedule(
  page: Page,
  choice: 'Zurückziehen' | 'Offen lassen' = 'Zurückziehen',
): Promise<void> {
  const ask = page.getByRole('dialog', { name: /^Offene Anfragen von / });
  await ask.getByRole('button', { name: choice }).click();
  await expect(ask).toBeHidden();
}
