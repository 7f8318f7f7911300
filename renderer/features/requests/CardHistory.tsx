import { useCallback } from 'react';
import {
  readHistory,
  type CardHistory as History,
  type CardId,
  type HistoryEntry,
} from '../../../shared/model';
import { useI18n, type Translate } from '../../i18n';
import type { Session } from '../../sync/session';
import { useDocValue } from '../../sync/useDocValue';
import { formatMoment } from './format';
import { sameJson } from './selectors';

/** One history entry as a sentence: "Lena hat die Karte nach Freigegeben verschoben". */
export function historySentence(t: Translate, entry: HistoryEntry): string {
  const kind = entry.kind ?? 'other';
  return t(`history.${entry.type}`, {
    name: entry.name || t('history.someone'),
    detail: entry.detail,
    kindA: t(`kindA.${kind}`),
    kindThe: t(`kindThe.${kind}`),
  });
}

/** The card's short history, newest first, in a disclosure so the panel stays calm. */
export function CardHistory({ cardId }: { cardId: CardId }) {
  const { t, locale } = useI18n();
  const history = useDocValue(
    useCallback((s: Session): History => readHistory(s.doc, cardId), [cardId]),
    sameJson,
  );
  const entries = [...history.entries].reverse();
  return (
    <details className="card-history">
      <summary>
        {t('history.title')} <span className="hint">({entries.length + history.dropped})</span>
      </summary>
      {entries.length === 0 && <p className="hint">{t('history.empty')}</p>}
      <ol>
        {entries.map((entry, i) => (
          <li key={`${entry.at}-${i}`}>
            <span>{historySentence(t, entry)}</span>
            <time className="hint" dateTime={new Date(entry.at).toISOString()}>
              {' · '}
              {formatMoment(entry.at, locale)}
            </time>
          </li>
        ))}
      </ol>
      {history.dropped > 0 && <p className="hint">{t('history.older', { count: history.dropped })}</p>}
    </details>
  );
}
