// The series of the workspace with how many cards each has on this device.
import { readMeta, readSeries, zonedNow, type Doc, type Series } from '../../../shared/model';
import type { Session } from '../../sync/session';
import { onChangesOf } from '../selectors';

export const selectSeries = onChangesOf(['series', 'cards'], (s: Session): (Series & { cards: number })[] => {
  const list = readSeries(s.doc);
  if (list.length === 0) return [];
  const counts = new Map<string, number>();
  for (const card of s.cards())
    if (card.seriesId && card.slot && !card.archived)
      counts.set(card.seriesId, (counts.get(card.seriesId) ?? 0) + 1);
  return list.map((series) => ({ ...series, cards: counts.get(series.id) ?? 0 }));
});

/** Now on the workspace's wall clock, read when a series is written. */
export function workspaceNow(doc: Doc) {
  return zonedNow(readMeta(doc).timezone);
}
