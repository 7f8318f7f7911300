/*
 * The board's keyboard move on a card's grip (the rules are in keyboardMoveRules.ts), kept outside
 * React so that a key press re-renders only what it changes. The mouse drags with dnd-kit; the
 * keyboard does not, because dnd-kit's drag state measures every droppable and re-renders every
 * card tile on the board at each key press. Nor does the Board hold this state: a re-render of the
 * Board re-renders DndContext. Each column reads its own part (useColumnKeyboard: primitives, so
 * a column the press does not concern does not re-render), the live region reads the announcement.
 *
 * Space or Enter picks the card up, the arrows move the insertion line, Space or Enter drops (one
 * `moveCard`), Escape, or focus leaving the grip, cancels. Each step is announced with the texts
 * dnd-kit announced before. The Board hands in its layout's selector and `say` (`follow`); the
 * moves read the layout from the document as it changes, not from a render of the Board, and a
 * layout that lost the card or its column cancels the move.
 */
import type { FocusEvent, KeyboardEvent } from 'react';
import type { CardId, ColumnId } from '../../../shared/model';
import type { Session } from '../../sync/session';
import { columnOfCard, type Layout } from './dragLayout';
import type { LayoutSelector } from './layoutSelector';
import {
  keyboardTarget,
  pickUp,
  step,
  type Direction,
  type KeyboardMove,
  type KeyboardTarget,
} from './keyboardMoveRules';
import { requestMove } from '../access/ApprovalGate';

export type MoveMessage = 'dnd.pickedUp' | 'dnd.over' | 'dnd.dropped' | 'dnd.cancelled';
/** Announces a step of a move of `cardId`; `where` is the place (column, 1-based position, size). */
export type Say = (
  message: MoveMessage,
  cardId: CardId,
  where?: { columnId: string; position: number; total: number },
) => void;

const DIRECTIONS: Partial<Record<string, Direction>> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

export class KeyboardMoves {
  /** The move under way, the column it was picked up from, and where it would drop now. */
  move: KeyboardMove | null = null;
  pickedColumn: ColumnId | undefined;
  target: KeyboardTarget | undefined;
  /** The move went somewhere since pick-up (until then the focused grip is in view: nothing to reveal). */
  stepped = false;
  /** The card just dropped: its column keeps it rendered, in view and focused. */
  placed: CardId | null = null;
  placedColumn: ColumnId | undefined;
  /** What the board's live region says. */
  announcement = '';

  private layout: Layout = new Map();
  private select: LayoutSelector = () => this.layout;
  private say: Say = () => undefined;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly session: Session) {}

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  announce(text: string) {
    if (text === this.announcement) return;
    this.announcement = text;
    this.changed();
  }

  /** Reads the layout with `select` whenever it may have changed, until the returned function is called. */
  follow(select: LayoutSelector, say: Say): () => void {
    this.select = select;
    this.say = say;
    this.layoutChanged();
    return select.parts
      ? this.session.subscribeTo(select.parts, this.layoutChanged)
      : this.session.subscribe(this.layoutChanged);
  }

  private layoutChanged = () => {
    const layout = this.select(this.session);
    if (layout === this.layout) return;
    this.layout = layout;
    if (this.placed) this.placedColumn = columnOfCard(layout, this.placed);
    const move = this.move;
    if (!move) return this.changed();
    // A peer deleted or archived the card, or deleted the column it is over: nowhere to drop it.
    if (!keyboardTarget(layout, move)) return this.cancel(move.cardId);
    this.set(move);
  };

  /** Ends a keyboard move without a word (a mouse drag starts). */
  stop() {
    if (this.move) this.set(null);
  }

  onKeyDown = (event: KeyboardEvent<HTMLElement>, cardId: CardId) => {
    const { layout, move } = this;
    const isSpaceOrEnter = event.key === ' ' || event.key === 'Enter';
    if (!move) {
      const picked = isSpaceOrEnter && !event.repeat ? pickUp(layout, cardId) : undefined;
      if (!picked) return;
      event.preventDefault();
      this.placed = null;
      this.stepped = false;
      this.set(picked);
      this.say('dnd.pickedUp', cardId, {
        columnId: picked.columnId,
        position: picked.index + 1,
        total: layout.get(picked.columnId)!.length,
      });
      return;
    }
    if (move.cardId !== cardId) return;
    const direction = DIRECTIONS[event.key];
    if (direction) {
      event.preventDefault();
      const next = step(layout, move, direction);
      if (next === move) return;
      this.stepped = true;
      this.set(next);
      if (this.target) this.say('dnd.over', cardId, this.target);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      this.cancel(cardId);
    } else if (isSpaceOrEnter) {
      event.preventDefault();
      if (event.repeat) return;
      const where = keyboardTarget(layout, move);
      if (!where) return this.cancel(cardId);
      this.placed = cardId;
      this.placedColumn = where.columnId;
      this.set(null);
      if (!where.noMove) {
        if (requestMove(this.session, cardId, { columnId: where.columnId, place: where.place }))
          this.session.stopCapturing();
      }
      this.say('dnd.dropped', cardId, where);
    }
  };

  onBlur = (event: FocusEvent<HTMLElement>, cardId: CardId) => {
    // Focus moved elsewhere (Tab, a click on a control). Without a related target the grip was
    // re-mounted or the window lost focus: the move goes on, and the column focuses the grip again.
    if (!event.relatedTarget) return;
    if (this.move?.cardId === cardId) this.cancel(cardId);
    if (this.placed === cardId) {
      this.placed = null;
      this.changed();
    }
  };

  private cancel(cardId: CardId) {
    this.set(null);
    this.say('dnd.cancelled', cardId);
  }

  private set(move: KeyboardMove | null) {
    this.move = move;
    this.target = move ? keyboardTarget(this.layout, move) : undefined;
    this.pickedColumn = move ? columnOfCard(this.layout, move.cardId) : undefined;
    this.changed();
  }

  private changed() {
    for (const listener of this.listeners) listener();
  }
}
