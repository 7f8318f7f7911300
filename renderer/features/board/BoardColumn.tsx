import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { Fragment, memo, useId, type ReactNode } from 'react';
import type { CardId, Column, ColumnId } from '../../../shared/model';
import { useI18n } from '../../i18n';
import { AddCard } from './AddCard';
import { CardTile } from './CardTile';
import { ColumnHeader } from './ColumnHeader';
import { endZoneId } from './dragLayout';

export const BoardColumn = memo(function BoardColumn({
  column,
  cardIds,
  filterActive,
  dropLine,
  isFirst,
  isLast,
  onOpenCard,
}: {
  column: Column;
  cardIds: readonly CardId[];
  filterActive: boolean;
  /** During a drag from another column: the card the insertion line stands before, or 'end'. */
  dropLine: CardId | 'end' | null;
  isFirst: boolean;
  isLast: boolean;
  onOpenCard: (id: CardId) => void;
}) {
  const { t } = useI18n();
  const headingId = useId();
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
        <ol className="card-list" aria-labelledby={headingId}>
          {cardIds.map((id) => (
            <Fragment key={id}>
              {dropLine === id && <li className="drop-line" aria-hidden="true" />}
              <CardTile cardId={id} onOpen={onOpenCard} />
            </Fragment>
          ))}
          {dropLine === 'end' && <li className="drop-line" aria-hidden="true" />}
        </ol>
        <EndZone columnId={column.id}>
          {cardIds.length === 0 && (
            <p className="column-empty">{t(filterActive ? 'board.emptyFiltered' : 'board.empty')}</p>
          )}
        </EndZone>
      </SortableContext>
      <AddCard column={column} />
    </section>
  );
});

/** A drop zone below the last card, so a card can be dropped (or moved by keyboard) to a column's end. */
function EndZone({ columnId, children }: { columnId: ColumnId; children: ReactNode }) {
  const { setNodeRef } = useDroppable({ id: endZoneId(columnId) });
  return (
    <div ref={setNodeRef} className="end-zone">
      {children}
    </div>
  );
}
