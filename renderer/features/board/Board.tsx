import {
  DndContext,
  DragOverlay,
  PointerSensor,
  closestCorners,
  useSensor,
  useSensors,
  type Announcements,
  type DragCancelEvent,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { useCallback, useLayoutEffect, useState } from 'react';
import {
  boardLayout,
  isFilterActive,
  moveCard,
  readColumns,
  restoreDefaultColumns,
  type BoardFilter,
  type CardId,
} from '../../../shared/model';
import { indexedBoardLayout } from '../../../shared/model/columnIndex';
import { useI18n } from '../../i18n';
import type { Session } from '../../sync/session';
import { useDocValue, useSession } from '../../sync/useDocValue';
import { sameRecords, selectColumns } from '../selectors';
import { AddColumn } from './AddColumn';
import { BoardColumn } from './BoardColumn';
import { CardView } from './CardTile';
import { columnOfCard, dropTarget, isNoMove, sameLayout, type Layout } from './dragLayout';
import { LiveRegion } from './LiveRegion';
import type { Say } from './keyboardMoves';
import { KeyboardMovesContext, useKeyboardMoves } from './useKeyboardMove';

/** What the column index follows (columnIndex.ts), and the columns themselves. */
const INDEXED_LAYOUT_PARTS = ['columns', 'cards', 'cards.pos', 'cards.archived'];

export function Board({ filter, onOpenCard }: { filter: BoardFilter; onOpenCard: (id: CardId) => void }) {
  const { t } = useI18n();
  const session = useSession();
  const columns = useDocValue(selectColumns, sameRecords);
  // Unfiltered, the layout comes from the column index (no read of all cards per change, and a
  // column's ids keep their identity while it does not change); a filter needs every card.
  const selectLayout = useCallback(
    (s: Session): Layout =>
      isFilterActive(filter)
        ? boardLayout(readColumns(s.doc), s.cards(), filter)
        : indexedBoardLayout(
            s.doc,
            readColumns(s.doc).map((c) => c.id),
          ),
    [filter],
  );
  const layout = useDocValue(
    selectLayout,
    sameLayout,
    isFilterActive(filter) ? undefined : INDEXED_LAYOUT_PARTS,
  );
  const [drag, setDrag] = useState<{ cardId: CardId; overId: string | null } | null>(null);
  const target = drag?.overId ? dropTarget(layout, drag.cardId, drag.overId) : undefined;
  // Only the dragged card's column keeps it rendered; the other columns need not re-render.
  const dragColumn = drag ? columnOfCard(layout, drag.cardId) : undefined;
  const crossColumn = target && columnOfCard(layout, drag!.cardId) !== target.columnId ? target : undefined;

  // Announced through `keyboard` (the live region reads it there): saying does not re-render the Board.
  const keyboard = useKeyboardMoves();
  const say = useCallback<Say>(
    (message, cardId, where) =>
      keyboard.announce(
        t(message, {
          title: session.card(cardId)?.title ?? '',
          column: columns.find((c) => c.id === where?.columnId)?.title ?? '',
          position: where?.position ?? 0,
          total: where?.total ?? 0,
        }),
      ),
    [t, session, columns, keyboard],
  );
  useLayoutEffect(() => keyboard.update(layout, say), [keyboard, layout, say]);

  // The mouse only: the keyboard moves cards without dnd-kit's drag state (keyboardMoves.ts).
  const sensors = useSensors(useSensor(PointerSensor, POINTER));

  function onDragStart({ active }: DragStartEvent) {
    const cardId = active.id as CardId;
    keyboard.stop();
    setDrag({ cardId, overId: null });
    const columnId = columnOfCard(layout, cardId);
    const ids = (columnId && layout.get(columnId)) || [];
    say('dnd.pickedUp', cardId, {
      columnId: columnId ?? '',
      position: ids.indexOf(cardId) + 1,
      total: ids.length,
    });
  }

  function onDragOver({ active, over }: DragOverEvent) {
    const cardId = active.id as CardId;
    setDrag({ cardId, overId: over ? String(over.id) : null });
    // dnd-kit reports the card over itself right after pick-up: nothing new to say then.
    const where = over && over.id !== active.id ? dropTarget(layout, cardId, String(over.id)) : undefined;
    if (where) say('dnd.over', cardId, where);
  }

  function onDragEnd({ active, over }: DragEndEvent) {
    setDrag(null);
    if (!over) return;
    const cardId = active.id as CardId;
    const where = dropTarget(layout, cardId, String(over.id));
    if (!where) return;
    say('dnd.dropped', cardId, where);
    if (isNoMove(layout, cardId, where)) return;
    moveCard(session.doc, cardId, { columnId: where.columnId, place: where.place });
    session.stopCapturing();
  }

  function onDragCancel({ active }: DragCancelEvent) {
    setDrag(null);
    say('dnd.cancelled', active.id as CardId);
  }

  if (columns.length === 0) return <NoColumns />;

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCorners}
      onDragStart={onDragStart}
      onDragOver={onDragOver}
      onDragEnd={onDragEnd}
      onDragCancel={onDragCancel}
      accessibility={{
        announcements: SILENT,
        screenReaderInstructions: { draggable: t('dnd.instructions') },
      }}
    >
      <KeyboardMovesContext.Provider value={keyboard}>
        <section className="board" aria-label={t('board.label')}>
          {columns.map((column, index) => (
            <BoardColumn
              key={column.id}
              column={column}
              cardIds={layout.get(column.id) ?? []}
              crossLine={crossColumn?.columnId === column.id ? (crossColumn.beforeId ?? 'end') : null}
              dragId={column.id === dragColumn ? drag!.cardId : null}
              mouseDrag={drag !== null}
              filterActive={isFilterActive(filter)}
              isFirst={index === 0}
              isLast={index === columns.length - 1}
              onOpenCard={onOpenCard}
            />
          ))}
          <AddColumn />
        </section>
        <DragOverlay dropAnimation={null}>
          {drag ? <CardView cardId={drag.cardId} overlay /> : null}
        </DragOverlay>
        <LiveRegion />
      </KeyboardMovesContext.Provider>
    </DndContext>
  );
}

/**
 * A module constant: useSensor memoizes on the options' identity, and new sensors give every
 * draggable new listeners, which re-renders every card tile on the board at each Board render.
 */
const POINTER = { activationConstraint: { distance: 5 } };

/**
 * dnd-kit's own live region stays empty: the board announces mouse and keyboard moves in its
 * LiveRegion. dnd-kit still renders the instructions each grip is described by.
 */
const SILENT: Announcements = {
  onDragStart: () => undefined,
  onDragOver: () => undefined,
  onDragEnd: () => undefined,
  onDragCancel: () => undefined,
};

/** Peers deleting columns at the same time can leave none: the cards are kept, offer the columns back. */
function NoColumns() {
  const { t } = useI18n();
  const session = useSession();
  return (
    <section className="board empty-board" aria-label={t('board.label')}>
      <div className="notice">
        <p>{t('board.noColumns')}</p>
        <button type="button" className="button primary" onClick={() => restoreDefaultColumns(session.doc)}>
          {t('board.restoreColumns')}
        </button>
      </div>
    </section>
  );
}
