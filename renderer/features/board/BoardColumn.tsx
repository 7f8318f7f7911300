import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { memo, useId } from 'react';
import type { CardId, Column } from '../../../shared/model';
import { useI18n } from '../../i18n';
import { AddCard } from './AddCard';
import { CardTile } from './CardTile';
import { ColumnHeader } from './ColumnHeader';

export const BoardColumn = memo(function BoardColumn({
  column,
  cardIds,
  filterActive,
  isFirst,
  isLast,
  onOpenCard,
}: {
  column: Column;
  cardIds: readonly CardId[];
  filterActive: boolean;
  isFirst: boolean;
  isLast: boolean;
  onOpenCard: (id: CardId) => void;
}) {
  const { t } = useI18n();
  const { setNodeRef, isOver } = useDroppable({ id: column.id });
  const headingId = useId();
  return (
    <section className={`column${isOver ? ' drop-target' : ''}`} aria-labelledby={headingId}>
      <ColumnHeader
        column={column}
        headingId={headingId}
        count={cardIds.length}
        isFirst={isFirst}
        isLast={isLast}
      />
      <SortableContext id={column.id} items={cardIds as CardId[]} strategy={verticalListSortingStrategy}>
        <ol ref={setNodeRef} className="card-list" aria-labelledby={headingId}>
          {cardIds.map((id) => (
            <CardTile key={id} cardId={id} onOpen={onOpenCard} />
          ))}
          {cardIds.length === 0 && (
            <li className="column-empty">{t(filterActive ? 'board.emptyFiltered' : 'board.empty')}</li>
          )}
        </ol>
      </SortableContext>
      <AddCard column={column} />
    </section>
  );
});
