/*
 * The board's keyboard move on a card's grip (the rules are in keyboardMove.ts). The mouse drags
 * with dnd-kit; the keyboard does not, because dnd-kit's drag state measures every droppable and
 * re-renders every card tile on the board at each key press. Here a key press changes one state
 * that only the columns concerned read: Space or Enter picks the card up, the arrows move the
 * insertion line, Space or Enter drops (one `moveCard`), Escape, or focus leaving the grip,
 * cancels. Each step is announced with the texts dnd-kit announced before.
 *
 * Grips reach the handlers through GripKeysContext, whose value never changes, so no tile
 * re-renders for them; they read the latest state from refs.
 */
import {
  createContext,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
} from 'react';
import { moveCard, type CardId } from '../../../shared/model';
import { useSession } from '../../sync/useDocValue';
import type { Layout } from './dragLayout';
import { keyboardTarget, pickUp, step, type Direction, type KeyboardMove } from './keyboardMove';

export type MoveMessage = 'dnd.pickedUp' | 'dnd.over' | 'dnd.dropped' | 'dnd.cancelled';
/** Announces a step of a move of `cardId`; `where` is the place (column, 1-based position, size). */
export type Say = (
  message: MoveMessage,
  cardId: CardId,
  where?: { columnId: string; position: number; total: number },
) => void;

export interface GripKeys {
  onKeyDown: (event: KeyboardEvent<HTMLElement>, cardId: CardId) => void;
  onBlur: (event: FocusEvent<HTMLElement>, cardId: CardId) => void;
}

export const GripKeysContext = createContext<GripKeys | null>(null);

const DIRECTIONS: Partial<Record<string, Direction>> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

export function useKeyboardMove(layout: Layout, say: Say) {
  const session = useSession();
  const [move, setMove] = useState<KeyboardMove | null>(null);
  /** The card just dropped: its column keeps it rendered, in view and focused. */
  const [placed, setPlaced] = useState<CardId | null>(null);
  const target = move ? keyboardTarget(layout, move) : undefined;

  // The handlers are created once; they read the layout and `say` of the last render, and the move
  // from a ref that each step writes at once (two key presses can come before a render).
  const latest = useRef({ layout, say });
  useLayoutEffect(() => {
    latest.current = { layout, say };
  });
  const moveRef = useRef<KeyboardMove | null>(null);

  const actions = useMemo(() => {
    const set = (next: KeyboardMove | null) => {
      moveRef.current = next;
      setMove(next);
    };
    const cancel = (cardId: CardId) => {
      set(null);
      latest.current.say('dnd.cancelled', cardId);
    };
    const gripKeys: GripKeys = {
      onKeyDown(event, cardId) {
        const { layout, say } = latest.current;
        const current = moveRef.current;
        const isSpaceOrEnter = event.key === ' ' || event.key === 'Enter';
        if (!current) {
          const picked = isSpaceOrEnter && !event.repeat ? pickUp(layout, cardId) : undefined;
          if (!picked) return;
          event.preventDefault();
          set(picked);
          setPlaced(null);
          const ids = layout.get(picked.columnId)!;
          say('dnd.pickedUp', cardId, {
            columnId: picked.columnId,
            position: picked.index + 1,
            total: ids.length,
          });
          return;
        }
        if (current.cardId !== cardId) return;
        const direction = DIRECTIONS[event.key];
        if (direction) {
          event.preventDefault();
          const next = step(layout, current, direction);
          if (next === current) return;
          set(next);
          const where = keyboardTarget(layout, next);
          if (where) say('dnd.over', cardId, where);
        } else if (event.key === 'Escape') {
          event.preventDefault();
          cancel(cardId);
        } else if (isSpaceOrEnter) {
          event.preventDefault();
          if (event.repeat) return;
          const where = keyboardTarget(layout, current);
          if (!where) return cancel(cardId);
          set(null);
          if (!where.noMove) {
            moveCard(session.doc, cardId, { columnId: where.columnId, place: where.place });
            session.stopCapturing();
          }
          setPlaced(cardId);
          say('dnd.dropped', cardId, where);
        }
      },
      onBlur(event, cardId) {
        // Focus moved elsewhere (Tab, a click on a control). Without a related target the grip was
        // re-mounted or the window lost focus: the move goes on, and the column focuses the grip again.
        if (!event.relatedTarget) return;
        if (moveRef.current?.cardId === cardId) cancel(cardId);
        setPlaced((id) => (id === cardId ? null : id));
      },
    };
    /** Ends a keyboard move without a word (a mouse drag starts). */
    const stop = () => set(null);
    return { gripKeys, cancel, stop };
  }, [session]);

  // A peer deleted or archived the card, or deleted the column it is over: nowhere to drop it.
  useEffect(() => {
    if (move && !target) actions.cancel(move.cardId);
  }, [move, target, actions]);

  return { move: target ? move : null, target, placed, ...actions };
}
