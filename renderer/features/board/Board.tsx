import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  closestCorners,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { useCallback, useMemo, useState } from 'react';
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
  const layout = useDocValue(selectLayout, sameLayout);
  const [drag, setDrag] = useState<{ cardId: CardId; overId: string | null } | null>(null);
  const target = drag?.overId ? dropTarget(layout, drag.cardId, drag.overId) : undefined;
  // Only the dragged card's column keeps it rendered; the other columns need not re-render.
  const dragColumn = drag ? columnOfCard(layout, drag.cardId) : undefined;
  const crossColumn = target && columnOfCard(layout, drag!.cardId) !== target.columnId ? target : undefined;

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  const announcements = useMemo<Announcements>(() => {
    const title = (id: UniqueIdentifier) => session.card(id as CardId)?.title ?? '';
    const describe = (
      key: 'dnd.over' | 'dnd.dropped',
      active: UniqueIdentifier,
      over: UniqueIdentifier | undefined,
    ) => {
      const where = over === undefined ? undefined : dropTarget(layout, active as CardId, String(over));
      if (!where) return undefined;
      const column = columns.find((c) => c.id === where.columnId)?.title ?? '';
      return t(key, { title: title(active), column, position: where.position, total: where.total });
    };
    return {
      onDragStart: ({ active }) => {
        const columnId = columnOfCard(layout, String(active.id));
        const ids = (columnId && layout.get(columnId)) || [];
        const column = columns.find((c) => c.id === columnId)?.title ?? '';
        const position = ids.indexOf(active.id as CardId) + 1;
        return t('dnd.pickedUp', { title: title(active.id), column, position, total: ids.length });
      },
      // dnd-kit reports the card over itself right after pick-up: nothing new to say then.
      onDragOver: ({ active, over }) =>
        over?.id === active.id ? undefined : describe('dnd.over', active.id, over?.id),
      onDragEnd: ({ active, over }) => describe('dnd.dropped', active.id, over?.id),
      onDragCancel: ({ active }) => t('dnd.cancelled', { title: title(active.id) }),
    };
  }, [t, session, layout, columns]);

  function onDragEnd({ active, over }: DragEndEvent) {
    setDrag(null);
    if (!over) return;
    const cardId = active.id as CardId;
    const where = dropTarget(layout, cardId, String(over.id));
    if (!where || isNoMove(layout, cardId, where)) return;
    moveCard(session.doc, cardId, { columnId: where.columnId, place: where.place });
    session.stopCapturing();
  }

  if (columns.length === 0) return <NoColumns />;

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCorners}
      onDragStart={({ active }: DragStartEvent) => setDrag({ cardId: active.id as CardId, overId: null })}
      onDragOver={({ active, over }: DragOverEvent) =>
        setDrag({ cardId: active.id as CardId, overId: over ? String(over.id) : null })
      }
      onDragEnd={onDragEnd}
      onDragCancel={() => setDrag(null)}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t('dnd.instructions') } }}
    >
      <section className="board" aria-label={t('board.label')}>
        {columns.map((column, index) => (
          <BoardColumn
            key={column.id}
            column={column}
            cardIds={layout.get(column.id) ?? []}
            dropLine={crossColumn?.columnId === column.id ? (crossColumn.beforeId ?? 'end') : null}
            activeId={column.id === dragColumn ? drag!.cardId : null}
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
    </DndContext>
  );
}

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
