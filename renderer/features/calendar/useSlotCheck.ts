import { useCallback } from 'react';
import { longDayLabel, slotProblem, type Slot, type SlotProblem } from '../../../shared/model';
import { useI18n } from '../../i18n';
import { useDocValue } from '../../sync/useDocValue';
import { selectTimezone, useWallClock } from './useWallClock';

export interface SlotCheck {
  kind: SlotProblem;
  message: string;
}

/**
 * Says why a post should not go out at a date and time (slotChecks.ts), in the user's words, or
 * null. A time the clocks skip when summer time starts is refused; a time in the past is said
 * before it is taken (a post that went out may be entered afterwards), and taken only on request.
 */
export function useSlotCheck(): (slot: Pick<Slot, 'date' | 'time'>) => SlotCheck | null {
  const { t, locale } = useI18n();
  const timezone = useDocValue(selectTimezone);
  const now = useWallClock();
  return useCallback(
    (slot) => {
      const problem = slotProblem(slot, timezone, now);
      if (!problem) return null;
      const params = { day: longDayLabel(slot.date, locale), time: slot.time };
      return { kind: problem, message: t(problem === 'past' ? 'check.past' : 'check.nonexistent', params) };
    },
    [t, locale, timezone, now],
  );
}
