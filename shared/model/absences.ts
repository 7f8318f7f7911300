/*
 * Absences and stand-ins: who is away when (Urlaub, Dienstreise, other), and who handles their
 * requests meanwhile.
 *
 *   absences  Y.Map<AbsenceId, {personId, kind, from, to, standInId?, createdAt, createdBy?}>
 *
 * One plain value per absence (`from` and `to` are calendar dates, both days included), written
 * whole: two colleagues changing the same absence converge to one of their versions, never to one's
 * start with the other's end. Added without a new schema version: older apps leave the map alone.
 *
 * Dates are local calendar dates like slots and due dates, never instants, so a change of the
 * clocks (summer time) moves no absence by a day.
 *
 * Who handles a request due on a date (resolveHandler): the person asked, unless they are away that
 * day; then their stand-in, and if the stand-in is away too, the stand-in's stand-in, and so on.
 * When the chain ends at someone who is away without a stand-in, or comes back to someone it
 * already passed (Ben → Carla → Ben), nobody in it is there: the request stays with the person
 * asked, and the post it belongs to is at risk (absenceRisk.ts). Recording, changing or removing
 * an absence decides this again for the open requests due in it (standIns.ts).
 */
import type * as Y from 'yjs';
import { isCalendarDate, isId, isInstant, LIMITS } from './bounds';
import { change } from './doc';
import { newId, type Brand, type PersonId } from './ids';
import { compareNames } from './nameOrder';
import { passOnRequests } from './standIns';

export type AbsenceId = Brand<string, 'AbsenceId'>;

export const ABSENCE_KINDS = ['vacation', 'travel', 'other'] as const;
export type AbsenceKind = (typeof ABSENCE_KINDS)[number];

export interface Absence {
  id: AbsenceId;
  personId: PersonId;
  kind: AbsenceKind;
  /** First day away, YYYY-MM-DD. */
  from: string;
  /** Last day away (included), YYYY-MM-DD. */
  to: string;
  standInId: PersonId | null;
  createdAt: number;
}

/** Absences longer than this are no plausible absence (a peer's junk): they are not read. */
export const MAX_ABSENCE_DAYS = 366;

export const absencesMap = (doc: Y.Doc) => doc.getMap<unknown>('absences');

function fieldsOf(v: unknown): { [key: string]: unknown } | null {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as { [key: string]: unknown }) : null;
}

const dayNumber = (date: string) => Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10));
const daysFromTo = (from: string, to: string) => Math.round((dayNumber(to) - dayNumber(from)) / 86_400_000);

/** One stored absence, or null when it is not one (wrong types, end before start, over a year). */
export function readAbsence(id: string, value: unknown): Absence | null {
  const fields = fieldsOf(value);
  if (!fields || !isId(id)) return null;
  const { personId, kind, from, to, standInId, createdAt } = fields;
  if (!isId(personId) || !isCalendarDate(from) || !isCalendarDate(to)) return null;
  if (to < from || daysFromTo(from, to) > MAX_ABSENCE_DAYS) return null;
  return {
    id: id as AbsenceId,
    personId: personId as PersonId,
    kind: (ABSENCE_KINDS as readonly unknown[]).includes(kind) ? (kind as AbsenceKind) : 'other',
    from,
    to,
    // Standing in for oneself is no stand-in.
    standInId: isId(standInId) && standInId !== personId ? (standInId as PersonId) : null,
    createdAt: isInstant(createdAt) ? createdAt : 0,
  };
}

/** Every readable absence, by start, then person and id; at most LIMITS.entries per person. */
export function readAbsences(doc: Y.Doc): Absence[] {
  const absences: Absence[] = [];
  const perPerson = new Map<string, number>();
  absencesMap(doc).forEach((value, id) => {
    const absence = readAbsence(id, value);
    if (!absence) return;
    const count = perPerson.get(absence.personId) ?? 0;
    if (count >= LIMITS.entries) return;
    perPerson.set(absence.personId, count + 1);
    absences.push(absence);
  });
  return absences.sort(
    (a, b) =>
      a.from.localeCompare(b.from) || a.personId.localeCompare(b.personId) || a.id.localeCompare(b.id),
  );
}

export class AbsenceError extends Error {
  constructor(
    readonly code: 'dates' | 'tooLong' | 'selfStandIn',
    message: string,
  ) {
    super(message);
    this.name = 'AbsenceError';
  }
}

export interface NewAbsence {
  personId: PersonId;
  kind: AbsenceKind;
  from: string;
  to: string;
  standInId?: PersonId | null;
  createdBy?: PersonId | null;
  now?: number;
}

function checked(input: Omit<NewAbsence, 'now' | 'createdBy'>) {
  if (!isCalendarDate(input.from) || !isCalendarDate(input.to) || input.to < input.from)
    throw new AbsenceError('dates', 'An absence needs a first and a last day, in that order.');
  if (daysFromTo(input.from, input.to) > MAX_ABSENCE_DAYS)
    throw new AbsenceError('tooLong', `An absence lasts at most ${MAX_ABSENCE_DAYS} days.`);
  if (input.standInId && input.standInId === input.personId)
    throw new AbsenceError('selfStandIn', 'Nobody stands in for themselves.');
  return {
    personId: input.personId,
    kind: input.kind,
    from: input.from,
    to: input.to,
    standInId: input.standInId ?? undefined,
  };
}

/**
 * Records an absence. Requests made from now on that are due in it go to the stand-in, and so do
 * the open ones already made (passOnRequests, in the same transaction: once, on this device).
 */
export function addAbsence(doc: Y.Doc, input: NewAbsence): AbsenceId {
  const value = checked(input);
  const id = newId<AbsenceId>('a');
  const now = input.now ?? Date.now();
  change(doc, () => {
    absencesMap(doc).set(id, {
      ...value,
      createdAt: now,
      ...(input.createdBy ? { createdBy: input.createdBy } : {}),
    });
    passOnRequests(doc, [value], input.createdBy ?? null, now);
  });
  return id;
}

/**
 * Changes an absence (its kind, days or stand-in); the whole value is written again. The open
 * requests due on its old or new days are decided again (back to the person, or to the new stand-in).
 */
export function updateAbsence(
  doc: Y.Doc,
  id: AbsenceId,
  patch: Partial<Pick<Absence, 'kind' | 'from' | 'to' | 'standInId'>>,
  by: PersonId | null = null,
  now: number = Date.now(),
): void {
  const current = readAbsence(id, absencesMap(doc).get(id));
  if (!current) return;
  const value = checked({ ...current, ...patch });
  change(doc, () => {
    absencesMap(doc).set(id, { ...value, createdAt: current.createdAt });
    passOnRequests(doc, [current, value], by, now);
  });
}

/** Removes an absence; the open requests that went to a stand-in for it go back (see updateAbsence). */
export function removeAbsence(doc: Y.Doc, id: AbsenceId, by: PersonId | null = null, now = Date.now()): void {
  const current = readAbsence(id, absencesMap(doc).get(id));
  change(doc, () => {
    absencesMap(doc).delete(id);
    if (current) passOnRequests(doc, [current], by, now);
  });
}

// ---------------------------------------------------------------------------------------------
// Who is away, who stands in

/** The absence of a person on a date (the one that started first, when several overlap). */
export function absenceOn(
  absences: readonly Absence[],
  personId: PersonId,
  date: string,
): Absence | undefined {
  return absences.find((a) => a.personId === personId && a.from <= date && date <= a.to);
}

export interface Handler {
  /** Who handles it: the person asked, a stand-in, or the person asked when nobody in the chain is there. */
  id: PersonId;
  /** The absence of the person asked, when someone else handles it or nobody can. */
  absence: Absence | null;
  /** The stand-ins passed on the way, the handler last (empty when the person asked is there). */
  chain: readonly PersonId[];
  /** Nobody in the chain is there (no stand-in, or a loop): it stays with the person asked. */
  unresolved: boolean;
}

/** Who handles what `personId` is asked for, due on `date` (see the header comment). */
export function resolveHandler(
  absences: readonly Absence[],
  personId: PersonId,
  date: string | null,
): Handler {
  const here: Handler = { id: personId, absence: null, chain: [], unresolved: false };
  if (date === null) return here;
  const first = absenceOn(absences, personId, date);
  if (!first) return here;
  const visited = new Set<PersonId>([personId]);
  const chain: PersonId[] = [];
  let absence: Absence | undefined = first;
  while (absence) {
    const next = absence.standInId;
    if (next === null || visited.has(next)) break;
    visited.add(next);
    chain.push(next);
    absence = absenceOn(absences, next, date);
    if (!absence) return { id: next, absence: first, chain, unresolved: false };
  }
  return { id: personId, absence: first, chain: [], unresolved: true };
}

/**
 * What a request records when a stand-in got it: who it was for, why they are away and until when.
 * Stored with the request (schema.ts, `standIns`), so it still says so after the absence changed.
 */
export interface StandInNote {
  /** The stand-in who got it. */
  id: PersonId;
  forId: PersonId;
  forName: string;
  kind: AbsenceKind;
  /** The last day of the absence. */
  until: string;
}

/** The note for a handler that is a stand-in, or null when the person asked handles it. */
export function standInNote(handler: Handler, askedId: PersonId, askedName: string): StandInNote | null {
  if (handler.unresolved || !handler.absence || handler.id === askedId) return null;
  return {
    id: handler.id,
    forId: askedId,
    forName: askedName.slice(0, LIMITS.name),
    kind: handler.absence.kind,
    until: handler.absence.to,
  };
}

/** Reads a stored stand-in note; null for anything else. */
export function readStandInNote(v: unknown): StandInNote | null {
  const fields = fieldsOf(v);
  if (!fields) return null;
  const { id, forId, forName, kind, until } = fields;
  if (!isId(id) || !isId(forId) || typeof forName !== 'string' || !isCalendarDate(until)) return null;
  return {
    id: id as PersonId,
    forId: forId as PersonId,
    forName: forName.slice(0, LIMITS.name),
    kind: (ABSENCE_KINDS as readonly unknown[]).includes(kind) ? (kind as AbsenceKind) : 'other',
    until,
  };
}

/** People who are away on some day of [from, to], each with their absences there, by name. */
export function awayBetween(
  absences: readonly Absence[],
  from: string,
  to: string,
  nameOfPerson: (id: PersonId) => string,
): { personId: PersonId; absences: Absence[] }[] {
  const byPerson = new Map<PersonId, Absence[]>();
  for (const absence of absences) {
    if (absence.to < from || absence.from > to) continue;
    byPerson.set(absence.personId, [...(byPerson.get(absence.personId) ?? []), absence]);
  }
  return [...byPerson.entries()]
    .map(([personId, list]) => ({ personId, absences: list }))
    .sort(
      (a, b) =>
        compareNames(nameOfPerson(a.personId), nameOfPerson(b.personId)) ||
        a.personId.localeCompare(b.personId),
    );
}
