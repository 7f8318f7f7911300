/*
 * Moving a card with the keyboard, without dnd-kit's drag state (which measures every droppable
 * and re-renders every sortable tile on the board at each key press). A picked-up card stays where
 * it is; the move is a place in a column: `index` counts the column's cards other than the moved
 * one (0 = top, their number = the end). Up and Down change the index, Left and Right go to the
 * neighbouring column (in the layout's order) at the same index, or its end if it is shorter.
 *
 * The layout may change while a card is picked up (a peer moves cards, a filter hides the card):
 * everything is read from the current layout, the index clamped to the column; a card or column
 * that is gone gives no target, and the move is cancelled.
 */
import type { CardId, ColumnId, Placement } from '../../../shared/model';
import { columnOfCard, type DropTarget, type Layout } from './dragLayout';

export interface KeyboardMove {
  cardId: CardId;
  columnId: ColumnId;
  index: number;
}

export interface KeyboardTarget extends DropTarget {
  /** The card is where it was picked up: dropping it changes nothing. */
  noMove: boolean;
  /** Where the insertion line is drawn: before this card, at the column's end, or nowhere (no move). */
  line: CardId | 'end' | null;
}

export type Direction = 'up' | 'down' | 'left' | 'right';

export function pickUp(layout: Layout, cardId: CardId): KeyboardMove | undefined {
  const columnId = columnOfCard(layout, cardId);
  if (!columnId) return undefined;
  return { cardId, columnId, index: layout.get(columnId)!.indexOf(cardId) };
}

/** The place one step in `direction`; the same move where there is none. */
export function step(layout: Layout, move: KeyboardMove, direction: Direction): KeyboardMove {
  const last = othersIn(layout, move.columnId, move.cardId).length;
  const index = Math.min(move.index, last);
  if (direction === 'up' || direction === 'down') {
    const next = direction === 'up' ? index - 1 : index + 1;
    return next < 0 || next > last ? move : { ...move, index: next };
  }
  const columnIds = [...layout.keys()];
  const at = columnIds.indexOf(move.columnId);
  const neighbour = at < 0 ? undefined : columnIds[at + (direction === 'left' ? -1 : 1)];
  if (!neighbour) return move;
  return {
    ...move,
    columnId: neighbour,
    index: Math.min(index, othersIn(layout, neighbour, move.cardId).length),
  };
}

/**
 * Where the card lands if dropped now, with the placement relative to visible neighbours (as
 * `dropTarget` for the mouse: inside its column after the card above, in another column before the
 * card below) and the position and column size to announce.
 */
export function keyboardTarget(layout: Layout, move: KeyboardMove): KeyboardTarget | undefined {
  const from = columnOfCard(layout, move.cardId);
  const ids = layout.get(move.columnId);
  if (!from || !ids) return undefined;
  const others = othersIn(layout, move.columnId, move.cardId);
  const index = Math.min(move.index, others.length);
  const above = others[index - 1];
  const below = others[index];
  const sameColumn = from === move.columnId;
  const place: Placement = sameColumn
    ? above
      ? { after: above }
      : below
        ? { before: below }
        : 'end'
    : below
      ? { before: below }
      : above
        ? { after: above }
        : 'end';
  const noMove = sameColumn && ids.indexOf(move.cardId) === index;
  return {
    columnId: move.columnId,
    place,
    position: index + 1,
    total: others.length + 1,
    beforeId: sameColumn ? null : (below ?? null),
    noMove,
    line: noMove ? null : (below ?? 'end'),
  };
}

function othersIn(layout: Layout, columnId: ColumnId, cardId: CardId): readonly CardId[] {
  const ids = layout.get(columnId) ?? [];
  return ids.includes(cardId) ? ids.filter((id) => id !== cardId) : ids;
}
