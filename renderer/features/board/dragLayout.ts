/*
 * The board while a card is dragged: a copy of the layout in which the dragged card sits where
 * the pointer or keyboard currently puts it. Nothing is written to the document until the drop;
 * then the card's new neighbours become its placement (after the card above, or before the one
 * below), which stays right when the board is filtered.
 */
import type { CardId, ColumnId, Placement } from '../../../shared/model';

export type Layout = ReadonlyMap<ColumnId, readonly CardId[]>;

export function columnOfCard(layout: Layout, cardId: string): ColumnId | undefined {
  for (const [columnId, ids] of layout) if (ids.includes(cardId as CardId)) return columnId;
  return undefined;
}

/** The layout with `cardId` moved over `overId` (a card or a column). */
export function moveInLayout(layout: Layout, cardId: CardId, overId: string): Layout {
  const from = columnOfCard(layout, cardId);
  const to = layout.has(overId as ColumnId) ? (overId as ColumnId) : columnOfCard(layout, overId);
  if (!from || !to) return layout;
  const source = layout.get(from)!;
  const target = layout.get(to)!;
  const next = new Map(layout);
  if (from === to) {
    if (overId === to) return layout;
    const oldIndex = source.indexOf(cardId);
    const newIndex = source.indexOf(overId as CardId);
    if (oldIndex === newIndex) return layout;
    const ids = [...source];
    ids.splice(oldIndex, 1);
    ids.splice(newIndex, 0, cardId);
    next.set(from, ids);
    return next;
  }
  const overIndex = target.indexOf(overId as CardId);
  const index = overIndex >= 0 ? overIndex : target.length;
  next.set(
    from,
    source.filter((id) => id !== cardId),
  );
  next.set(to, [...target.slice(0, index), cardId, ...target.slice(index)]);
  return next;
}

/** Where the card ended up, as a placement relative to its visible neighbours. */
export function placementIn(
  layout: Layout,
  cardId: CardId,
): { columnId: ColumnId; place: Placement } | undefined {
  const columnId = columnOfCard(layout, cardId);
  if (!columnId) return undefined;
  const ids = layout.get(columnId)!;
  const index = ids.indexOf(cardId);
  const above = ids[index - 1];
  const below = ids[index + 1];
  if (above) return { columnId, place: { after: above } };
  if (below) return { columnId, place: { before: below } };
  return { columnId, place: 'end' };
}

export function positionIn(
  layout: Layout,
  cardId: CardId,
): { columnId: ColumnId; position: number; total: number } | undefined {
  const columnId = columnOfCard(layout, cardId);
  if (!columnId) return undefined;
  const ids = layout.get(columnId)!;
  return { columnId, position: ids.indexOf(cardId) + 1, total: ids.length };
}

export function sameLayout(a: Layout, b: Layout): boolean {
  if (a.size !== b.size) return false;
  for (const [columnId, ids] of a) {
    const other = b.get(columnId);
    if (!other || other.length !== ids.length || other.some((id, i) => id !== ids[i])) return false;
  }
  return true;
}
