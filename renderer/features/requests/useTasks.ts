import { useCallback } from 'react';
import { tasksOf, type PersonId, type Task } from '../../../shared/model';
import type { Session } from '../../sync/session';
import { useDocValue } from '../../sync/useDocValue';
import { useIdentity } from '../shell/identity';
import { selectRequestList } from './selectors';
import { useToday } from './useToday';

export interface Tasks {
  me: PersonId | null;
  mine: Task[];
  waiting: Task[];
}

const EMPTY: Tasks = { me: null, mine: [], waiting: [] };

/** The tasks of this device's person; re-renders only when what they show changed. */
export function useTasks(): Tasks {
  const me = useIdentity();
  const today = useToday();
  const select = useCallback(
    (session: Session): Tasks => {
      if (!me) return EMPTY;
      const { requests } = selectRequestList(session);
      return { me, ...tasksOf(requests, (id) => session.card(id), me, today) };
    },
    [me, today],
  );
  return useDocValue(select, sameTasks);
}

function sameTasks(a: Tasks, b: Tasks): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
