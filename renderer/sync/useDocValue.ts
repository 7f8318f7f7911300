import { createContext, useCallback, useContext, useRef, useSyncExternalStore } from 'react';
import type { Session } from './session';

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession needs a SessionContext provider');
  return session;
}

/**
 * The one bridge from the document to React. `select` runs at most once per document version;
 * the component re-renders only when the selected value changes (by `isEqual`, Object.is by default).
 */
export function useDocValue<T>(
  select: (session: Session) => T,
  isEqual: (a: T, b: T) => boolean = Object.is,
): T {
  const session = useSession();
  const cache = useRef<{ version: number; select: (session: Session) => T; value: T } | null>(null);
  const getSnapshot = useCallback(() => {
    const current = cache.current;
    if (current && current.version === session.version && current.select === select) return current.value;
    const next = select(session);
    const value = current && isEqual(current.value, next) ? current.value : next;
    cache.current = { version: session.version, select, value };
    return value;
  }, [session, select, isEqual]);
  return useSyncExternalStore(session.subscribe, getSnapshot);
}

export function shallowEqualArrays<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, i) => Object.is(item, b[i]));
}
