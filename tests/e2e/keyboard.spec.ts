// Moving cards on the board with the keyboard alone, as a screen-reader user does: the grip by its
// name, what is said from the live region, where the focus is. The basic move and Escape are in
// board.spec.ts; here: across columns, back with Escape, focus after a drop, long (virtualized)
// columns, a filtered board, a board that changes under a picked-up card, English.
import type { Page } from '@playwright/test';
import { expect, test } from './harness';
import { cardButton, cardTitles, column, createWorkspace, EXAMPLE_MONDAY } from './steps';

const FAQ = 'FAQ-Karussell: Die 5 häufigsten Fragen zur Lieferung';
const grip = (page: Page, title: string) => page.getByRole('button', { name: `Karte verschieben: ${title}` });
/** The board's live region: every announcement of a move names the card in quotes. */
const live = (page: Page) => page.getByRole('status').filter({ hasText: /[„“]/ });

test('move a card across columns with the arrow keys; Escape puts it back; the grip keeps the focus', async ({
  app,
  appErrors,
}) => {
  await app.clock.setFixedTime(EXAMPLE_MONDAY);
  await createWorkspace(app);
  const inWork = await cardTitles(app, 'In Arbeit');
  const faq = grip(app, FAQ);
  await expect(faq).toHaveAccessibleDescription(
    'Mit Leertaste oder Eingabetaste aufnehmen. Mit den Pfeiltasten verschieben, mit Leertaste oder Eingabetaste ablegen, mit Escape abbrechen.',
  );

  await faq.focus();
  await app.keyboard.press('Space');
  await expect(live(app)).toHaveText(`Karte „${FAQ}“ aufgenommen. Position 1 von 6 in Spalte Ideen.`);
  await expect(live(app)).toHaveAttribute('aria-live', 'assertive');
  await expect(faq).toHaveAttribute('aria-pressed', 'true');
  await app.keyboard.press('ArrowRight');
  await expect(live(app)).toHaveText(`Karte „${FAQ}“ ist jetzt in Spalte In Arbeit, Position 1 von 5.`);
  await app.keyboard.press('ArrowRight');
  await expect(live(app)).toHaveText(
    `Karte „${FAQ}“ ist jetzt in Spalte Warten auf Input, Position 1 von 4.`,
  );
  for (let i = 0; i < 4; i++) await app.keyboard.press('ArrowDown');
  await expect(live(app)).toHaveText(
    `Karte „${FAQ}“ ist jetzt in Spalte Warten auf Input, Position 4 von 4.`,
  );
  await app.keyboard.press('ArrowLeft');
  await expect(live(app)).toHaveText(`Karte „${FAQ}“ ist jetzt in Spalte In Arbeit, Position 4 von 5.`);
  await expect(faq).toBeFocused();
  await app.keyboard.press('Escape');
  await expect(live(app)).toHaveText(`Verschieben abgebrochen. Karte „${FAQ}“ ist wieder an ihrem Platz.`);
  expect((await cardTitles(app, 'Ideen'))[0]).toBe(FAQ);
  expect(await cardTitles(app, 'In Arbeit')).toEqual(inWork);
  await expect(faq).toBeFocused();
  await expect(faq).not.toHaveAttribute('aria-pressed');

  // Dropped in another column, the card's grip there has the focus: the next move starts at once.
  await app.keyboard.press('Enter');
  await app.keyboard.press('ArrowRight');
  await app.keyboard.press('ArrowRight');
  await app.keyboard.press('ArrowDown');
  await app.keyboard.press('Enter');
  await expect(live(app)).toHaveText(`Karte „${FAQ}“ abgelegt in Spalte Warten auf Input, Position 2 von 4.`);
  await expect.poll(async () => (await cardTitles(app, 'Warten auf Input'))[1]).toBe(FAQ);
  await expect(faq).toBeFocused();
  await app.keyboard.press('Space');
  await expect(live(app)).toHaveText(
    `Karte „${FAQ}“ aufgenommen. Position 2 von 4 in Spalte Warten auf Input.`,
  );
  await app.keyboard.press('ArrowUp');
  await app.keyboard.press('Space');
  await expect(live(app)).toHaveText(`Karte „${FAQ}“ abgelegt in Spalte Warten auf Input, Position 1 von 4.`);
  await expect.poll(async () => (await cardTitles(app, 'Warten auf Input'))[0]).toBe(FAQ);
  await expect(faq).toBeFocused();
  // One live region speaks for the board.
  await expect(app.locator('[aria-live]').filter({ hasText: /Karte/ })).toHaveCount(1);
  expect(appErrors).toEqual([]);
});

test('in a long column the line and the dropped card are scrolled into view, and the grip keeps the focus', async ({
  app,
}) => {
  await app.clock.setFixedTime(EXAMPLE_MONDAY);
  await createWorkspace(app);
  await column(app, 'Ideen').getByRole('button', { name: 'Karte in „Ideen“ hinzufügen' }).click();
  for (let i = 1; i <= 24; i++) {
    await app.getByLabel('Titel der neuen Karte').fill(`Idee ${i}`);
    await app.getByLabel('Titel der neuen Karte').press('Enter');
  }
  await app.getByLabel('Titel der neuen Karte').press('Escape');
  await expect(column(app, 'Ideen').getByText('30', { exact: true })).toBeVisible();
  // Virtualized: the cards at the bottom are not rendered yet.
  await expect(cardButton(app, 'Idee 24')).toHaveCount(0);

  await grip(app, FAQ).focus();
  await app.keyboard.press('Space');
  for (let i = 0; i < 30; i++) await app.keyboard.press('ArrowDown');
  await expect(live(app)).toHaveText(`Karte „${FAQ}“ ist jetzt in Spalte Ideen, Position 30 von 30.`);
  await expect(cardButton(app, 'Idee 24')).toBeInViewport();
  await expect(grip(app, FAQ)).toBeFocused();
  await app.keyboard.press('Space');
  await expect(live(app)).toHaveText(`Karte „${FAQ}“ abgelegt in Spalte Ideen, Position 30 von 30.`);
  await expect.poll(async () => (await cardTitles(app, 'Ideen')).at(-1)).toBe(FAQ);
  await expect(grip(app, FAQ)).toBeFocused();
  await expect(cardButton(app, FAQ)).toBeInViewport();

  // To the top of the next column and back to the end of this one: dropped out of view, brought into it.
  await app.keyboard.press('Space');
  await app.keyboard.press('ArrowRight');
  await app.keyboard.press('ArrowUp');
  await expect(live(app)).toHaveText(`Karte „${FAQ}“ ist jetzt in Spalte In Arbeit, Position 4 von 5.`);
  await app.keyboard.press('Escape');
  await expect(grip(app, FAQ)).toBeFocused();
  await expect(cardButton(app, FAQ)).toBeInViewport();
});

test('on a filtered board positions count the visible cards, and the card lands next to them', async ({
  app,
}) => {
  await createWorkspace(app);
  const columns = ['Ideen', 'In Arbeit', 'Warten auf Input', 'Zur Freigabe', 'Freigegeben', 'Veröffentlicht'];
  await app.getByRole('combobox', { name: 'Kanal', exact: true }).selectOption({ label: 'Newsletter' });
  await expect(app.getByRole('status').filter({ hasText: 'Filter aktiv' })).toHaveText(
    'Filter aktiv: 6 von 20 Karten sichtbar',
  );
  // The first visible card that has a column to its right with visible cards.
  const visible = await Promise.all(columns.map((title) => cardTitles(app, title)));
  const from = visible.findIndex((titles, i) => titles.length > 0 && (visible[i + 1]?.length ?? 0) > 0);
  expect(from).toBeGreaterThanOrEqual(0);
  const [title] = visible[from]!;
  const [neighbour, ...more] = visible[from + 1]!;
  const to = columns[from + 1]!;

  await grip(app, title!).focus();
  await app.keyboard.press('Space');
  await expect(live(app)).toHaveText(
    `Karte „${title}“ aufgenommen. Position 1 von ${visible[from]!.length} in Spalte ${columns[from]}.`,
  );
  await app.keyboard.press('ArrowRight');
  await app.keyboard.press('ArrowDown');
  await expect(live(app)).toHaveText(
    `Karte „${title}“ ist jetzt in Spalte ${to}, Position 2 von ${more.length + 2}.`,
  );
  await app.keyboard.press('ArrowUp');
  await app.keyboard.press('Space');
  await expect(live(app)).toHaveText(
    `Karte „${title}“ abgelegt in Spalte ${to}, Position 1 von ${more.length + 2}.`,
  );
  await expect.poll(() => cardTitles(app, to)).toEqual([title, neighbour, ...more]);
  await expect(grip(app, title!)).toBeFocused();

  // Unfiltered, it stands right before the visible card it was dropped before.
  await app.getByRole('button', { name: 'Filter zurücksetzen' }).click();
  const all = await cardTitles(app, to);
  expect(all[all.indexOf(neighbour!) - 1]).toBe(title);
});

test('the board changing under a picked-up card neither loses it nor breaks the move', async ({
  app,
  appErrors,
}) => {
  await createWorkspace(app);
  // A change to undo later: a card moved from "Ideen" to "In Arbeit".
  const other = (await cardTitles(app, 'Ideen'))[1]!;
  await grip(app, other).focus();
  await app.keyboard.press('Space');
  await app.keyboard.press('ArrowRight');
  await app.keyboard.press('Space');
  await expect.poll(() => cardTitles(app, 'In Arbeit')).toHaveLength(5);

  // To the end of "In Arbeit"; the undone move (as if a colleague moved the card away) shortens it.
  await grip(app, FAQ).focus();
  await app.keyboard.press('Space');
  await app.keyboard.press('ArrowRight');
  for (let i = 0; i < 5; i++) await app.keyboard.press('ArrowDown');
  await expect(live(app)).toHaveText(`Karte „${FAQ}“ ist jetzt in Spalte In Arbeit, Position 6 von 6.`);
  await app.keyboard.press('Control+z');
  await expect.poll(() => cardTitles(app, 'In Arbeit')).toHaveLength(4);
  await expect(grip(app, FAQ)).toHaveAttribute('aria-pressed', 'true');
  await app.keyboard.press('Space');
  await expect(live(app)).toHaveText(`Karte „${FAQ}“ abgelegt in Spalte In Arbeit, Position 5 von 5.`);
  await expect.poll(async () => (await cardTitles(app, 'In Arbeit')).at(-1)).toBe(FAQ);

  // The picked-up card itself disappears (its creation undone): the move is cancelled.
  await column(app, 'Ideen').getByRole('button', { name: 'Karte in „Ideen“ hinzufügen' }).click();
  await app.getByLabel('Titel der neuen Karte').fill('Gleich wieder weg');
  await app.getByLabel('Titel der neuen Karte').press('Enter');
  await app.getByLabel('Titel der neuen Karte').press('Escape');
  await grip(app, 'Gleich wieder weg').focus();
  await app.keyboard.press('Space');
  await app.keyboard.press('ArrowUp');
  await app.keyboard.press('Control+z');
  await expect(live(app)).toHaveText('Verschieben abgebrochen. Karte „“ ist wieder an ihrem Platz.');
  await expect(cardButton(app, 'Gleich wieder weg')).toHaveCount(0);
  expect(appErrors).toEqual([]);
});

test('announcements in English, with the English names of the default columns', async ({ app }) => {
  await app.clock.setFixedTime(EXAMPLE_MONDAY);
  await createWorkspace(app);
  await app.getByRole('button', { name: 'Einstellungen' }).click();
  await app.getByRole('dialog', { name: 'Einstellungen' }).getByLabel('Sprache').selectOption('en');
  await app.getByRole('button', { name: 'Done' }).click();
  const faq = app.getByRole('button', { name: `Move card: ${FAQ}` });
  await expect(faq).toHaveAccessibleDescription(
    'Press space or enter to pick up. Use the arrow keys to move, space or enter to drop, escape to cancel.',
  );
  await faq.focus();
  await app.keyboard.press('Space');
  await expect(live(app)).toHaveText(`Picked up card “${FAQ}”. Position 1 of 6 in column Ideas.`);
  await app.keyboard.press('ArrowRight');
  await expect(live(app)).toHaveText(`Card “${FAQ}” is now in column In progress, position 1 of 5.`);
  await app.keyboard.press('Escape');
  await expect(live(app)).toHaveText(`Move cancelled. Card “${FAQ}” is back in its place.`);
  await app.keyboard.press('Enter');
  await app.keyboard.press('ArrowDown');
  await app.keyboard.press('Enter');
  await expect(live(app)).toHaveText(`Dropped card “${FAQ}” in column Ideas, position 2 of 6.`);
});
