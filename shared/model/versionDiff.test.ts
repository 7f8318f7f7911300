import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, deleteCard, getCard, moveCard, readCards, setCardBody, updateCard } from './cards';
import { addChannel } from './channels';
import { LOCAL_ORIGIN } from './doc';
import type { ColumnId } from './ids';
import { scheduleCard } from './slots';
import { compareVersions, holdsWorkspace, restoreCards, versionDoc, versionState } from './versionDiff';
import { createWorkspace } from './workspace';

function workspace() {
  const doc = new Y.Doc();
  createWorkspace(doc, { name: 'W' });
  const channel = addChannel(doc, { name: 'Instagram', kind: 'instagram' });
  const ids = ['A', 'B', 'C', 'D', 'E'].map((title) =>
    addCard(doc, { title, body: `Brief ${title}`, columnId: 'col-ideas' as ColumnId }),
  );
  scheduleCard(doc, ids[1]!, { date: '2026-12-24', time: '09:00', channelId: channel });
  return { doc, ids, channel };
}

describe('versions', () => {
  it('say what changed since: added, deleted, moved, rescheduled, text', () => {
    const { doc, ids, channel } = workspace();
    const then = versionDoc(versionState(doc));
    deleteCard(doc, ids[0]!);
    moveCard(doc, ids[2]!, { columnId: 'col-approved' as ColumnId });
    scheduleCard(doc, ids[1]!, { date: '2026-12-28', time: '09:00', channelId: channel });
    updateCard(doc, ids[3]!, { title: 'D neu' });
    setCardBody(doc, ids[4]!, 'Anders');
    const added = addCard(doc, { title: 'F', columnId: 'col-ideas' as ColumnId });
    const diff = compareVersions(then, doc);
    expect(diff.added.map((c) => c.id)).toEqual([added]);
    expect(diff.deleted.map((c) => c.title)).toEqual(['A']);
    expect(diff.moved.map((m) => m.now.title)).toEqual(['C']);
    expect(diff.rescheduled.map((m) => [m.then.slot?.date, m.now.slot?.date])).toEqual([
      ['2026-12-24', '2026-12-28'],
    ]);
    expect(diff.text.map((m) => m.now.title)).toEqual(['D neu', 'E']);
  });

  it('bring deleted cards back with their id and everything they had, as one undo step', () => {
    const { doc, ids } = workspace();
    const then = versionDoc(versionState(doc));
    const before = readCards(doc).filter((c) => ids.slice(0, 3).includes(c.id));
    for (const id of ids.slice(0, 3)) deleteCard(doc, id);
    const undo = new Y.UndoManager(doc.getMap('cards'), { trackedOrigins: new Set([LOCAL_ORIGIN]) });
    expect(restoreCards(doc, then, ids.slice(0, 3))).toBe(3);
    expect(readCards(doc).filter((c) => ids.slice(0, 3).includes(c.id))).toEqual(before);
    expect(compareVersions(then, doc).deleted).toEqual([]);
    undo.undo();
    expect(getCard(doc, ids[0]!)).toBeUndefined();
  });

  it('put a changed card back as it was', () => {
    const { doc, ids, channel } = workspace();
    const then = versionDoc(versionState(doc));
    const old = getCard(doc, ids[1]!);
    scheduleCard(doc, ids[1]!, { date: '2027-01-05', time: '12:00', channelId: channel });
    setCardBody(doc, ids[1]!, 'Neu');
    restoreCards(doc, then, [ids[1]!]);
    expect(getCard(doc, ids[1]!)).toEqual(old);
  });
});

describe('holdsWorkspace', () => {
  it('is true for a workspace state and false for what cannot be restored, never throwing', () => {
    expect(holdsWorkspace(versionState(workspace().doc))).toBe(true);
    // An empty document applies but holds no workspace; the rest are no updates at all.
    expect(holdsWorkspace(versionState(new Y.Doc()))).toBe(false);
    expect(holdsWorkspace(Uint8Array.from([1, 2, 3, 255]))).toBe(false);
    expect(holdsWorkspace(new Uint8Array(0))).toBe(false);
    expect(holdsWorkspace(Uint8Array.from([255, 255, 255, 255, 255, 1]))).toBe(false);
  });
});
