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
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { useCallback, useMemo, useRef, useState } from 'react';
import {
  boardLayout,
  isFilterActive,
  moveCard,
  readColumns,
  type BoardFilter,
  type CardId,
} from '../../../shared/model';
import { useI18n } from '../../i18n';
import type { Session } from '../../sync/session';
import { useDocValue, useSession } from '../../sync/useDocValue';
import { sameRecords, selectColumns } from '../selectors';
import { AddColumn } from './AddColumn';
import { BoardColumn } from './BoardColumn';
import { CardView } from './CardTile';
import { moveInLayout, placementIn, positionIn, sameLayout, type Layout } from './dragLayout';

export function Board({ filter, onOpenCard }: { filter: BoardFilter; onOpenCard: (id: CardId) => void }) {
  const { t } = useI18n();
  const session = useSession();
  const columns = useDocValue(selectColumns, sameRecords);
  const selectLayout = useCallback(
    (s: Session): Layout => boardLayout(readColumns(s.doc), s.cards(), filter),
    [filter],
  );
  const layout = useDocValue(selectLayout, sameLayout);
  const [drag, setDrag] = useState<{ cardId: CardId; layout: Layout } | null>(null);
  const dragRef = useRef(drag);
  dragRef.current = drag;
  const shown = drag?.layout ?? layout;

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  const columnTitle = useCallback(
    (columnId: string) => columns.find((c) => c.id === columnId)?.title ?? '',
    [columns],
  );

  const announcements = useMemo<Announcements>(() => {
    const describe = (key: 'dnd.pickedUp' | 'dnd.over' | 'dnd.dropped', cardId: string) => {
      const current = dragRef.current?.layout ?? layout;
      const where = positionIn(current, cardId as CardId);
      const title = session.card(cardId as CardId)?.title ?? '';
      if (!where) return undefined;
      return t(key, {
        title,
        column: columnTitle(where.columnId),
        position: where.position,
        total: where.total,
      });
    };
    return {
      onDragStart: ({ active }) => describe('dnd.pickedUp', String(active.id)),
      onDragOver: ({ active }) => describe('dnd.over', String(active.id)),
      onDragEnd: ({ active }) => describe('dnd.dropped', String(active.id)),
      onDragCancel: ({ active }) =>
        t('dnd.cancelled', { title: session.card(active.id as CardId)?.title ?? '' }),
    };
  }, [t, session, layout, columnTitle]);

  function onDragStart({ active }: DragStartEvent) {
    setDrag({ cardId: active.id as CardId, layout });
  }

  function onDragOver({ active, over }: DragOverEvent) {
    const current = dragRef.current;
    if (!current || !over || active.id === over.id) return;
    const next = moveInLayout(current.layout, current.cardId, String(over.id));
    if (next !== current.layout) {
      const updated = { cardId: current.cardId, layout: next };
      dragRef.current = updated;
      setDrag(updated);
    }
  }

  function onDragEnd({ over }: DragEndEvent) {
    const current = dragRef.current;
    setDrag(null);
    if (!current || !over) return;
    const target = placementIn(current.layout, current.cardId);
    const before = positionIn(layout, current.cardId);
    const after = positionIn(current.layout, current.cardId);
    if (
      !target ||
      (before && after && before.columnId === after.columnId && before.position === after.position)
    )
      return;
    moveCard(session.doc, current.cardId, target);
    session.stopCapturing();
  }

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCorners}
      onDragStart={onDragStart}
      onDragOver={onDragOver}
      onDragEnd={onDragEnd}
      onDragCancel={() => setDrag(null)}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t('dnd.instructions') } }}
    >
      <section className="board" aria-label={t('board.label')}>
        {columns.map((column, index) => (
          <BoardColumn
            key={column.id}
            column={column}
            cardIds={shown.get(column.id) ?? []}
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
