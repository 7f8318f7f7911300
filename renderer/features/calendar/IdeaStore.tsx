import { useDroppable } from '@dnd-kit/core';
import type { CardId } from '../../../shared/model';
import { useI18n } from '../../i18n';
import { STORE_ID } from './calendarDnd';
import { IdeaTile } from './Tiles';

/** The unscheduled ideas beside the calendar; dropping a scheduled card here unschedules it. */
export function IdeaStore({
  cardIds,
  filterActive,
  onOpenCard,
}: {
  cardIds: readonly CardId[];
  filterActive: boolean;
  onOpenCard: (id: CardId) => void;
}) {
  const { t } = useI18n();
  const { setNodeRef, isOver } = useDroppable({ id: STORE_ID });
  return (
    <section
      ref={setNodeRef}
      className={`idea-store${isOver ? ' over' : ''}`}
      aria-label={t('calendar.store')}
    >
      <header className="idea-store-header">
        <h2>{t('calendar.store')}</h2>
        <span className="count">{cardIds.length}</span>
      </header>
      <p className="hint">{t('calendar.storeHint')}</p>
      {cardIds.length === 0 ? (
        <p className="hint empty">
          {filterActive ? t('calendar.storeEmptyFiltered') : t('calendar.storeEmpty')}
        </p>
      ) : (
        <div className="idea-list">
          {cardIds.map((id) => (
            <IdeaTile key={id} cardId={id} onOpen={onOpenCard} />
          ))}
        </div>
      )}
    </section>
  );
}
