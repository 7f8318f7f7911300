// Selectors shared by features, each paired with the equality that keeps re-renders to real changes.
import {
  readChannels,
  readColumns,
  readMeta,
  readPeople,
  type Channel,
  type Column,
  type Person,
} from '../../shared/model';
import type { Session } from '../sync/session';

/** Equality by content for small plain values; the same object is equal without serializing. */
export function sameJson<T>(a: T, b: T): boolean {
  return Object.is(a, b) || JSON.stringify(a) === JSON.stringify(b);
}

/**
 * A selector read once per document version for every component that uses it, which keeps handing
 * out the previous value (the same object) while its content is unchanged: the many card tiles that
 * select people and channels then compare by identity instead of each serializing the lists.
 */
function perVersion<T>(read: (session: Session) => T): (session: Session) => T {
  const cache = new WeakMap<Session, { version: number; value: T; json: string }>();
  return (session) => {
    const hit = cache.get(session);
    if (hit?.version === session.version) return hit.value;
    const value = read(session);
    const json = JSON.stringify(value);
    const kept = hit && hit.json === json ? hit.value : value;
    cache.set(session, { version: session.version, value: kept, json });
    return kept;
  };
}

export const selectColumns = perVersion((session): Column[] => readColumns(session.doc));
export const selectPeople = perVersion((session): Person[] => readPeople(session.doc));
export const selectChannels = perVersion((session): Channel[] => readChannels(session.doc));
export const selectWorkspaceName = (session: Session): string => readMeta(session.doc).name;

/** Equality for small lists of plain records (columns, people, channels): by content. */
export const sameRecords: <T>(a: T[], b: T[]) => boolean = sameJson;

export function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}
