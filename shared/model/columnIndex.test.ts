import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { boardLayout } from './board';
import { addCard, deleteCard, moveCard, readCards, setArchived } from './cards';
import { columnSiblings, indexedBoardLayout } from './columnIndex';
import { deleteColumn, readColumns } from './columns';
import { change, LOCAL_ORIGIN } from './doc';
import type { CardId, ColumnId } from './ids';
import { compareOrdered } from './ordering';
import { isPos } from './read';
import { createWorkspace } from './workspace';

/** What a full scan gives: the live cards with a readable place in a column, in order. */
function scanned(doc: Y.Doc, columnId: string) {
  const list: { id: string; order: string }[] = [];
  doc.getMap<unknown>('cards').forEach((value, id) => {
    if (!(value instanceof Y.Map) || value.get('archived') === true) return;
    const pos = value.get('pos');
    if (isPos(pos) && pos.columnId === columnId) list.push({ id, order: pos.order });
  });
  return list.sort(compareOrdered);
}

function expectIndexMatchesScan(doc: Y.Doc) {
  const columns = readColumns(doc);
  for (const column of columns) expect(columnSiblings(doc, column.id)).toEqual(scanned(doc, column.id));
  expect(
    indexedBoardLayout(
      doc,
      columns.map((c) => c.id),
    ),
  ).toEqual(boardLayout(columns, readCards(doc)));
}

function workspace() {
  const doc = new Y.Doc();
  createWorkspace(doc, { name: 'Index' });
  return { doc, columns: readColumns(doc).map((c) => c.id) };
}

describe('columnIndex', () => {
  it('follows local edits, including several in one transaction', () => {
    const { doc, columns } = workspace();
    const [ideas, doing] = columns as [ColumnId, ColumnId];
    const a = addCard(doc, { title: 'A', columnId: ideas });
    expectIndexMatchesScan(doc);
    let b!: CardId;
    let c!: CardId;
    change(doc, () => {
      b = addCard(doc, { title: 'B', columnId: ideas });
      c = addCard(doc, { title: 'C', columnId: ideas });
      moveCard(doc, a, { columnId: ideas, place: 'end' });
    });
    expect(columnSiblings(doc, ideas).map((s) => s.id)).toEqual([b, c, a]);
    moveCard(doc, b, { columnId: doing });
    setArchived(doc, c, true);
    expectIndexMatchesScan(doc);
    setArchived(doc, c, false);
    deleteCard(doc, a);
    expectIndexMatchesScan(doc);
    expect(columnSiblings(doc, ideas).map((s) => s.id)).toEqual([c]);
  });

  it('follows remote updates, undo, damaged records and deleted columns', () => {
    const { doc, columns } = workspace();
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    const undo = new Y.UndoManager(doc.getMap('cards'), { trackedOrigins: new Set([LOCAL_ORIGIN]) });
    const a = addCard(doc, { title: 'A', columnId: columns[0]! });
    addCard(peer, { title: 'P', columnId: columns[0]! });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer));
    expectIndexMatchesScan(doc);
    moveCard(doc, a, { columnId: columns[2]! });
    undo.undo();
    expectIndexMatchesScan(doc);
    doc.getMap('cards').set('card-broken', 'not a record');
    const noPlace = new Y.Map<unknown>();
    doc.getMap('cards').set('card-noplace', noPlace);
    noPlace.set('pos', { columnId: 42 });
    expectIndexMatchesScan(doc);
    deleteColumn(doc, columns[2]!, columns[1]!);
    expectIndexMatchesScan(doc);
  });

  it('agrees with a full scan after any sequence of moves, archives and deletions', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            op: fc.constantFrom('add', 'move', 'archive', 'restore', 'delete', 'remote'),
            card: fc.nat(),
            column: fc.nat(5),
            place: fc.constantFrom('start', 'end', 'before', 'after'),
            inOne: fc.boolean(),
          }),
          { maxLength: 40 },
        ),
        (ops) => {
          const { doc, columns } = workspace();
          const peer = new Y.Doc();
          Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
          const ids: CardId[] = [];
          const run = () => {
            for (const { op, card, column, place } of ops) {
              const id = ids[card % Math.max(ids.length, 1)];
              const columnId = columns[column]!;
              const anchor = columnSiblings(doc, columnId)[0]?.id;
              const at =
                (place === 'before' || place === 'after') && anchor
                  ? place === 'before'
                    ? { before: anchor }
                    : { after: anchor }
                  : place === 'start'
                    ? 'start'
                    : 'end';
              if (op === 'add' || !id) ids.push(addCard(doc, { title: 'x', columnId, place: at }));
              else if (op === 'move') moveCard(doc, id, { columnId, place: at });
              else if (op === 'archive' || op === 'restore') setArchived(doc, id, op === 'archive');
              else if (op === 'delete') deleteCard(doc, id);
              else {
                ids.push(addCard(peer, { title: 'p', columnId, place: at }));
                Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer, Y.encodeStateVector(doc)));
              }
            }
          };
          if (ops[0]?.inOne) change(doc, run);
          else run();
          expectIndexMatchesScan(doc);
        },
      ),
      { numRuns: 150 },
    );
  });
});
