/*
 * The weekly editorial meeting, where the team decides what goes out when: decisions and action
 * items are recorded, and the minutes go out after the meeting. A meeting started on any laptop runs for everyone until someone ends it.
 * While it runs, each laptop in it puts its person on the list of those present, and decisions are
 * written down. What else happened on the board meanwhile (ideas scheduled, moved, approved, inputs
 * asked for) is already in the cards' history and the requests: the minutes read it from there.
 *
 *   meetings  Y.Map<MeetingId, Y.Map>  startedAt, startedBy (a name), endedAt?, endedBy?,
 *                                      present Y.Map<PersonId, name>,
 *                                      decisions Y.Array<{ text, n (who), at, p? }>
 *                                      p: the id of who wrote it down, when it was signed
 *
 * Two laptops that start a meeting at the same moment, offline from each other, start two: the
 * earlier one is the running meeting for everyone, and ending it ends both.
 *
 * A crisis ("Shitstorm": the social media manager, the press office and management must act
 * within minutes) is kept the same way, with `kind: 'crisis'` and the reason
 * it was declared: while one runs, every scheduled post is on hold; its log is the decisions, and
 * what the team did on the board meanwhile is read as for a meeting. A crisis decision is signed
 * by the device of who wrote it down (signatures.ts, kind 'crisis') and verified on read. A crisis and a meeting can run
 * at the same time. The playbook, who does what in a crisis, is `meta.playbook`, a text.
 *
 *   meetings  (a crisis also)          kind 'crisis', reason
 *   meta                               playbook
 */
import { returnHeldForApproval } from './approvalChanges';
import * as Y from 'yjs';
import { cut, cutProblem, isId, isInstant, LIMITS } from './bounds';
import { cardsMap, change, metaMap, recordOf } from './doc';
import { readHistory, type HistoryEntry } from './history';
import { newId, type Brand, type CardId, type PersonId } from './ids';
import { readCard } from './read';
import { readRequests } from './requestReads';
import type { WallClock } from './calendarDates';
import type { Card, Request, Stage } from './schema';
import { writeSignature, type SignatureRecord } from './signatures';
import { isPastSlot } from './slots';

export type MeetingId = Brand<string, 'MeetingId'>;

export interface MeetingDecision {
  text: string;
  /** Who wrote it down ('' when nobody was known). */
  name: string;
  at: number;
  /** Who wrote it down, when the decision carries their id (a signed one does); else null. */
  personId: PersonId | null;
}

export type MeetingKind = 'meeting' | 'crisis';

export interface Meeting {
  id: MeetingId;
  kind: MeetingKind;
  /** Why a crisis was declared; '' for a meeting. */
  reason: string;
  startedAt: number;
  startedBy: string;
  /** null while it runs. */
  endedAt: number | null;
  endedBy: string;
  /** The names of those present, in alphabetical order. */
  present: string[];
  /** Oldest first. */
  decisions: MeetingDecision[];
  /** What was wrong with the stored record; empty when it is sound. */
  problems: string[];
}

/** The origin of noting who is present: automatic, so never undone with the user's own steps. */
export const PRESENCE_ORIGIN = Symbol.for('sendeplan.meeting-presence');

/** A decision's or reason's text at most; longer text is cut (it is a sentence or two). */
export const DECISION_MAX_CHARS = 1000;
/** The playbook's text at most. */
export const PLAYBOOK_MAX_CHARS = 20_000;

export const meetingsMap = (doc: Y.Doc) => doc.getMap<unknown>('meetings');

/**
 * Starts a meeting, or returns the one that runs. `by` is the name of who starts it. A crisis is
 * declared with its reason (`kind: 'crisis'`).
 */
export function startMeeting(
  doc: Y.Doc,
  by: string,
  now = Date.now(),
  crisis?: { reason: string },
): MeetingId {
  const kind: MeetingKind = crisis ? 'crisis' : 'meeting';
  const running = runningMeeting(doc, kind);
  if (running) return running.id;
  const id = newId<MeetingId>(crisis ? 'k' : 'm');
  change(doc, () => {
    const record = new Y.Map<unknown>();
    meetingsMap(doc).set(id, record);
    if (crisis) {
      record.set('kind', kind);
      record.set('reason', crisis.reason.trim().slice(0, DECISION_MAX_CHARS));
    }
    record.set('startedAt', now);
    record.set('startedBy', by.slice(0, LIMITS.name));
    record.set('present', new Y.Map<string>());
    record.set('decisions', new Y.Array<unknown>());
  });
  return id;
}

/** Ends every meeting (or crisis) that runs (see the top of this file for why there can be two). */
export function endMeeting(doc: Y.Doc, by: string, now = Date.now(), kind: MeetingKind = 'meeting'): void {
  change(doc, () => {
    for (const meeting of readMeetings(doc).filter((m) => m.kind === kind && m.endedAt === null)) {
      const record = recordOf(meetingsMap(doc), meeting.id)!;
      record.set('endedAt', Math.max(now, meeting.startedAt));
      record.set('endedBy', by.slice(0, LIMITS.name));
    }
    if (kind === 'crisis') returnHeldForApproval(doc);
  });
}

/** Only a meeting whose start can be read runs (a damaged one is listed, see readMeeting). */
const canRun = (meeting: Meeting) => !meeting.problems.includes('startedAt');

/** Whether scheduled posts are on hold: while a crisis runs. */
export const postsOnHold = (doc: Y.Doc): boolean => runningMeeting(doc, 'crisis') !== null;

/** Whether a card is held back by a crisis: it is still to go out (slot ahead, not published). */
export function isHeld(
  onHold: boolean,
  card: Pick<Card, 'slot' | 'archived'>,
  stage: Stage | null,
  now: WallClock,
): boolean {
  return (
    onHold && card.slot !== null && !card.archived && !isPastSlot(card.slot, now) && stage !== 'published'
  );
}

/** The crisis that ran at `at` (ms), if one did: what was asked for then is urgent. */
export function crisisAt(meetings: readonly Meeting[], at: number): Meeting | null {
  return (
    meetings.find(
      (m) => m.kind === 'crisis' && canRun(m) && m.startedAt <= at && (m.endedAt === null || at <= m.endedAt),
    ) ?? null
  );
}

/** Who does what in a crisis, as the team wrote it down. */
export function readPlaybook(doc: Y.Doc): string {
  const playbook = metaMap(doc).get('playbook');
  return typeof playbook === 'string' ? cut(playbook, PLAYBOOK_MAX_CHARS) : '';
}

export function setPlaybook(doc: Y.Doc, text: string): void {
  const playbook = text.slice(0, PLAYBOOK_MAX_CHARS);
  if (playbook !== readPlaybook(doc)) change(doc, () => metaMap(doc).set('playbook', playbook));
}

/** Notes a person as present, once. */
export function notePresent(doc: Y.Doc, id: MeetingId, person: { id: PersonId; name: string }): void {
  const present = recordOf(meetingsMap(doc), id)?.get('present');
  if (!(present instanceof Y.Map) || present.get(person.id) === person.name) return;
  doc.transact(() => present.set(person.id, person.name), PRESENCE_ORIGIN);
}

/** A decision's text as it is written down (and signed): trimmed and cut to its size. */
export const decisionText = (text: string) => text.trim().slice(0, DECISION_MAX_CHARS);

/**
 * Writes down a decision; empty text is nothing to write down. A signed one (signCrisisDecision,
 * over the same text, person and time) carries the person's id, and its signature is written in the
 * same transaction.
 */
export function addDecision(
  doc: Y.Doc,
  id: MeetingId,
  text: string,
  by: string,
  now = Date.now(),
  signed?: SignatureRecord,
): void {
  const decision = decisionText(text);
  const decisions = recordOf(meetingsMap(doc), id)?.get('decisions');
  if (!decision || !(decisions instanceof Y.Array)) return;
  change(doc, () => {
    decisions.push([
      { text: decision, n: by.slice(0, LIMITS.name), at: now, ...(signed ? { p: signed.personId } : {}) },
    ]);
    if (signed) writeSignature(doc, signed);
  });
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

/** The meeting (or crisis) that runs: the earliest started of those not ended. */
export function runningMeeting(doc: Y.Doc, kind: MeetingKind = 'meeting'): Meeting | null {
  return readMeetings(doc).findLast((m) => m.kind === kind && m.endedAt === null && canRun(m)) ?? null;
}

const text = (value: unknown, max: number) => (typeof value === 'string' ? cut(value, max) : '');

/**
 * A meeting read defensively: texts cut to their size, lists to LIMITS.entries. One whose start is
 * not a plausible instant (bounds.ts) is still listed, with `problems`, so it can be seen and
 * removed; it never runs (runningMeeting), so it neither holds posts nor shows as running.
 */
function readMeeting(id: string, value: unknown): Meeting | null {
  if (!(value instanceof Y.Map)) return null;
  const problems: string[] = [];
  const instant = (key: string): number | null => {
    const stored = value.get(key);
    if (stored === undefined || stored === null) return null;
    if (isInstant(stored)) return stored;
    problems.push(key);
    return null;
  };
  const startedAt = instant('startedAt');
  if (startedAt === null && !problems.includes('startedAt')) problems.push('startedAt');
  const endedAt = instant('endedAt');
  const present = value.get('present');
  const decisions = value.get('decisions');
  const names: string[] = [];
  if (present instanceof Y.Map) {
    for (const name of present.values()) {
      if (names.length >= LIMITS.entries) break;
      if (typeof name === 'string' && name !== '') names.push(cut(name, LIMITS.name));
    }
  }
  const written: MeetingDecision[] = [];
  if (decisions instanceof Y.Array) {
    if (decisions.length > LIMITS.entries) problems.push(cutProblem('decisions'));
    for (const d of decisions.slice(0, LIMITS.entries) as unknown[]) {
      const {
        text: said,
        n,
        at,
        p,
      } = (typeof d === 'object' && d !== null ? d : {}) as {
        [key: string]: unknown;
      };
      if (typeof said === 'string' && said.trim() && isInstant(at))
        written.push({
          text: cut(said, DECISION_MAX_CHARS),
          name: text(n, LIMITS.name),
          at,
          personId: isId(p) ? (p as PersonId) : null,
        });
    }
  }
  return {
    id: id as MeetingId,
    kind: value.get('kind') === 'crisis' ? 'crisis' : 'meeting',
    reason: text(value.get('reason'), DECISION_MAX_CHARS),
    startedAt: startedAt ?? 0,
    startedBy: text(value.get('startedBy'), LIMITS.name),
    endedAt,
    endedBy: text(value.get('endedBy'), LIMITS.name),
    present: names.sort((a, b) => a.localeCompare(b, 'de')),
    decisions: written,
    problems,
  };
}

/** Removes a meeting record that cannot be read (see readMeeting), as asked from where it is shown. */
export function removeMeeting(doc: Y.Doc, id: MeetingId): void {
  change(doc, () => meetingsMap(doc).delete(id));
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
