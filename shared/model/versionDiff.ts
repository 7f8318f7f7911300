/*
 * Comparing a version of a workspace with the workspace now, and bringing cards back from it.
 * A version is a whole state (Y.encodeStateAsUpdate) loaded into a document of its own, never into
 * the workspace's: what it holds reaches the workspace only card by card, through restoreCards,
 * as one undoable step.
 */
import * as Y from 'yjs';
import { readCards } from './cards';
import { cardsMap, change, recordOf } from './doc';
import type { CardId } from './ids';
import type { Card } from './schema';
import { readMeta } from './workspace';

/** A document of a version's state, apart from any workspace. */
export function versionDoc(state: Uint8Array): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  return doc;
}

/**
 * Whether a stored state can be restored: it applies (it is a Yjs update at all) and holds a
 * workspace. Total: bytes a damaged database returns give false, never an exception.
 */
export function holdsWorkspace(state: Uint8Array): boolean {
  try {
    return readMeta(versionDoc(state)).schemaVersion > 0;
  } catch {
    return false;
  }
}

/** The whole state of a workspace, to keep as a version. */
export const versionState = (doc: Y.Doc): Uint8Array => Y.encodeStateAsUpdate(doc);

export type CardChange = 'added' | 'deleted' | 'moved' | 'rescheduled' | 'text';

export interface VersionDiff {
  /** In the workspace now, not in the version. */
  added: Card[];
  /** In the version, deleted since. */
  deleted: Card[];
  /** In another column now. */
  moved: { then: Card; now: Card }[];
  /** Another date, time or channel (or none) now. */
  rescheduled: { then: Card; now: Card }[];
  /** Title or brief changed. */
  text: { then: Card; now: Card }[];
}

const sameSlot = (a: Card['slot'], b: Card['slot']) =>
  a === b || (!!a && !!b && a.date === b.date && a.time === b.time && a.channelId === b.channelId);

export function compareVersions(then: Y.Doc, now: Y.Doc): VersionDiff {
  const before = new Map(readCards(then).map((c) => [c.id as string, c]));
  const after = new Map(readCards(now).map((c) => [c.id as string, c]));
  const diff: VersionDiff = { added: [], deleted: [], moved: [], rescheduled: [], text: [] };
  for (const [id, card] of after) if (!before.has(id)) diff.added.push(card);
  for (const [id, old] of before) {
    const card = after.get(id);
    if (!card) {
      diff.deleted.push(old);
      continue;
    }
    if (old.pos.columnId !== card.pos.columnId) diff.moved.push({ then: old, now: card });
    if (!sameSlot(old.slot, card.slot)) diff.rescheduled.push({ then: old, now: card });
    if (old.title !== card.title || old.body !== card.body) diff.text.push({ then: old, now: card });
  }
  const byTitle = (a: Card, b: Card) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id);
  diff.added.sort(byTitle);
  diff.deleted.sort(byTitle);
  for (const list of [diff.moved, diff.rescheduled, diff.text]) list.sort((a, b) => byTitle(a.now, b.now));
  return diff;
}

/** Card fields copied from a version; the brief is copied as text into a new or the existing Y.Text. */
const FIELDS = [
  'title',
  'pos',
  'channelIds',
  'slot',
  'ownerId',
  'field',
  'tags',
  'createdAt',
  'createdBy',
  'archived',
  'importKey',
];

/**
 * Brings cards back as the version has them, as one undoable step: a deleted card comes back with
 * its id (so requests and history that name it find it again), an existing one gets the version's
 * fields. Cards the version does not have are left alone. Returns how many were restored.
 */
export function restoreCards(doc: Y.Doc, version: Y.Doc, ids: readonly CardId[]): number {
  let restored = 0;
  change(doc, () => {
    for (const id of ids) {
      const from = recordOf(cardsMap(version), id);
      if (!from) continue;
      let record = recordOf(cardsMap(doc), id);
      if (!record) {
        record = new Y.Map<unknown>();
        cardsMap(doc).set(id, record);
      }
      for (const key of FIELDS) {
        const value = from.get(key);
        if (value === undefined) {
          if (record.has(key)) record.delete(key);
        } else if (JSON.stringify(record.get(key)) !== JSON.stringify(value)) {
          record.set(key, structuredClone(value));
        }
      }
      const body = from.get('body');
      const text = body instanceof Y.Text ? body.toString() : typeof body === 'string' ? body : '';
      const current = record.get('body');
      if (current instanceof Y.Text) {
        if (current.toString() !== text) {
          current.delete(0, current.length);
          current.insert(0, text);
        }
      } else record.set('body', new Y.Text(text));
      restored++;
    }
  });
  return restored;
}
