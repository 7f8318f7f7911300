import { useEffect } from 'react';
import { setActor, settleApprovals, unsettledApprovals } from '../../../shared/model';
import type { Session } from '../../sync/session';
import { useDocValue, useSession } from '../../sync/useDocValue';
import { Notifier } from '../notifications/Notifier';
import { onChangesOf, sameRecords, selectPeople } from '../selectors';
import { useFirstPaintDone } from '../shell/firstPaint';
import { useIdentity } from '../shell/identity';

/** The origin of settling approvals that met by sync: not the user's, so undo leaves it alone. */
const SETTLE_ORIGIN = Symbol.for('sendeplan.requests.settle');

export const selectUnsettled = onChangesOf(['requests'], (s: Session) => unsettledApprovals(s.doc).join(','));
const selectNothing = () => '';

/**
 * What the requests feature keeps doing in the background of an open workspace: tells the model
 * who acts on this device (for the history), settles approvals whose last decisions arrived
 * concurrently from different devices, and notifies about new and overdue tasks.
 */
export function RequestsService() {
  const session = useSession();
  const me = useIdentity();
  const people = useDocValue(selectPeople, sameRecords);
  const myName = people.find((p) => p.id === me)?.name ?? '';
  useEffect(() => {
    setActor(session.doc, me ? { id: me, name: myName } : null);
  }, [session, me, myName]);

  // Settling and notifying read all requests: after the first frame (firstPaint.ts).
  const painted = useFirstPaintDone();
  const unsettled = useDocValue(painted ? selectUnsettled : selectNothing);
  useEffect(() => {
    if (unsettled) settleApprovals(session.doc, SETTLE_ORIGIN);
  }, [session, unsettled]);

  return painted ? <Notifier /> : null;
}
