import { useCallback } from 'react';
import { longDayLabel, readMeta, slotProblem, type Slot } from '../../../shared/model';
import { useI18n } from '../../i18n';
import type { Session } from '../../sync/session';
import { useDocValue } from '../../sync/useDocValue';
import { onChangesOf } from '../selectors';
import { useWallClock } from './useWallClock';

const selectTimezone = onChangesOf(['meta'], (s: Session) => readMeta(s.doc).timezone);

/**
 * Says why a post cannot go out at a date and time (slotChecks.ts), in the user's words, or
 * null: a time in the past, or one the clocks skip when summer time starts.
 */
export function useSlotCheck(): (slot: Pick<Slot, 'date' | 'time'>) => string | null {
  const { t, locale } = useI18n();
  const timezone = useDocValue(selectTimezone);
  const now = useWallClock();
  return useCallback(
    (slot) => {
      const problem = slotProblem(slot, timezone, now);
      if (!problem) return null;
      const params = { day: longDayLabel(slot.date, locale), time: slot.time };
      return problem === 'past' ? t('check.past', params) : t('check.nonexistent', params);
    },
    [t, locale, timezone, now],
  );
}
