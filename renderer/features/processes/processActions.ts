/*
 * Scheduling through the card's process, for every place a card is scheduled, moved or taken out
 * of the plan (the calendar's drag and drop, the card panel): the process's steps are requested or
 * moved in the same undo step, a step planned too late is said at once (LateNotice), and taking a
 * card with open requests out of the plan asks first (UnscheduleDialog). Both dialogs read a small
 * store of this module, so the callers need no state of their own.
 */
import { useCallback, useSyncExternalStore } from 'react';
import {
  getCard,
  openRequestsOf,
  rescheduleWithProcess,
  scheduleWithProcess,
  unscheduleWithRequests,
  type Applied,
  type CardId,
  type Slot,
  type StepPlan,
} from '../../../shared/model';
import type { Session } from '../../sync/session';
import { useSession } from '../../sync/useDocValue';
import { useIdentity } from '../shell/identity';

export interface LateNoticeState {
  title: string;
  steps: readonly StepPlan[];
}

interface Pending {
  late: LateNoticeState | null;
  unschedule: { cardId: CardId; title: string; open: number } | null;
}

let pending: Pending = { late: null, unschedule: null };
const listeners = new Set<() => void>();

function set(next: Partial<Pending>) {
  pending = { ...pending, ...next };
  listeners.forEach((l) => l());
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export function usePending(): Pending {
  return useSyncExternalStore(subscribe, () => pending);
}

export const dismissLate = () => set({ late: null });
export const dismissUnschedule = () => set({ unschedule: null });

function tell(session: Session, cardId: CardId, applied: Applied) {
  if (applied.late.length === 0) return;
  set({ late: { title: getCard(session.doc, cardId)?.title ?? '', steps: applied.late } });
}

/** Schedule, move and unschedule a card with its process, as the person on this device. */
export function useProcessActions() {
  const session = useSession();
  const me = useIdentity();
  const schedule = useCallback(
    (cardId: CardId, slot: Slot) => tell(session, cardId, scheduleWithProcess(session.doc, cardId, slot, me)),
    [session, me],
  );
  const reschedule = useCallback(
    (cardId: CardId, patch: Partial<Slot>) =>
      tell(session, cardId, rescheduleWithProcess(session.doc, cardId, patch, me)),
    [session, me],
  );
  /** Takes the card out of the plan, asking first what happens to its open requests. */
  const unschedule = useCallback(
    (cardId: CardId) => {
      const open = openRequestsOf(session.doc, cardId).length;
      if (open === 0) unscheduleWithRequests(session.doc, cardId, me, false);
      else set({ unschedule: { cardId, title: getCard(session.doc, cardId)?.title ?? '', open } });
    },
    [session, me],
  );
  const finishUnschedule = useCallback(
    (cardId: CardId, withdraw: boolean) => {
      unscheduleWithRequests(session.doc, cardId, me, withdraw);
      session.stopCapturing();
      dismissUnschedule();
    },
    [session, me],
  );
  return { schedule, reschedule, unschedule, finishUnschedule };
}
