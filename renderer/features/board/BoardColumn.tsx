import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { memo, useCallback, useId, useRef, type ReactNode } from 'react';
import type { CardId, Column, ColumnId } from '../../../shared/model';
import { useI18n } from '../../i18n';
import { useFirstPaintDone } from '../shell/firstPaint';
import { AddCard } from './AddCard';
import { CardTile } from './CardTile';
import { ColumnHeader } from './ColumnHeader';
import { endZoneId } from './dragLayout';

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
 * A column. Its list is virtualized (a 10,000-card board renders the cards in view, not all of
 * them): the list scrolls, a spacer gives it its full height, and each visible card is placed at
 * its measured offset. dnd-kit's SortableContext still gets every id, so positions and keyboard
 * moves count all cards; the card being dragged always stays rendered.
 */
export const BoardColumn = memo(function BoardColumn({
  column,
  cardIds,
  filterActive,
  dropLine,
  activeId,
  isFirst,
  isLast,
  onOpenCard,
}: {
  column: Column;
  cardIds: readonly CardId[];
  filterActive: boolean;
  /** The card being dragged (anywhere on the board), kept rendered while it is in this column. */
  activeId: CardId | null;
  /** During a drag from another column: the card the insertion line stands before, or 'end'. */
  dropLine: CardId | 'end' | null;
  isFirst: boolean;
  isLast: boolean;
  onOpenCard: (id: CardId) => void;
}) {
  const { t } = useI18n();
  const headingId = useId();
  const listRef = useRef<HTMLOListElement>(null);
  const activeIndex = activeId ? cardIds.indexOf(activeId) : -1;
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (activeIndex < 0 || indexes.includes(activeIndex)) return indexes;
      return [...indexes, activeIndex].sort((a, b) => a - b);
    },
    [activeIndex],
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
    // The list is at most the window's height: with it the first render already has the cards in
    // view, instead of an empty pass until the virtualizer has measured the list.
    initialRect: { width: 0, height: window.innerHeight },
  });
  return (
    <section className={`column${dropLine ? ' drop-target' : ''}`} aria-labelledby={headingId}>
      <ColumnHeader
        column={column}
        headingId={headingId}
        count={cardIds.length}
        isFirst={isFirst}
        isLast={isLast}
      />
      <SortableContext id={column.id} items={cardIds as CardId[]} strategy={verticalListSortingStrategy}>
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
                <CardTile cardId={id} onOpen={onOpenCard} />
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
