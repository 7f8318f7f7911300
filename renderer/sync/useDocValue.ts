import { createContext, useCallback, useContext, useRef, useSyncExternalStore } from 'react';
import type { Card, CardId } from '../../shared/model';
import { cardPart, type Part } from './changeTracker';
import type { Session } from './session';

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession needs a SessionContext provider');
  return session;
}

/**
 * What a component reads from the session. With `parts` (changeTracker.ts) it names every part of
 * the document it reads, and is looked at only when one of them changed; without, on every change.
 */
export type Selector<T> = ((session: Session) => T) & { readonly parts?: readonly Part[] };

/**
 * The one bridge from the document to React. `select` runs at most once per document version;
 * the component re-renders only when the selected value changes (by `isEqual`, Object.is by default).
 * With `parts` (by default the selector's own, as onChangesOf gives them), React looks at the value
 * only when one of those parts changed: every part `select` reads must be named.
 */
export function useDocValue<T>(
  select: Selector<T>,
  isEqual: (a: T, b: T) => boolean = Object.is,
  parts: readonly Part[] | undefined = select.parts,
): T {
  const session = useSession();
  // A key, so that a new array of the same parts on each render keeps the subscription.
  const partsKey = parts && JSON.stringify(parts);
  const subscribe = useCallback(
    (listener: () => void) =>
      partsKey === undefined
        ? session.subscribe(listener)
        : session.subscribeTo(JSON.parse(partsKey) as Part[], listener),
    [session, partsKey],
  );
  const cache = useRef<{ version: number; select: (session: Session) => T; value: T } | null>(null);
  const getSnapshot = useCallback(() => {
    const current = cache.current;
    if (current && current.version === session.version && current.select === select) return current.value;
    const next = select(session);
    const value = current && isEqual(current.value, next) ? current.value : next;
    cache.current = { version: session.version, select, value };
    return value;
  }, [session, select, isEqual]);
  return useSyncExternalStore(subscribe, getSnapshot);
}

export function shallowEqualArrays<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, i) => Object.is(item, b[i]));
}

/** One card, read again only when it changed. */
export function useCard(cardId: CardId): Card | undefined {
  const session = useSession();
  const subscribe = useCallback(
    (listener: () => void) => session.subscribeTo([cardPart(cardId)], listener),
    [session, cardId],
  );
  return useSyncExternalStore(subscribe, () => session.card(cardId));
}
