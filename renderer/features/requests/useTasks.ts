import { useCallback } from 'react';
import { tasksOf, type Card, type PersonId, type Request, type Task } from '../../../shared/model';
import type { Session } from '../../sync/session';
import { shallowEqualArrays, useDocValue } from '../../sync/useDocValue';
import { useWallClock } from '../calendar/useWallClock';
import { useIdentity } from '../shell/identity';
import { selectRequestList } from './selectors';
import { useToday } from './useToday';

export interface Tasks {
  me: PersonId | null;
  mine: Task[];
  waiting: Task[];
}

const EMPTY: Tasks = { me: null, mine: [], waiting: [] };

interface Computed {
  me: PersonId;
  today: string;
  time: string | undefined;
  requests: readonly Request[];
  cards: (Card | undefined)[];
  tasks: Tasks;
  json: string;
}

const computed = new WeakMap<Session, Computed>();

/**
 * Tasks depend on the requests and on the cards they are about. Both keep their identity while
 * unchanged (the request list per change of requests, cards in the session's cache), so an edit
 * elsewhere costs a look-up per request; when they did change, equal content keeps the old object.
 */
function tasksFor(session: Session, me: PersonId, today: string, time?: string): Tasks {
  const { requests } = selectRequestList(session);
  const cards = requests.map((request) => session.card(request.cardId));
  const hit = computed.get(session);
  if (
    hit?.me === me &&
    hit.today === today &&
    hit.time === time &&
    hit.requests === requests &&
    shallowEqualArrays(hit.cards, cards)
  )
    return hit.tasks;
  const fresh: Tasks = { me, ...tasksOf(requests, (id) => session.card(id), me, today, time) };
  const json = JSON.stringify(fresh);
  const tasks = hit?.me === me && hit.json === json ? hit.tasks : fresh;
  computed.set(session, { me, today, time, requests, cards, tasks, json });
  return tasks;
}

/** The tasks of this device's person; re-renders only when what they show changed. */
export function useTasks(): Tasks {
  const me = useIdentity();
  const today = useToday();
  // The time of day, for requests due at a time of today (a crisis's holding statement).
  const clock = useWallClock();
  const time = clock.date === today ? clock.time : undefined;
  const select = useCallback(
    (session: Session): Tasks => (me ? tasksFor(session, me, today, time) : EMPTY),
    [me, today, time],
  );
  return useDocValue(select);
}
