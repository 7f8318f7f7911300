/*
 * React's side of the board's keyboard move (KeyboardMoves in keyboardMoveStore.ts): the Board creates
 * it and has it follow the board's layout (`follow`); tiles and columns reach it through
 * KeyboardMovesContext, whose value never changes, and read only their own part of it, so a key
 * press re-renders the columns it concerns and neither the Board nor DndContext.
 */
import { createContext, useContext, useState, useSyncExternalStore } from 'react';
import type { CardId, ColumnId } from '../../../shared/model';
import { useSession } from '../../sync/useDocValue';
import { KeyboardMoves } from './keyboardMoveStore';

export const KeyboardMovesContext = createContext<KeyboardMoves | null>(null);

/** The Board's keyboard moves; the Board has them follow its layout (`follow`). */
export function useKeyboardMoves(): KeyboardMoves {
  const session = useSession();
  const [moves] = useState(() => new KeyboardMoves(session));
  return moves;
}

export interface ColumnKeyboard {
  /** The card of this column picked up with the keyboard. */
  pickedId: CardId | null;
  /** The card of this column just dropped with the keyboard (it keeps the focus). */
  placedId: CardId | null;
  /** Where the insertion line of a keyboard move stands in this column: before a card, or the end. */
  line: CardId | 'end' | null;
  /** Scrolled into view when it changes: where the move would drop, or the card it dropped. */
  revealId: CardId | 'end' | null;
  /** A card of this column was just picked up: its focused grip is in view, nothing to reveal yet. */
  justPickedUp: boolean;
}

/** One column's part of the keyboard move; each part a primitive, so other columns do not re-render. */
export function useColumnKeyboard(columnId: ColumnId): ColumnKeyboard {
  const moves = useContext(KeyboardMovesContext);
  const subscribe = moves?.subscribe ?? noSubscription;
  const pickedId = useSyncExternalStore(subscribe, () =>
    moves?.move && moves.pickedColumn === columnId ? moves.move.cardId : null,
  );
  const placedId = useSyncExternalStore(subscribe, () =>
    moves?.placed && moves.placedColumn === columnId ? moves.placed : null,
  );
  const line = useSyncExternalStore(subscribe, () =>
    moves?.target?.columnId === columnId ? moves.target.line : null,
  );
  const revealId = useSyncExternalStore(subscribe, () => {
    if (moves?.move)
      return moves.target?.columnId === columnId ? (moves.target.line ?? moves.move.cardId) : null;
    return moves?.placed && moves.placedColumn === columnId ? moves.placed : null;
  });
  const justPickedUp = useSyncExternalStore(
    subscribe,
    () => !!moves?.move && moves.pickedColumn === columnId && !moves.stepped,
  );
  return { pickedId, placedId, line, revealId, justPickedUp };
}

export function useAnnouncement(): string {
  const moves = useContext(KeyboardMovesContext);
  return useSyncExternalStore(moves?.subscribe ?? noSubscription, () => moves?.announcement ?? '');
}

const noSubscription = () => () => undefined;
