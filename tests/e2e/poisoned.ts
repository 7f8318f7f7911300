// Backups with records a broken or hostile peer could write, built in Node with the app's own
// model code: checksum-valid files, so the app takes them as a colleague's state.
import type { Page } from '@playwright/test';
import * as Y from 'yjs';
import { newRoom } from '../../shared/invite';
import {
  addPerson,
  createWorkspace,
  fillExamplePlan,
  readBackup,
  readCards,
  readChannels,
  writeBackup,
  type Card,
} from '../../shared/model';
import { poison } from '../../shared/model/fixtures/junk';

export const WORKSPACE = 'Social Media Müller GmbH';

/** The example workspace, as FirstRun makes it. */
export function exampleDoc(): Y.Doc {
  const doc = new Y.Doc();
  createWorkspace(doc, { name: WORKSPACE });
  const me = addPerson(doc, { name: 'Lena Hoffmann', role: 'social' });
  fillExamplePlan(doc, me);
  return doc;
}

/** A backup file's text of `doc` in a new room, or in the room of `like` (another backup's text). */
export function backupText(doc: Y.Doc, like?: string): string {
  const invite = like
    ? (readBackup(like) as { ok: true; backup: { invite: Parameters<typeof writeBackup>[1] } }).backup.invite
    : { ...newRoom(), name: WORKSPACE, hubs: [] };
  return writeBackup(doc, invite, Date.now());
}

/** The state of a backup's text in a document of its own. */
export function docOf(text: string): Y.Doc {
  const reading = readBackup(text);
  if (!reading.ok) throw new Error(`not a backup: ${reading.error}`);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, reading.backup.state);
  return doc;
}

/** A meeting whose start is 1e300 ms: once made every formatter of the header throw. */
export function addFarMeeting(doc: Y.Doc, id = 'm-fern'): void {
  doc.transact(() => {
    const meeting = new Y.Map<unknown>();
    doc.getMap('meetings').set(id, meeting);
    meeting.set('startedAt', 1e300);
    meeting.set('startedBy', 'Unbekannt');
    meeting.set('present', new Y.Map());
    meeting.set('decisions', new Y.Array());
  });
}

/** Slots the card titled `title` on 30 February, a day that does not exist. Returns the card. */
export function slotOnFebruary30(doc: Y.Doc, title: RegExp): Card {
  const card = readCards(doc).find((c) => title.test(c.title))!;
  const channel = readChannels(doc)[0]!;
  doc.transact(() => {
    const record = doc.getMap<Y.Map<unknown>>('cards').get(card.id)!;
    record.set('slot', { date: '2026-02-30', time: '09:00', channelId: channel.id });
  });
  return card;
}

/**
 * Puts `size` characters into the brief of the card titled `title`, `chunk` characters per
 * transaction, and `chunk` characters into its title and a tag (one value each). A colleague's
 * update travels over WebRTC as one message, and Chromium sends at most 256 KiB in one, so this
 * is how 10 MB reach a colleague: in pieces, as typing or pasting would send them.
 */
export function writeHugeStrings(doc: Y.Doc, title: RegExp, size: number, chunk = size): Card {
  const card = readCards(doc).find((c) => title.test(c.title))!;
  const text = (length: number) => 'Shitstorm '.repeat(Math.ceil(length / 10)).slice(0, length);
  const record = doc.getMap<Y.Map<unknown>>('cards').get(card.id)!;
  const body = record.get('body') as Y.Text;
  for (let written = 0; written < size; written += chunk)
    doc.transact(() => body.insert(0, text(Math.min(chunk, size - written))));
  // Last: a colleague who shows the title has received the whole brief (channels keep the order).
  doc.transact(() => record.set('tags', [text(chunk)]));
  doc.transact(() => record.set('title', text(chunk)));
  return card;
}

/** The example workspace with junk from `seed` in every map (fixtures/junk.ts); the sound cards' titles. */
export function fuzzedBackup(seed: number): { text: string; sound: string[] } {
  const doc = exampleDoc();
  const damaged = poison(doc, seed);
  const sound = readCards(doc)
    .filter((card) => !damaged.has(card.id) && card.problems.length === 0 && !card.archived)
    .map((card) => card.title);
  return { text: backupText(doc), sound };
}

/** Restores a backup's text on the first screen and says who I am. */
export async function restoreOnFirstScreen(page: Page, text: string): Promise<void> {
  await page.getByRole('button', { name: 'Aus Sicherung wiederherstellen' }).click();
  const screen = page.getByRole('main').filter({ hasText: 'Arbeitsbereich wiederherstellen' });
  await screen.getByLabel('Sicherungsdatei').setInputFiles({
    name: 'Sicherung.sendeplan',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  await screen.getByRole('button', { name: 'Wiederherstellen' }).click();
  const who = page.getByRole('dialog', { name: 'Wer bist du?' });
  await who.getByRole('button', { name: 'Jonas Weber · Marketing' }).click();
}
