import './board.css';
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
import { useCallback, useLayoutEffect, useMemo, useState } from 'react';
import { isFilterActive, restoreDefaultColumns, type BoardFilter, type CardId } from '../../../shared/model';
import { RegionBoundary } from '../../components/RegionBoundary';
import { useI18n } from '../../i18n';
import type { Part } from '../../sync/changeTracker';
import { useDocValue, useSession } from '../../sync/useDocValue';
import { useColumns } from '../useColumns';
import { AddColumn } from './AddColumn';
import { BoardColumn } from './BoardColumn';
import { CardView } from './CardTile';
import { columnOfCard, dropTarget, isNoMove, sameLayout, type Layout } from './dragLayout';
import { LiveRegion } from './LiveRegion';
import type { Say } from './keyboardMoveStore';
import { layoutSelector } from './layoutSelector';
import { KeyboardMovesContext, useKeyboardMoves } from './useKeyboardMove';
import { requestMove } from '../access/ApprovalGate';

/**
 * The board does not hold its layout: each column selects its own cards, the keyboard move and the
 * drag handlers read the layout when they need it (layoutSelector.ts), so a move or a colleague's
 * move re-renders the columns it changed, not the Board and DndContext.
 */
export function Board({ filter, onOpenCard }: { filter: BoardFilter; onOpenCard: (id: CardId) => void }) {
  const { t } = useI18n();
  const session = useSession();
  const columns = useColumns();
  const selectLayout = useMemo(() => layoutSelector(filter), [filter]);
  const [drag, setDrag] = useState<{ cardId: CardId; overId: string | null } | null>(null);
  // During a mouse drag the Board draws the insertion line and keeps the dragged card rendered:
  // then, and only then, it renders with the layout.
  const dragLayout = useDocValue(
    drag ? selectLayout : selectNoLayout,
    sameLayout,
    drag ? selectLayout.parts : NO_PARTS,
  );
  const target = drag?.overId ? dropTarget(dragLayout, drag.cardId, drag.overId) : undefined;
  // Only the dragged card's column keeps it rendered; the other columns need not re-render.
  const dragColumn = drag ? columnOfCard(dragLayout, drag.cardId) : undefined;
  const crossColumn = target && dragColumn !== target.columnId ? target : undefined;

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
  useLayoutEffect(() => keyboard.follow(selectLayout, say), [keyboard, selectLayout, say]);

  // The mouse only: the keyboard moves cards without dnd-kit's drag state (keyboardMoveStore.ts).
  const sensors = useSensors(useSensor(PointerSensor, POINTER));

  function onDragStart({ active }: DragStartEvent) {
    const cardId = active.id as CardId;
    keyboard.stop();
    setDrag({ cardId, overId: null });
    const layout = selectLayout(session);
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
    const where =
      over && over.id !== active.id ? dropTarget(selectLayout(session), cardId, String(over.id)) : undefined;
    if (where) say('dnd.over', cardId, where);
  }

  function onDragEnd({ active, over }: DragEndEvent) {
    setDrag(null);
    if (!over) return;
    const cardId = active.id as CardId;
    const layout = selectLayout(session);
    const where = dropTarget(layout, cardId, String(over.id));
    if (!where) return;
    say('dnd.dropped', cardId, where);
    if (isNoMove(layout, cardId, where)) return;
    if (requestMove(session, cardId, { columnId: where.columnId, place: where.place }))
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
            <RegionBoundary key={column.id} recordId={column.id} label={column.title}>
              <BoardColumn
                column={column}
                selectLayout={selectLayout}
                crossLine={crossColumn?.columnId === column.id ? (crossColumn.beforeId ?? 'end') : null}
                dragId={column.id === dragColumn ? drag!.cardId : null}
                mouseDrag={drag !== null}
                filterActive={isFilterActive(filter)}
                isFirst={index === 0}
                isLast={index === columns.length - 1}
                onOpenCard={onOpenCard}
              />
            </RegionBoundary>
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

/** Outside a mouse drag the Board's render does not read the layout, nor hear of its changes. */
const NO_LAYOUT: Layout = new Map();
const selectNoLayout = () => NO_LAYOUT;
const NO_PARTS: readonly Part[] = [];

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
