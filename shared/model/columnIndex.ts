/*
 * The order of every column, kept up to date incrementally, so that moving or adding a card and
 * laying out the board never scan all cards (10,000 of them in a big workspace).
 *
 *   lists   Map<columnId, Ordered[]>   the live (not archived) cards of each column, sorted by
 *                                      compareOrdered; a card whose place is unreadable, or whose
 *                                      record is not a Y.Map, is listed under '' with order '~'
 *                                      (NO_POS, where readCard puts it)
 *   placed  Map<cardId, {columnId, order} | null>   where each card is listed (null: archived)
 *
 * One index per Y.Doc, built on first use with one scan. After that it follows the document:
 * an observeDeep on `cards` re-reads the cards whose record, `pos` or `archived` changed (deep
 * observers run before 'afterTransaction', so the session's listeners already see the new order).
 * Inside a transaction the observers have not run yet; a query then first re-reads the cards the
 * running transaction touched (Transaction.changed), so addCard twice in one transaction still
 * places the second card after the first.
 *
 * What must hold: for every column, `siblings(columnId)` equals the live cards with a readable
 * place in that column in (order, id) order — what a full scan would give (columnIndex.test.ts).
 */
import * as Y from 'yjs';
import type { CardId, ColumnId } from './ids';
import { compareOrdered, type Ordered } from './ordering';
import { isPos, NO_POS } from './read';

interface Place {
  columnId: string;
  order: string;
}

class ColumnIndex {
  private readonly lists = new Map<string, Ordered[]>();
  private readonly placed = new Map<string, Place | null>();
  private readonly idsCache = new Map<string, readonly CardId[]>();

  constructor(
    private readonly doc: Y.Doc,
    private readonly cards: Y.Map<unknown>,
  ) {
    cards.forEach((value, id) => this.place(id, placeOf(value)));
    for (const list of this.lists.values()) list.sort(compareOrdered);
    cards.observeDeep((events) => {
      for (const event of events) {
        // keysChanged, not changes.keys: those omit a card added and deleted in one transaction,
        // and computing the changes of a Y.Text event opens a transaction of its own.
        if (!(event instanceof Y.YMapEvent)) continue;
        const keys = event.keysChanged as Set<string>;
        if (event.target === cards) keys.forEach((id) => this.refresh(id));
        else if (event.path.length === 1 && (keys.has('pos') || keys.has('archived')))
          this.refresh(String(event.path[0]));
      }
    });
  }

  /** Re-reads the cards the running transaction touched, if there is one (see the header). */
  private catchUp(): void {
    const transaction = this.doc._transaction;
    if (!transaction) return;
    for (const [type, keys] of transaction.changed) {
      if ((type as unknown) === this.cards) keys.forEach((id) => id !== null && this.refresh(id));
      else if ((type.parent as unknown) === this.cards && type._item?.parentSub)
        this.refresh(type._item.parentSub);
    }
  }

  private refresh(id: string): void {
    const before = this.placed.get(id);
    const after = this.cards.has(id) ? placeOf(this.cards.get(id)) : undefined;
    if (samePlace(before, after)) return;
    if (before) this.remove(id, before);
    if (after === undefined) this.placed.delete(id);
    else if (after === null) this.placed.set(id, null);
    else this.insert(id, after);
  }

  /** Adds a card while building (lists are sorted once at the end). */
  private place(id: string, place: Place | null): void {
    this.placed.set(id, place);
    if (!place) return;
    let list = this.lists.get(place.columnId);
    if (!list) this.lists.set(place.columnId, (list = []));
    list.push({ id, order: place.order });
  }

  private insert(id: string, place: Place): void {
    this.placed.set(id, place);
    let list = this.lists.get(place.columnId);
    if (!list) this.lists.set(place.columnId, (list = []));
    const item = { id, order: place.order };
    list.splice(search(list, item), 0, item);
    this.idsCache.delete(place.columnId);
  }

  private remove(id: string, place: Place): void {
    const list = this.lists.get(place.columnId);
    if (!list) return;
    const at = search(list, { id, order: place.order });
    if (list[at]?.id === id) list.splice(at, 1);
    this.idsCache.delete(place.columnId);
  }

  /** The live cards of a column in order (do not change the array). */
  siblings(columnId: string): readonly Ordered[] {
    this.catchUp();
    return this.lists.get(columnId) ?? [];
  }

  /** The column a card is listed in (undefined when archived or unknown). */
  columnOf(id: string): string | undefined {
    this.catchUp();
    return this.placed.get(id)?.columnId;
  }

  /** The ids of a column's live cards in order; the same array until the column changes. */
  ids(columnId: string): readonly CardId[] {
    this.catchUp();
    let ids = this.idsCache.get(columnId);
    if (!ids) {
      ids = (this.lists.get(columnId) ?? []).map((item) => item.id as CardId);
      this.idsCache.set(columnId, ids);
    }
    return ids;
  }

  /** Every column id that has live cards, including ones that are no column (any more). */
  columnIds(): string[] {
    this.catchUp();
    return [...this.lists.keys()].filter((id) => this.lists.get(id)!.length > 0);
  }
}

/** Where a stored card is listed: null when archived, NO_POS when its place is unreadable. */
function placeOf(value: unknown): Place | null {
  if (!(value instanceof Y.Map)) return NO_POS;
  if (value.get('archived') === true) return null;
  const pos = value.get('pos');
  return isPos(pos) ? { columnId: pos.columnId, order: pos.order } : NO_POS;
}

function samePlace(a: Place | null | undefined, b: Place | null | undefined): boolean {
  return a === b || (!!a && !!b && a.columnId === b.columnId && a.order === b.order);
}

/** The index in the sorted list where `item` is or would go. */
function search(list: readonly Ordered[], item: Ordered): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (compareOrdered(list[mid]!, item) < 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

const indexes = new WeakMap<Y.Doc, ColumnIndex>();

export function columnIndex(doc: Y.Doc): ColumnIndex {
  let index = indexes.get(doc);
  if (!index) {
    index = new ColumnIndex(doc, doc.getMap<unknown>('cards'));
    indexes.set(doc, index);
  }
  return index;
}

/** The live cards of a column with a readable place, in order: the index's own array, do not change it. */
export function columnSiblings(doc: Y.Doc, columnId: ColumnId): readonly Ordered[] {
  if (columnId === NO_POS.columnId) return [];
  return columnIndex(doc).siblings(columnId);
}

/**
 * The unfiltered board layout (boardLayout with EMPTY_FILTER) from the index: each column's ids
 * keep their identity while the column does not change. Cards of a column that is gone, and cards
 * whose place is unreadable, are shown in the first column, in order.
 */
export function indexedBoardLayout(
  doc: Y.Doc,
  columnIds: readonly ColumnId[],
): Map<ColumnId, readonly CardId[]> {
  const index = columnIndex(doc);
  const layout = new Map<ColumnId, readonly CardId[]>();
  const first = columnIds[0];
  if (first === undefined) return layout;
  for (const id of columnIds) layout.set(id, index.ids(id));
  const known = new Set<string>(columnIds);
  const orphans = index.columnIds().filter((id) => !known.has(id));
  if (orphans.length > 0) {
    const merged = [first, ...orphans].flatMap((id) => index.siblings(id)).sort(compareOrdered);
    layout.set(
      first,
      merged.map((item) => item.id as CardId),
    );
  }
  return layout;
}
