// Absences as the renderer reads them, and the posts they put at risk, each read again only when
// a part they depend on changed.
import {
  awayRisks,
  readAbsences,
  readColumns,
  readPeople,
  type Absence,
  type AwayRisk,
} from '../../../shared/model';
import type { Session } from '../../sync/session';
import { onChangesOf } from '../selectors';
import { selectRequestIndex } from '../requests/selectors';

export const selectAbsences = onChangesOf(['absences'], (s: Session): Absence[] => readAbsences(s.doc));

const NONE: ReadonlyMap<string, readonly AwayRisk[]> = new Map();

/** Scheduled cards that wait on someone who is away, with who and why (absenceRisk.ts). */
export const selectAwayRisks = onChangesOf(
  ['absences', 'requests', 'cards', 'columns', 'people'],
  (s: Session): ReadonlyMap<string, readonly AwayRisk[]> => {
    const absences = readAbsences(s.doc);
    if (absences.length === 0) return NONE;
    const stages = new Map(readColumns(s.doc).map((c) => [c.id as string, c.stage]));
    const names = new Map(readPeople(s.doc).map((p) => [p.id as string, p.name]));
    const byCard = selectRequestIndex(s).byCard;
    const risks = new Map<string, readonly AwayRisk[]>();
    for (const card of s.cards()) {
      if (!card.slot) continue;
      const found = awayRisks(
        card,
        byCard.get(card.id) ?? [],
        absences,
        stages.get(card.pos.columnId) ?? null,
        card.ownerId ? (names.get(card.ownerId) ?? '') : '',
      );
      if (found.length > 0) risks.set(card.id, found);
    }
    return risks;
  },
);

/** Keys of the away risks, to compare selector results cheaply. */
export const sameRisks = (a: readonly AwayRisk[] | undefined, b: readonly AwayRisk[] | undefined) =>
  a === b || JSON.stringify(a ?? []) === JSON.stringify(b ?? []);
