import { clip, LIMITS } from './bounds';
import * as Y from 'yjs';
import { cardsMap, change, columnsMap, newRecord, recordOf } from './doc';
import { closeStep } from './history';
import { newId, type CardId, type ColumnId } from './ids';
import { compareOrdered, keyForPlacement, keysAfter, type Placement } from './ordering';
import { isPos, readColumn } from './read';
import type { Column } from './schema';

/** The columns in board order. */
export function readColumns(doc: Y.Doc): Column[] {
  const columns: Column[] = [];
  columnsMap(doc).forEach((value, id) => {
    const column = readColumn(id, value);
    if (column) columns.push(column);
  });
  return columns.sort(compareOrdered);
}

export function addColumn(doc: Y.Doc, title: string, place: Placement = 'end'): ColumnId {
  const id = newId<ColumnId>('col');
  change(doc, () => {
    const order = keyForPlacement(readColumns(doc), place);
    columnsMap(doc).set(id, newRecord({ title: clip(title, LIMITS.title), order, stage: null }));
  });
  return id;
}

export function renameColumn(doc: Y.Doc, id: ColumnId, title: string): void {
  change(doc, () => recordOf(columnsMap(doc), id)?.set('title', clip(title, LIMITS.title)));
}

export function moveColumn(doc: Y.Doc, id: ColumnId, place: Placement): void {
  change(doc, () => {
    const record = recordOf(columnsMap(doc), id);
    if (!record) return;
    const siblings = readColumns(doc).filter((c) => c.id !== id);
    record.set('order', keyForPlacement(siblings, place));
  });
}

/**
 * Deletes a column without losing its cards: they move, in their order and archived ones too, to
 * the end of `fallbackId`. The last column cannot be deleted, and the fallback must be another
 * existing column. Cards a peer moves into the deleted column concurrently are shown in the first
 * column by the board (see boardLayout), so they are never lost either.
 */
export function deleteColumn(doc: Y.Doc, id: ColumnId, fallbackId: ColumnId): void {
  if (id === fallbackId) throw new Error('The fallback column must differ from the deleted one.');
  change(doc, () => {
    const columns = columnsMap(doc);
    if (!columns.has(id) || !columns.has(fallbackId)) return;
    const moving: { record: Y.Map<unknown>; id: string; order: string }[] = [];
    let lastOrder: string | null = null;
    cardsMap(doc).forEach((value, cardId) => {
      if (!(value instanceof Y.Map)) return;
      const pos = value.get('pos');
      if (!isPos(pos)) return;
      if (pos.columnId === id) moving.push({ record: value, id: cardId, order: pos.order });
      if (pos.columnId === fallbackId && (lastOrder === null || pos.order > lastOrder)) lastOrder = pos.order;
    });
    moving.sort(compareOrdered);
    const orders = keysAfter(lastOrder, moving.length);
    moving.forEach((card, i) => {
      closeStep(doc, card.id as CardId, 'moved', card.record.get('pos')); // its move stamp names this column
      card.record.set('pos', { columnId: fallbackId, order: orders[i] });
    });
    columns.delete(id);
  });
}
