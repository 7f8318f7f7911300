import { useCallback } from 'react';
import { readOneSeries, seriesMap } from '../../../shared/model';
import { useI18n } from '../../i18n';
import type { Session } from '../../sync/session';
import { useDocValue } from '../../sync/useDocValue';

/**
 * "Teil der Serie #FragDenService" on a card a series made: what is edited here changes this card
 * alone; all future cards are edited through the series ("Serien" in the calendar).
 */
export function SeriesNote({ seriesId }: { seriesId: string | null }) {
  const { t } = useI18n();
  const name = useDocValue(
    useCallback(
      (s: Session) =>
        seriesId ? (readOneSeries(seriesId, seriesMap(s.doc).get(seriesId))?.name ?? null) : null,
      [seriesId],
    ),
  );
  if (!name) return null;
  return <p className="notice series-note">{t('series.partOf', { name })}</p>;
}
