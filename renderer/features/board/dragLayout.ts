/*
 * Where a dragged card would land. While dragging, the board itself is not rearranged across
 * columns (a card that changed its list mid-drag would be re-mounted and lose its measured place);
 * dnd-kit's sortable strategy shows reordering inside a column, and the target column shows an
 * insertion line. On drop, the target becomes a placement relative to visible neighbours, which
 * stays right when the board is filtered.
 *
 * `overId` is what dnd-kit reports under the card: another card, a column's list, or a column's
 * end zone (endZoneId).
 */
import type { CardId, ColumnId, Placement } from '../../../shared/model';

export type Layout = ReadonlyMap<ColumnId, readonly CardId[]>;

export interface DropTarget {
  columnId: ColumnId;
  place: Placement;
  /** 1-based position the card will have in the column, and the column's size then. */
  position: number;
  total: number;
  /** The card the insertion line is drawn before (cross-column moves), or null for the end. */
  beforeId: CardId | null;
}

const END_PREFIX = 'end:';
export const endZoneId = (columnId: ColumnId) => `${END_PREFIX}${columnId}`;

export function columnOfCard(layout: Layout, cardId: string): ColumnId | undefined {
  for (const [columnId, ids] of layout) if (ids.includes(cardId as CardId)) return columnId;
  return undefined;
}

export function dropTarget(layout: Layout, activeId: CardId, overId: string): DropTarget | undefined {
  const from = columnOfCard(layout, activeId);
  const columnId = overId.startsWith(END_PREFIX)
    ? (overId.slice(END_PREFIX.length) as ColumnId)
    : layout.has(overId as ColumnId)
      ? (overId as ColumnId)
      : columnOfCard(layout, overId);
  if (!columnId) return undefined;
  const ids = layout.get(columnId) ?? [];
  const others = ids.filter((id) => id !== activeId);
  const overIndex = ids.indexOf(overId as CardId);
  if (overIndex < 0) {
    const last = others.at(-1);
    return {
      columnId,
      place: last ? { after: last } : 'end',
      position: others.length + 1,
      total: others.length + 1,
      beforeId: null,
    };
  }
  if (from === columnId) {
    // Inside one column dnd-kit's sortable semantics hold: the card takes the over card's index.
    const oldIndex = ids.indexOf(activeId);
    const reordered = [...others];
    reordered.splice(overIndex, 0, activeId);
    const above = reordered[overIndex - 1];
    const below = reordered[overIndex + 1];
    const place: Placement = above ? { after: above } : below ? { before: below } : 'end';
    return oldIndex === overIndex
      ? { columnId, place: 'end', position: oldIndex + 1, total: ids.length, beforeId: null }
      : { columnId, place, position: overIndex + 1, total: ids.length, beforeId: null };
  }
  const over = overId as CardId;
  return {
    columnId,
    place: { before: over },
    position: overIndex + 1,
    total: ids.length + 1,
    beforeId: over,
  };
}

/** True when dropping on `target` leaves the card where it is. */
export function isNoMove(layout: Layout, activeId: CardId, target: DropTarget): boolean {
  const from = columnOfCard(layout, activeId);
  return from === target.columnId && layout.get(from)?.indexOf(activeId) === target.position - 1;
}

export function sameLayout(a: Layout, b: Layout): boolean {
  if (a.size !== b.size) return false;
  for (const [columnId, ids] of a) {
    const other = b.get(columnId);
    if (!other || !sameIds(ids, other)) return false;
  }
  return true;
}

export function sameIds(a: readonly CardId[], b: readonly CardId[]): boolean {
  return a === b || (a.length === b.length && a.every((id, i) => id === b[i]));
}
