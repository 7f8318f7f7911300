import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { memo, useCallback, useId, useLayoutEffect, useRef, type ReactNode } from 'react';
import type { CardId, Column, ColumnId } from '../../../shared/model';
import { useI18n } from '../../i18n';
import type { Session } from '../../sync/session';
import { useDocValue } from '../../sync/useDocValue';
import { useFirstPaintDone } from '../shell/firstPaint';
import { AddCard } from './AddCard';
import { CardTile } from './CardTile';
import { ColumnHeader } from './ColumnHeader';
import { endZoneId, sameIds } from './dragLayout';
import type { LayoutSelector } from './layoutSelector';
import { reorderInPlace } from './reorderInPlace';
import { useColumnKeyboard } from './useKeyboardMove';

/**
 * Card height before it is measured (a card with a slot, channels and an owner is 145–190 px; the
 * bench's 2,000-card board measured a median of 167), and the space between cards (the list's CSS
 * gap). Close estimates mean the first measurement moves few cards and mounts none.
 */
const ESTIMATED_CARD_HEIGHT = 170;
const CARD_GAP = 8;
/** The list's top padding in CSS: absolutely placed rows start below it. */
const LIST_PADDING_TOP = 4;
/**
 * What the window shows above and below a column's list: header, filter bar, the board's padding,
 * the column's heading and "add card" (252 px at 1600 × 900). The first render places the cards
 * for a list of the window's height less this; the list is measured before the first paint, so a
 * wrong guess costs a second render, but a too tall one also renders (and lays out) cards nobody
 * sees: the window's full height rendered a third more cards than the first frame shows.
 */
const AROUND_LIST_ESTIMATE = 250;

/**
 * A column. It selects its own cards from the board's layout, so a move elsewhere on the board
 * does not re-render it, and its own moves do not re-render the Board. Its list is virtualized (a
 * 10,000-card board renders the cards in view, not all of them): the list scrolls, a spacer gives
 * it its full height, and each visible card is placed at its measured offset. During a mouse drag
 * dnd-kit's SortableContext gets every id, so positions of a mouse drag count all cards. The card
 * being dragged or moved by keyboard, the card the insertion line stands before, and the card just
 * dropped by keyboard always stay rendered (a grip that is not rendered cannot keep the focus).
 */
export const BoardColumn = memo(function BoardColumn({
  column,
  selectLayout,
  filterActive,
  crossLine,
  dragId,
  mouseDrag,
  isFirst,
  isLast,
  onOpenCard,
}: {
  column: Column;
  /** The board's layout (layoutSelector.ts), of which the column reads its own ids. */
  selectLayout: LayoutSelector;
  filterActive: boolean;
  /** During a mouse drag from another column: the card the insertion line stands before, or 'end'. */
  crossLine: CardId | 'end' | null;
  /** The card of this column dragged with the mouse. */
  dragId: CardId | null;
  /** A card is dragged with the mouse (anywhere on the board): the sortable list is needed. */
  mouseDrag: boolean;
  isFirst: boolean;
  isLast: boolean;
  onOpenCard: (id: CardId) => void;
}) {
  const { t } = useI18n();
  const cardIds = useDocValue(
    useCallback((s: Session) => selectLayout(s).get(column.id) ?? NO_CARDS, [selectLayout, column.id]),
    sameIds,
    selectLayout.parts,
  );
  const headingId = useId();
  const listRef = useRef<HTMLOListElement>(null);
  const { pickedId, placedId, line, revealId, justPickedUp } = useColumnKeyboard(column.id);
  const dropLine = crossLine ?? line;
  // Kept rendered: the card dragged, moved by keyboard, or just dropped by keyboard.
  const keepId = dragId ?? pickedId ?? placedId;
  // The grip that gets the focus back when it lost it to a re-render (a re-mounted row, or one moved
  // where the browser has no moveBefore: reorderInPlace).
  const focusId = pickedId ?? placedId;
  const keepIndex = keepId ? cardIds.indexOf(keepId) : -1;
  const lineIndex = dropLine && dropLine !== 'end' ? cardIds.indexOf(dropLine) : -1;
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      const missing = [keepIndex, lineIndex].filter((i) => i >= 0 && !indexes.includes(i));
      return missing.length === 0 ? indexes : [...new Set([...indexes, ...missing])].sort((a, b) => a - b);
    },
    [keepIndex, lineIndex],
  );
  const virtualizer = useVirtualizer({
    count: cardIds.length,
    getScrollElement: () => listRef.current,
    estimateSize: () => ESTIMATED_CARD_HEIGHT,
    getItemKey: (index) => cardIds[index] ?? index,
    gap: CARD_GAP,
    // The first frame renders only the cards in view; the ones around them follow (firstPaint.ts).
    overscan: useFirstPaintDone() ? 6 : 0,
    rangeExtractor,
    // The list is at most the window's height less what is around it: with it the first render
    // already has the cards in view, instead of an empty pass until the list is measured.
    initialRect: {
      width: 0,
      height: Math.max(window.innerHeight - AROUND_LIST_ESTIMATE, ESTIMATED_CARD_HEIGHT),
    },
  });

  // A keyboard drop reorders the rows: the row of the focused grip keeps its focus as it moves.
  useLayoutEffect(() => reorderInPlace(listRef.current!), []);

  const sectionRef = useRef<HTMLElement>(null);
  const revealed = useRef<CardId | 'end' | null>(null);
  useLayoutEffect(() => {
    const before = revealed.current;
    if (before === revealId) return;
    revealed.current = revealId;
    // At pick-up the focused grip is in view already.
    if (!revealId || justPickedUp) return;
    // Across the board (it scrolls sideways) when the reveal comes from another column; scrolling
    // into view lays the page out at once, which a move up or down need not wait for.
    if (!before) sectionRef.current?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    // Inside the list, only when out of view.
    const index = revealId === 'end' ? cardIds.length - 1 : cardIds.indexOf(revealId);
    if (index < 0) return;
    const offset = virtualizer.getOffsetForIndex(index, 'auto')?.[0];
    if (offset !== undefined && offset !== virtualizer.scrollOffset) virtualizer.scrollToIndex(index);
  }, [revealId, justPickedUp, cardIds, virtualizer]);
  useLayoutEffect(() => {
    const focused = document.activeElement;
    if (!focusId || (focused && focused !== document.body)) return;
    const row = listRef.current?.querySelector(`:scope > li[data-index="${cardIds.indexOf(focusId)}"]`);
    row?.querySelector<HTMLElement>('.card-grip')?.focus({ preventScroll: true });
  }, [focusId, cardIds]);
  return (
    <section
      ref={sectionRef}
      className={`column${dropLine ? ' drop-target' : ''}`}
      aria-labelledby={headingId}
    >
      <ColumnHeader
        column={column}
        headingId={headingId}
        count={cardIds.length}
        isFirst={isFirst}
        isLast={isLast}
      />
      <SortableContext
        id={column.id}
        items={mouseDrag ? (cardIds as CardId[]) : NOT_SORTING}
        strategy={verticalListSortingStrategy}
      >
        <ol ref={listRef} className="card-list" aria-labelledby={headingId} style={{ position: 'relative' }}>
          <li aria-hidden="true" style={{ height: virtualizer.getTotalSize(), flexShrink: 0 }} />
          {virtualizer.getVirtualItems().map((row) => {
            const id = cardIds[row.index]!;
            return (
              <li
                key={id}
                data-index={row.index}
                ref={virtualizer.measureElement}
                style={{
                  position: 'absolute',
                  top: LIST_PADDING_TOP,
                  left: CARD_GAP,
                  right: CARD_GAP,
                  transform: `translateY(${row.start}px)`,
                }}
              >
                {dropLine === id && <DropLine />}
                <CardTile cardId={id} picked={id === pickedId} onOpen={onOpenCard} />
              </li>
            );
          })}
        </ol>
        <EndZone columnId={column.id}>
          {dropLine === 'end' && <div className="drop-line" aria-hidden="true" />}
          {cardIds.length === 0 && (
            <p className="column-empty">{t(filterActive ? 'board.emptyFiltered' : 'board.empty')}</p>
          )}
        </EndZone>
      </SortableContext>
      <AddCard column={column} />
    </section>
  );
});

const NO_CARDS: readonly CardId[] = [];

/**
 * The sortable list outside a mouse drag: a list that changes re-renders every tile of the column
 * (a keyboard drop changes it), and only a mouse drag reads it. dnd-kit measures the list when a
 * drag gives it its items.
 */
const NOT_SORTING: CardId[] = [];

/** The insertion line of a cross-column drag, above the card it stands before. */
function DropLine() {
  return (
    <span
      className="drop-line"
      aria-hidden="true"
      style={{ position: 'absolute', left: 0, right: 0, top: -(CARD_GAP + 3) / 2, margin: 0 }}
    />
  );
}

/** A drop zone below the last card, so a card can be dropped (or moved by keyboard) to a column's end. */
function EndZone({ columnId, children }: { columnId: ColumnId; children: ReactNode }) {
  const { setNodeRef } = useDroppable({ id: endZoneId(columnId) });
  return (
    <div ref={setNodeRef} className="end-zone">
      {children}
    </div>
  );
}
