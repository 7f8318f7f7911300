import { useEffect, useRef } from 'react';
import { runningMeeting } from '../../../shared/model';
import { useDocValue, useSession } from '../../sync/useDocValue';
import type { Session } from '../../sync/session';
import { saveDailyVersion, saveVersion } from '../../sync/versions';
import { onChangesOf } from '../selectors';

/** Waits this long after opening before the day's version, so that opening stays fast. */
const DAILY_DELAY_MS = 3000;

export const selectRunning = onChangesOf(['meetings'], (s: Session) => {
  const meeting = runningMeeting(s.doc)?.id ?? '';
  const crisis = runningMeeting(s.doc, 'crisis')?.id ?? '';
  return `${meeting} ${crisis}`;
});

/** Sessions whose next crisis was declared here, with its version already taken (keepBeforeCrisis). */
const crisisKeptHere = new WeakSet<Session>();

/**
 * Takes the version "Vor der Krise" on this device just before it declares a crisis: declaring
 * also adds the crisis's card, which the version must not hold. The state is read at once.
 */
export function keepBeforeCrisis(session: Session): void {
  crisisKeptHere.add(session);
  void saveVersion(session, 'crisis');
}

/**
 * Keeps the automatic versions: the day's, once a day the workspace is open, and one when a
 * meeting starts or a crisis is declared (here or on a colleague's laptop), taken as it starts,
 * before anything in it changes the board.
 */
export function VersionKeeper() {
  const session = useSession();
  const running = useDocValue(selectRunning);
  const seen = useRef<string | null>(null);

  useEffect(() => {
    const timer = setTimeout(() => void saveDailyVersion(session), DAILY_DELAY_MS);
    return () => clearTimeout(timer);
  }, [session]);

  useEffect(() => {
    const [meeting, crisis] = running.split(' ');
    const before = seen.current?.split(' ');
    seen.current = running;
    // What runs when the workspace opens started before: its version was taken then.
    if (!before) return;
    if (meeting && meeting !== before[0]) void saveVersion(session, 'meeting');
    if (crisis && crisis !== before[1] && !crisisKeptHere.delete(session))
      void saveVersion(session, 'crisis');
  }, [session, running]);

  return null;
}
