import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, moveCard } from './cards';
import { HISTORY_LIMIT, appendHistory, historyMap, readHistory, setActor } from './history';
import type { ColumnId } from './ids';
import { addPerson, removePerson } from './people';
import { DEFAULT_COLUMNS } from './schema';
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
    for (let i = 0; i < 120; i++) {
      appendHistory(doc, card, { type: 'scheduled', detail: `2026-03-${i}`, at: 1_000 + i * 11 * 60_000 });
    }
    const { entries, dropped } = readHistory(doc, card);
    expect(entries).toHaveLength(HISTORY_LIMIT);
    expect(dropped).toBe(121 - HISTORY_LIMIT);
    expect(entries.at(-1)!.detail).toBe('2026-03-119');
  });

  it('counts moves by one person within ten minutes as one step, ending where the card went', () => {
    const { doc, lena } = workspace();
    const card = addCard(doc, { title: 'Post', columnId: IDEAS, createdBy: lena, now: 0 });
    const at = (minutes: number) => minutes * 60_000;
    appendHistory(doc, card, { type: 'moved', detail: 'In Arbeit', at: at(1) });
    appendHistory(doc, card, { type: 'moved', detail: 'Zur Freigabe', at: at(5) });
    appendHistory(doc, card, { type: 'moved', detail: 'Freigegeben', at: at(9) });
    const ben = addPerson(doc, { name: 'Ben Schulz', role: 'marketing' });
    appendHistory(doc, card, { type: 'moved', detail: 'Zur Freigabe', by: ben, at: at(10) });
    appendHistory(doc, card, { type: 'moved', detail: 'Veröffentlicht', by: ben, at: at(30) });
    appendHistory(doc, card, { type: 'reminded', at: at(31) });
    appendHistory(doc, card, { type: 'reminded', at: at(32) });
    expect(readHistory(doc, card).entries.map((e) => [e.type, e.name, e.detail])).toEqual([
      ['created', 'Lena Hoffmann', ''],
      ['moved', 'Lena Hoffmann', 'Freigegeben'],
      ['moved', 'Ben Schulz', 'Zur Freigabe'],
      ['moved', 'Ben Schulz', 'Veröffentlicht'],
      ['reminded', 'Lena Hoffmann', ''],
      ['reminded', 'Lena Hoffmann', ''],
    ]);
  });

  it('skips unreadable entries from a peer and counts them', () => {
    const { doc } = workspace();
    const card = addCard(doc, { title: 'Post', columnId: IDEAS });
    const entries = (historyMap(doc).get(card) as Y.Map<unknown>).get('entries') as Y.Array<unknown>;
    doc.transact(() => entries.push([{ t: 'exploded', at: 1 }, 'x', null]));
    historyMap(doc).set('card-other', 'nonsense');
    expect(readHistory(doc, card)).toMatchObject({ dropped: 3 });
    expect(readHistory(doc, card).entries).toHaveLength(1);
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
    // Moves alone cost about 9 bytes each (90 KB, DESIGN.md §3); each replaced history entry leaves
    // a tombstone of about the same size (measured: +185 KB in all).
    expect(after - before).toBeLessThan(200_000);
    // And the document reloads to the same history.
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    expect(readHistory(copy, cards[0]!)).toEqual(readHistory(doc, cards[0]!));
  });
});
