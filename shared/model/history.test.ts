import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { addCard, moveCard } from './cards';
import { addChannel } from './channels';
import { deleteColumn } from './columns';
import { HISTORY_LIMIT, appendHistory, historyMap, readHistory, setActor } from './history';
import type { ColumnId } from './ids';
import { addPerson, removePerson } from './people';
import { DEFAULT_COLUMNS } from './schema';
import { scheduleCard, unscheduleCard } from './slots';
import { createWorkspace } from './workspace';

const IDEAS = 'col-ideas' as ColumnId;
const REVIEW = 'col-review' as ColumnId;

function workspace() {
  const doc = new Y.Doc();
  createWorkspace(doc, { name: 'Redaktion' });
  const lena = addPerson(doc, { name: 'Lena Hoffmann', role: 'social' });
  setActor(doc, { id: lena, name: 'Lena Hoffmann' });
  return { doc, lena };
}

describe('card history', () => {
  it('records creation and moves between columns with who and when, in the same transaction', () => {
    const { doc, lena } = workspace();
    const card = addCard(doc, { title: 'Post', columnId: IDEAS, createdBy: lena, now: 100 });
    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    moveCard(doc, card, { columnId: REVIEW });
    expect(transactions).toBe(1);
    moveCard(doc, card, { columnId: REVIEW, place: 'start' }); // within the column: not history
    const { entries, dropped } = readHistory(doc, card);
    expect(dropped).toBe(0);
    expect(entries.map(({ type, name, detail }) => ({ type, name, detail }))).toEqual([
      { type: 'created', name: 'Lena Hoffmann', detail: '' },
      { type: 'moved', name: 'Lena Hoffmann', detail: 'Zur Freigabe' },
    ]);
    expect(entries[0]!.at).toBe(100);
  });

  it('keeps the name of someone who has left the team', () => {
    const { doc, lena } = workspace();
    const card = addCard(doc, { title: 'Post', columnId: IDEAS, createdBy: lena });
    setActor(doc, null);
    removePerson(doc, lena);
    expect(readHistory(doc, card).entries[0]).toMatchObject({ type: 'created', name: 'Lena Hoffmann' });
  });

  it('keeps the last entries and summarises older ones as a count', () => {
    const { doc } = workspace();
    const card = addCard(doc, { title: 'Post', columnId: IDEAS });
    // Eleven minutes apart, so that no two reschedulings count as one step.
    for (let i = 0; i < 119; i++) {
      appendHistory(doc, card, { type: 'scheduled', detail: `2026-03-${i}`, at: 1_000 + i * 11 * 60_000 });
    }
    const { entries, dropped } = readHistory(doc, card);
    expect(entries).toHaveLength(HISTORY_LIMIT);
    expect(dropped).toBe(120 - HISTORY_LIMIT); // "created" and 119 reschedulings
    expect(entries.at(-1)!.detail).toBe('2026-03-118');
  });

  it('counts moves by one person within ten minutes as one step, ending where the card went', () => {
    const start = Date.UTC(2026, 10, 30, 8);
    vi.useFakeTimers({ now: start });
    try {
      const { doc, lena } = workspace();
      const card = addCard(doc, { title: 'Post', columnId: IDEAS, createdBy: lena });
      const at = (minutes: number) => vi.setSystemTime(start + minutes * 60_000);
      at(1);
      moveCard(doc, card, { columnId: 'col-in-progress' as ColumnId });
      at(5);
      moveCard(doc, card, { columnId: REVIEW });
      at(9);
      moveCard(doc, card, { columnId: 'col-approved' as ColumnId });
      const ben = addPerson(doc, { name: 'Ben Schulz', role: 'marketing' });
      setActor(doc, { id: ben, name: 'Ben Schulz' });
      at(10);
      moveCard(doc, card, { columnId: REVIEW });
      at(30);
      moveCard(doc, card, { columnId: 'col-published' as ColumnId });
      at(31);
      appendHistory(doc, card, { type: 'reminded' });
      at(32);
      moveCard(doc, card, { columnId: 'col-ideas' as ColumnId }); // a new step: the reminder came between
      at(33);
      moveCard(doc, card, { columnId: 'col-published' as ColumnId }); // continues the one at 32
      expect(
        readHistory(doc, card).entries.map((e) => [e.type, e.name, e.detail, (e.at - start) / 60_000]),
      ).toEqual([
        ['created', 'Lena Hoffmann', '', 0],
        ['moved', 'Lena Hoffmann', 'Freigegeben', 9],
        ['moved', 'Ben Schulz', 'Zur Freigabe', 10],
        ['moved', 'Ben Schulz', 'Veröffentlicht', 30],
        ['reminded', 'Ben Schulz', '', 31],
        ['moved', 'Ben Schulz', 'Veröffentlicht', 33],
      ]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('reads the latest scheduling from the slot; a move in between makes the next one a new step', () => {
    const start = Date.UTC(2026, 10, 30, 8);
    vi.useFakeTimers({ now: start });
    try {
      const { doc } = workspace();
      const instagram = addChannel(doc, { name: 'Instagram', kind: 'instagram' });
      const card = addCard(doc, { title: 'Post', columnId: IDEAS });
      const at = (minutes: number) => vi.setSystemTime(start + minutes * 60_000);
      const slot = (date: string) => ({ date, time: '09:00', channelId: instagram });
      at(1);
      scheduleCard(doc, card, slot('2026-12-01'));
      at(2);
      scheduleCard(doc, card, slot('2026-12-02')); // one step with the one before
      at(3);
      moveCard(doc, card, { columnId: REVIEW });
      at(4);
      scheduleCard(doc, card, slot('2026-12-03')); // a new step: the move came between
      at(5);
      unscheduleCard(doc, card);
      expect(readHistory(doc, card).entries.map((e) => [e.type, e.detail, (e.at - start) / 60_000])).toEqual([
        ['created', '', 0],
        ['scheduled', '2026-12-02 09:00 · Instagram', 2],
        ['moved', 'Zur Freigabe', 3],
        ['scheduled', '2026-12-03 09:00 · Instagram', 4],
        ['unscheduled', '', 5],
      ]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps a move when its column is deleted, and reorders within a column keep the last move', () => {
    const { doc } = workspace();
    const card = addCard(doc, { title: 'Post', columnId: IDEAS });
    addCard(doc, { title: 'Andere', columnId: REVIEW });
    moveCard(doc, card, { columnId: REVIEW });
    moveCard(doc, card, { columnId: REVIEW, place: 'end' });
    expect(readHistory(doc, card).entries.at(-1)).toMatchObject({ type: 'moved', detail: 'Zur Freigabe' });
    deleteColumn(doc, REVIEW, IDEAS);
    expect(readHistory(doc, card).entries.map((e) => [e.type, e.detail])).toEqual([
      ['created', ''],
      ['moved', 'Zur Freigabe'],
    ]);
  });

  it('skips unreadable entries from a peer and counts them', () => {
    const { doc } = workspace();
    const card = addCard(doc, { title: 'Post', columnId: IDEAS });
    appendHistory(doc, card, { type: 'reminded' });
    const entries = (historyMap(doc).get(card) as Y.Map<unknown>).get('entries') as Y.Array<unknown>;
    doc.transact(() => entries.push([{ t: 'exploded', at: 1 }, 'x', null]));
    historyMap(doc).set('card-other', 'nonsense');
    (doc.getMap('cards').get(card) as Y.Map<unknown>).set('pos', {
      columnId: REVIEW,
      order: 'a0',
      at: 'gestern',
    });
    expect(readHistory(doc, card)).toMatchObject({ dropped: 3 });
    expect(readHistory(doc, card).entries.map((e) => e.type)).toEqual(['created', 'reminded']);
    expect(readHistory(doc, 'card-other' as never)).toEqual({ entries: [], dropped: 0 });
  });

  it('stays small: 10,000 moves of cards with history encode to a bounded size', () => {
    const { doc } = workspace();
    const cards = Array.from({ length: 20 }, (_, i) =>
      addCard(doc, { title: `Karte ${i}`, columnId: IDEAS }),
    );
    const before = Y.encodeStateAsUpdate(doc).byteLength;
    const columns = DEFAULT_COLUMNS.map((c) => c.id);
    for (let i = 0; i < 10_000; i++) {
      moveCard(doc, cards[i % cards.length]!, { columnId: columns[i % columns.length]! });
    }
    const after = Y.encodeStateAsUpdate(doc).byteLength;
    const entries = cards.reduce((sum, card) => sum + readHistory(doc, card).entries.length, 0);
    console.log(
      `10,000 moves with history: ${before} -> ${after} bytes (+${after - before}), ${entries} entries kept`,
    );
    // Rapid moves by one person are one step each card: created, then where it went.
    expect(entries).toBe(cards.length * 2);
    // A move writes only `pos` (with its stamp of who and when), about 8 bytes each once replaced
    // (measured: +81 KB; before the stamp each move also replaced a history entry: +185 KB).
    expect(after - before).toBeLessThan(100_000);
    // And the document reloads to the same history.
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    expect(readHistory(copy, cards[0]!)).toEqual(readHistory(doc, cards[0]!));
  });
});
