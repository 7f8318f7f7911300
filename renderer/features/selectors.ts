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

function sameJson<T>(a: T, b: T): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export const selectColumns = (session: Session): Column[] => readColumns(session.doc);
export const selectPeople = (session: Session): Person[] => readPeople(session.doc);
export const selectChannels = (session: Session): Channel[] => readChannels(session.doc);
export const selectWorkspaceName = (session: Session): string => readMeta(session.doc).name;

/** Equality for small lists of plain records (columns, people, channels): by content. */
export const sameRecords: <T>(a: T[], b: T[]) => boolean = sameJson;

export function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}
