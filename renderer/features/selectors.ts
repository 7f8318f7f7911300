// Selectors shared by features, each paired with the equality that keeps re-renders to real changes.
import {
  readChannels,
  readColumns,
  readMeta,
  readMeetings,
  readPeople,
  runningMeeting,
  type Channel,
  type Column,
  type Meeting,
  type Person,
} from '../../shared/model';
import type { DocPart } from '../sync/changeTracker';
import type { Session } from '../sync/session';
import type { Selector } from '../sync/useDocValue';

/**
 * A selector whose value changes only when one of its parts of the document changed. `read` is
 * what it computes, uncached: selectors.test.ts compares the two after changes to every part, so a
 * selector that reads a part it does not name fails there instead of showing a stale screen.
 */
export type PartsSelector<T> = Selector<T> & {
  readonly parts: readonly DocPart[];
  readonly read: (session: Session) => T;
};

/** Equality by content for small plain values; the same object is equal without serializing. */
export function sameJson<T>(a: T, b: T): boolean {
  return Object.is(a, b) || JSON.stringify(a) === JSON.stringify(b);
}

/**
 * A selector over whole parts of the document (Session.changesOf), read again only when one of
 * them changed, not on every document version: an edit of one card then costs the selectors over
 * all people, tags or requests nothing.
 */
export function onChangesOf<T>(parts: readonly DocPart[], read: (session: Session) => T): PartsSelector<T> {
  const cache = new WeakMap<Session, { key: string; value: T }>();
  const select = (session: Session) => {
    const key = parts.map((part) => session.changesOf(part)).join(' ');
    const hit = cache.get(session);
    if (hit?.key === key) return hit.value;
    const value = read(session);
    cache.set(session, { key, value });
    return value;
  };
  // Its value changes only with these parts, so useDocValue subscribes to them alone.
  return Object.assign(select, { parts, read });
}

/**
 * A list read when its part of the document changed, which keeps handing out the previous value
 * (the same object) while its content is unchanged: the many card tiles that select people and
 * channels then compare by identity instead of each serializing the lists.
 */
function keptWhileSame<T>(part: DocPart, read: (session: Session) => T): PartsSelector<T> {
  const previous = new WeakMap<Session, { value: T; json: string }>();
  return onChangesOf([part], (session) => {
    const value = read(session);
    const json = JSON.stringify(value);
    const hit = previous.get(session);
    const kept = hit && hit.json === json ? hit.value : value;
    previous.set(session, { value: kept, json });
    return kept;
  });
}

export const selectColumns = keptWhileSame('columns', (session): Column[] => readColumns(session.doc));
export const selectPeople = keptWhileSame('people', (session): Person[] => readPeople(session.doc));
export const selectChannels = keptWhileSame('channels', (session): Channel[] => readChannels(session.doc));
export const selectWorkspaceName = (session: Session): string => readMeta(session.doc).name;
export const selectRunningMeeting = keptWhileSame('meetings', (session): Meeting | null =>
  runningMeeting(session.doc),
);
export const selectRunningCrisis = keptWhileSame('meetings', (session): Meeting | null =>
  runningMeeting(session.doc, 'crisis'),
);
export const selectCrises = keptWhileSame('meetings', (session): Meeting[] =>
  readMeetings(session.doc).filter((m) => m.kind === 'crisis'),
);

/** Equality for small lists of plain records (columns, people, channels): by content. */
export const sameRecords: <T>(a: T[], b: T[]) => boolean = sameJson;

export function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}
