import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { addCard, moveCard } from './cards';
import { LOCAL_ORIGIN } from './doc';
import { setActor } from './history';
import {
  DECISION_MAX_CHARS,
  addDecision,
  crisisAt,
  endMeeting,
  meetingsMap,
  notePresent,
  PLAYBOOK_MAX_CHARS,
  postsOnHold,
  readMeetings,
  readPlaybook,
  removeMeeting,
  type MeetingId,
  setPlaybook,
  requestsDuring,
  runningMeeting,
  startMeeting,
  stepsDuring,
} from './meetings';
import { addPerson } from './people';
import { requestInput } from './requests';
import { DEFAULT_COLUMNS } from './schema';
import { createWorkspace } from './workspace';

const MONDAY_10 = Date.UTC(2026, 10, 30, 9, 0);
const minutes = (n: number) => MONDAY_10 + n * 60_000;

function workspace() {
  const doc = new Y.Doc();
  createWorkspace(doc, { name: 'Redaktion' });
  const lena = addPerson(doc, { name: 'Lena Hoffmann', role: 'social' });
  const jonas = addPerson(doc, { name: 'Jonas Weber', role: 'marketing' });
  setActor(doc, { id: lena, name: 'Lena Hoffmann' });
  return { doc, lena, jonas };
}

afterEach(() => vi.useRealTimers());

describe('meetings', () => {
  it('run for everyone from start to end; starting again joins the one that runs', () => {
    const { doc } = workspace();
    expect(runningMeeting(doc)).toBeNull();
    const id = startMeeting(doc, 'Lena Hoffmann', minutes(0));
    expect(startMeeting(doc, 'Jonas Weber', minutes(5))).toBe(id);
    expect(runningMeeting(doc)).toMatchObject({
      id,
      startedAt: minutes(0),
      startedBy: 'Lena Hoffmann',
      endedAt: null,
    });

    endMeeting(doc, 'Jonas Weber', minutes(45));
    expect(runningMeeting(doc)).toBeNull();
    expect(readMeetings(doc)).toMatchObject([{ id, endedAt: minutes(45), endedBy: 'Jonas Weber' }]);

    const next = startMeeting(doc, 'Lena Hoffmann', minutes(7 * 24 * 60));
    expect(readMeetings(doc).map((m) => m.id)).toEqual([next, id]);
  });

  it('started on two laptops at once: the earlier runs for both, and ending ends both', () => {
    const a = workspace().doc;
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const first = startMeeting(a, 'Lena Hoffmann', minutes(0));
    startMeeting(b, 'Jonas Weber', minutes(1));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(runningMeeting(a)?.id).toBe(first);
    expect(runningMeeting(b)?.id).toBe(first);

    endMeeting(b, 'Jonas Weber', minutes(30));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    expect(runningMeeting(a)).toBeNull();
    expect(readMeetings(a).every((m) => m.endedAt === minutes(30))).toBe(true);
  });

  it('note who is present once each, in alphabetical order, outside the undo history', () => {
    const { doc, lena, jonas } = workspace();
    const id = startMeeting(doc, 'Lena Hoffmann', minutes(0));
    const undo = new Y.UndoManager(meetingsMap(doc), { trackedOrigins: new Set([LOCAL_ORIGIN]) });
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    notePresent(doc, id, { id: lena, name: 'Lena Hoffmann' });
    notePresent(doc, id, { id: jonas, name: 'Jonas Weber' });
    notePresent(doc, id, { id: lena, name: 'Lena Hoffmann' });
    expect(updates).toHaveLength(2);
    expect(runningMeeting(doc)?.present).toEqual(['Jonas Weber', 'Lena Hoffmann']);
    expect(undo.undoStack).toHaveLength(0);
  });

  it('write down decisions trimmed and in order, and nothing for empty text', () => {
    const { doc } = workspace();
    const id = startMeeting(doc, 'Lena Hoffmann', minutes(0));
    addDecision(
      doc,
      id,
      '  Black Week: kein Rabatt-Post, stattdessen ein Service-Tipp. ',
      'Lena Hoffmann',
      minutes(3),
    );
    addDecision(doc, id, '   ', 'Lena Hoffmann', minutes(4));
    addDecision(doc, id, 'x'.repeat(DECISION_MAX_CHARS + 50), 'Jonas Weber', minutes(5));
    const { decisions } = runningMeeting(doc)!;
    expect(decisions.map((d) => [d.text.length > 100 ? d.text.length : d.text, d.name, d.at])).toEqual([
      ['Black Week: kein Rabatt-Post, stattdessen ein Service-Tipp.', 'Lena Hoffmann', minutes(3)],
      [DECISION_MAX_CHARS, 'Jonas Weber', minutes(5)],
    ]);
  });

  it('are read defensively: what a peer wrote wrongly is left out or marked, never thrown on', () => {
    const { doc } = workspace();
    const id = startMeeting(doc, 'Lena Hoffmann', minutes(0));
    doc.transact(() => {
      meetingsMap(doc).set('m-kaputt', 'kein Treffen');
      meetingsMap(doc).set('m-ohne-start', new Y.Map());
      const record = meetingsMap(doc).get(id) as Y.Map<unknown>;
      (record.get('decisions') as Y.Array<unknown>).push([
        null,
        7,
        { text: 3 },
        { text: 'gilt', at: minutes(2) },
      ]);
      (record.get('present') as Y.Map<unknown>).set('p-x', 42);
    });
    expect(readMeetings(doc)).toMatchObject([
      { id, present: [], decisions: [{ text: 'gilt', name: '', at: minutes(2) }], problems: [] },
      // A record without a start is listed as damaged (so it can be removed), and never runs.
      { id: 'm-ohne-start', startedAt: 0, problems: ['startedAt'] },
    ]);
    expect(runningMeeting(doc)?.id).toBe(id);
  });

  it('a start beyond any plausible date (1e300 ms) is damaged: it neither runs nor holds posts', () => {
    const { doc } = workspace();
    doc.transact(() => {
      const record = new Y.Map<unknown>();
      meetingsMap(doc).set('k-fern', record);
      record.set('kind', 'crisis');
      record.set('startedAt', 1e300);
      record.set('decisions', new Y.Array());
    });
    expect(readMeetings(doc)).toMatchObject([{ id: 'k-fern', problems: ['startedAt'] }]);
    expect(runningMeeting(doc, 'crisis')).toBeNull();
    expect(postsOnHold(doc)).toBe(false);
    removeMeeting(doc, 'k-fern' as MeetingId);
    expect(readMeetings(doc)).toEqual([]);
  });

  it('find what happened on the board and which inputs were asked for while it ran', () => {
    const { doc, lena, jonas } = workspace();
    vi.useFakeTimers({ now: minutes(-60) });
    const before = addCard(doc, { title: 'Vorher angelegt', columnId: DEFAULT_COLUMNS[0]!.id });
    const id = startMeeting(doc, 'Lena Hoffmann', minutes(0));
    vi.setSystemTime(minutes(10));
    moveCard(doc, before, { columnId: DEFAULT_COLUMNS[4]!.id });
    vi.setSystemTime(minutes(12));
    requestInput(doc, {
      cardId: before,
      kind: 'visual',
      what: 'Foto vom Team',
      why: 'Ohne Bild läuft der Post schlecht',
      toId: jonas,
      fromId: lena,
      dueDate: '2026-12-02',
    });
    endMeeting(doc, 'Lena Hoffmann', minutes(30));
    vi.setSystemTime(minutes(40));
    addCard(doc, { title: 'Nachher angelegt', columnId: DEFAULT_COLUMNS[0]!.id });

    const meeting = readMeetings(doc).find((m) => m.id === id)!;
    const steps = stepsDuring(doc, meeting.startedAt, meeting.endedAt!);
    expect(steps.map((s) => [s.title, s.entry.type, s.entry.detail])).toEqual([
      ['Vorher angelegt', 'moved', 'Freigegeben'],
      ['Vorher angelegt', 'requested', 'Jonas Weber'],
    ]);
    expect(requestsDuring(doc, meeting.startedAt, meeting.endedAt!)).toMatchObject([
      { kind: 'visual', what: 'Foto vom Team', to: { name: 'Jonas Weber' }, dueDate: '2026-12-02' },
    ]);
  });

  it('count a move in the second the meeting started, though moves are stamped in whole seconds', () => {
    const { doc } = workspace();
    vi.useFakeTimers({ now: minutes(-5) });
    const card = addCard(doc, { title: 'Gleich verschoben', columnId: DEFAULT_COLUMNS[0]!.id });
    const start = minutes(0) + 700;
    startMeeting(doc, 'Lena Hoffmann', start);
    vi.setSystemTime(start + 200);
    moveCard(doc, card, { columnId: DEFAULT_COLUMNS[1]!.id });
    expect(stepsDuring(doc, start, minutes(1)).map((s) => s.entry.type)).toEqual(['moved']);
  });

  it('keep a crisis apart from the meeting: posts are on hold while it runs, and ending one leaves the other', () => {
    const { doc } = workspace();
    const meeting = startMeeting(doc, 'Lena Hoffmann', minutes(0));
    expect(postsOnHold(doc)).toBe(false);
    const crisis = startMeeting(doc, 'Sabine Krüger', minutes(3), {
      reason: '  Shitstorm wegen Lieferverzug ',
    });
    expect(crisis).not.toBe(meeting);
    expect(startMeeting(doc, 'Jonas Weber', minutes(4), { reason: 'noch einer' })).toBe(crisis);
    expect(postsOnHold(doc)).toBe(true);
    expect(runningMeeting(doc)?.id).toBe(meeting);
    expect(runningMeeting(doc, 'crisis')).toMatchObject({
      id: crisis,
      kind: 'crisis',
      reason: 'Shitstorm wegen Lieferverzug',
      startedBy: 'Sabine Krüger',
    });

    endMeeting(doc, 'Lena Hoffmann', minutes(30));
    expect(postsOnHold(doc)).toBe(true);
    endMeeting(doc, 'Sabine Krüger', minutes(90), 'crisis');
    expect(postsOnHold(doc)).toBe(false);
    const all = readMeetings(doc);
    expect(crisisAt(all, minutes(3))?.id).toBe(crisis);
    expect(crisisAt(all, minutes(90))?.id).toBe(crisis);
    expect(crisisAt(all, minutes(2))).toBeNull();
    expect(crisisAt(all, minutes(91))).toBeNull();
    expect(readMeetings(doc).map((m) => [m.kind, m.endedAt])).toEqual([
      ['crisis', minutes(90)],
      ['meeting', minutes(30)],
    ]);
  });

  it('keep the playbook as the team wrote it, up to its length', () => {
    const { doc } = workspace();
    expect(readPlaybook(doc)).toBe('');
    setPlaybook(doc, '1. Sabine (Presse) spricht.\n2. Lena hält alle Posts an.');
    expect(readPlaybook(doc)).toBe('1. Sabine (Presse) spricht.\n2. Lena hält alle Posts an.');
    setPlaybook(doc, 'x'.repeat(PLAYBOOK_MAX_CHARS + 10));
    expect(readPlaybook(doc)).toHaveLength(PLAYBOOK_MAX_CHARS);
  });
});
