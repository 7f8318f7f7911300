import { useCallback } from 'react';
import {
  readHistory,
  type CardHistory as History,
  type CardId,
  type HistoryEntry,
} from '../../../shared/model';
import { useI18n, type Translate } from '../../i18n';
import { cardPart, type Session } from '../../sync/session';
import { useDocValue } from '../../sync/useDocValue';
import { formatMoment, isoSafely } from './format';
import { sameJson } from '../selectors';

/** A slot stored as "2026-12-01 10:00 · Facebook" with its date in the reader's format. */
function readableDetail(entry: HistoryEntry, formatDate: (date: Date) => string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})(.*)$/.exec(entry.detail);
  if (entry.type !== 'scheduled' || !match) return entry.detail;
  const [, year, month, day, rest] = match;
  return formatDate(new Date(Number(year), Number(month) - 1, Number(day))) + rest;
}

/** One history entry as a sentence: "Lena hat die Karte nach Freigegeben verschoben". */
export function historySentence(
  t: Translate,
  entry: HistoryEntry,
  formatDate: (date: Date) => string,
): string {
  const kind = entry.kind ?? 'other';
  return t(`history.${entry.type}`, {
    name: entry.name || t('history.someone'),
    detail: readableDetail(entry, formatDate),
    kindA: t(`kindA.${kind}`),
    kindThe: t(`kindThe.${kind}`),
  });
}

/** The card's short history, newest first, in a disclosure so the panel stays calm. */
export function CardHistory({ cardId }: { cardId: CardId }) {
  const { t, locale, formatDate } = useI18n();
  const history = useDocValue(
    useCallback((s: Session): History => readHistory(s.doc, cardId), [cardId]),
    sameJson,
    // The entries, the steps stamped on the card, and the names of who made them.
    ['history', cardPart(cardId), 'people'],
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
            <span>{historySentence(t, entry, formatDate)}</span>
            <time className="hint" dateTime={isoSafely(entry.at)}>
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
