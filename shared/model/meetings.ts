/*
 * The weekly editorial meeting (DESIGN.md §1: "decisions and action items are recorded; minutes go
 * out after the meeting"). A meeting started on any laptop runs for everyone until someone ends it.
 * While it runs, each laptop in it puts its person on the list of those present, and decisions are
 * written down. What else happened on the board meanwhile (ideas scheduled, moved, approved, inputs
 * asked for) is already in the cards' history and the requests: the minutes read it from there.
 *
 *   meetings  Y.Map<MeetingId, Y.Map>  startedAt, startedBy (a name), endedAt?, endedBy?,
 *                                      present Y.Map<PersonId, name>,
 *                                      decisions Y.Array<{ text, n (who), at }>
 *
 * Two laptops that start a meeting at the same moment, offline from each other, start two: the
 * earlier one is the running meeting for everyone, and ending it ends both.
 */
import * as Y from 'yjs';
import { cardsMap, change, recordOf } from './doc';
import { readHistory, type HistoryEntry } from './history';
import { newId, type Brand, type CardId, type PersonId } from './ids';
import { readCard } from './read';
import { readRequests } from './requestReads';
import type { Request } from './schema';

export type MeetingId = Brand<string, 'MeetingId'>;

export interface MeetingDecision {
  text: string;
  /** Who wrote it down ('' when nobody was known). */
  name: string;
  at: number;
}

export interface Meeting {
  id: MeetingId;
  startedAt: number;
  startedBy: string;
  /** null while it runs. */
  endedAt: number | null;
  endedBy: string;
  /** The names of those present, in alphabetical order. */
  present: string[];
  /** Oldest first. */
  decisions: MeetingDecision[];
}

/** The origin of noting who is present: automatic, so never undone with the user's own steps. */
export const PRESENCE_ORIGIN = Symbol.for('sendeplan.meeting-presence');

/** A decision's text at most; longer text is cut (a decision is a sentence or two). */
export const DECISION_MAX_CHARS = 1000;

export const meetingsMap = (doc: Y.Doc) => doc.getMap<unknown>('meetings');

/** Starts a meeting, or returns the one that runs. `by` is the name of who starts it. */
export function startMeeting(doc: Y.Doc, by: string, now = Date.now()): MeetingId {
  const running = runningMeeting(doc);
  if (running) return running.id;
  const id = newId<MeetingId>('m');
  change(doc, () => {
    const record = new Y.Map<unknown>();
    meetingsMap(doc).set(id, record);
    record.set('startedAt', now);
    record.set('startedBy', by);
    record.set('present', new Y.Map<string>());
    record.set('decisions', new Y.Array<unknown>());
  });
  return id;
}

/** Ends every meeting that runs (see the top of this file for why there can be two). */
export function endMeeting(doc: Y.Doc, by: string, now = Date.now()): void {
  change(doc, () => {
    for (const meeting of readMeetings(doc).filter((m) => m.endedAt === null)) {
      const record = recordOf(meetingsMap(doc), meeting.id)!;
      record.set('endedAt', Math.max(now, meeting.startedAt));
      record.set('endedBy', by);
    }
  });
}

/** Notes a person as present, once. */
export function notePresent(doc: Y.Doc, id: MeetingId, person: { id: PersonId; name: string }): void {
  const present = recordOf(meetingsMap(doc), id)?.get('present');
  if (!(present instanceof Y.Map) || present.get(person.id) === person.name) return;
  doc.transact(() => present.set(person.id, person.name), PRESENCE_ORIGIN);
}

/** Writes down a decision; empty text is nothing to write down. */
export function addDecision(doc: Y.Doc, id: MeetingId, text: string, by: string, now = Date.now()): void {
  const decision = text.trim().slice(0, DECISION_MAX_CHARS);
  const decisions = recordOf(meetingsMap(doc), id)?.get('decisions');
  if (!decision || !(decisions instanceof Y.Array)) return;
  change(doc, () => decisions.push([{ text: decision, n: by, at: now }]));
}

/** Every meeting, newest first, read defensively: a record that is not a meeting is left out. */
export function readMeetings(doc: Y.Doc): Meeting[] {
  const meetings: Meeting[] = [];
  meetingsMap(doc).forEach((value, id) => {
    const meeting = readMeeting(id, value);
    if (meeting) meetings.push(meeting);
  });
  return meetings.sort((a, b) => b.startedAt - a.startedAt || a.id.localeCompare(b.id));
}

/** The meeting that runs: the earliest started of those not ended. */
export function runningMeeting(doc: Y.Doc): Meeting | null {
  return readMeetings(doc).findLast((m) => m.endedAt === null) ?? null;
}

const isTime = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value > 0;
const text = (value: unknown) => (typeof value === 'string' ? value : '');

function readMeeting(id: string, value: unknown): Meeting | null {
  if (!(value instanceof Y.Map)) return null;
  const startedAt = value.get('startedAt');
  if (!isTime(startedAt)) return null;
  const endedAt = value.get('endedAt');
  const present = value.get('present');
  const decisions = value.get('decisions');
  return {
    id: id as MeetingId,
    startedAt,
    startedBy: text(value.get('startedBy')),
    endedAt: isTime(endedAt) ? endedAt : null,
    endedBy: text(value.get('endedBy')),
    present:
      present instanceof Y.Map
        ? [...present.values()]
            .filter((name): name is string => typeof name === 'string' && name !== '')
            .sort((a, b) => a.localeCompare(b, 'de'))
        : [],
    decisions:
      decisions instanceof Y.Array
        ? decisions.toArray().flatMap((d: unknown) => {
            const { text: said, n, at } = (d ?? {}) as { [key: string]: unknown };
            return typeof said === 'string' && said.trim() && isTime(at)
              ? [{ text: said, name: text(n), at }]
              : [];
          })
        : [],
  };
}

export interface MeetingStep {
  cardId: CardId;
  title: string;
  entry: HistoryEntry;
}

/**
 * What happened to cards between `from` and `to` (ms), as their history says, in time order. The
 * latest move and scheduling of a card are stamped in whole seconds (history.ts), so `from` counts
 * from the start of its second.
 */
export function stepsDuring(doc: Y.Doc, start: number, to: number): MeetingStep[] {
  const from = Math.floor(start / 1000) * 1000;
  const steps: MeetingStep[] = [];
  cardsMap(doc).forEach((value, id) => {
    const card = readCard(id, value);
    for (const entry of readHistory(doc, card.id).entries)
      if (entry.at >= from && entry.at <= to) steps.push({ cardId: card.id, title: card.title, entry });
  });
  return steps.sort((a, b) => a.entry.at - b.entry.at);
}

/** The requests asked for between `from` and `to` (ms): the meeting's action items, oldest first. */
export function requestsDuring(doc: Y.Doc, from: number, to: number): Request[] {
  return readRequests(doc)
    .requests.filter((r) => r.createdAt >= from && r.createdAt <= to)
    .sort((a, b) => a.createdAt - b.createdAt);
}
