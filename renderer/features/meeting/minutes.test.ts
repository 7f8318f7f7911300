import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import {
  DEFAULT_COLUMNS,
  addAttachment,
  addCard,
  addChannel,
  addDecision,
  addPerson,
  createWorkspace,
  endMeeting,
  moveCard,
  notePresent,
  readMeetings,
  requestApproval,
  requestInput,
  scheduleCard,
  setActor,
  startMeeting,
} from '../../../shared/model';
import { translate } from '../../i18n';
import type { MessageKey } from '../../i18n/de';
import { formatTime } from '../requests/format';
import { minutesMarkdown, minutesOf } from './minutes';

const words = {
  t: (key: MessageKey, params?: { [name: string]: string | number }) => translate('de', key, params),
  locale: 'de' as const,
  formatDate: (date: Date | number) =>
    new Date(date).toLocaleDateString('de-DE', {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      timeZone: 'UTC',
    }),
};
const START = Date.UTC(2026, 10, 30, 9, 0);
const at = (minutes: number) => START + minutes * 60_000;

afterEach(() => vi.useRealTimers());

describe('minutes', () => {
  it('say who was there, what was decided and asked for, and what happened on the board', () => {
    const doc = new Y.Doc();
    createWorkspace(doc, { name: 'Stadtwerke Musterstadt' });
    const lena = addPerson(doc, { name: 'Lena Hoffmann', role: 'social' });
    const jonas = addPerson(doc, { name: 'Jonas Weber', role: 'marketing' });
    const thomas = addPerson(doc, { name: 'Dr. Thomas Brandt', role: 'management' });
    const linkedIn = addChannel(doc, { name: 'LinkedIn', kind: 'linkedin' });
    setActor(doc, { id: lena, name: 'Lena Hoffmann' });
    vi.useFakeTimers({ now: at(-30) });
    const reel = addCard(doc, { title: 'Tutorial-Reel', columnId: DEFAULT_COLUMNS[0]!.id });
    const teaser = addCard(doc, { title: 'Messe-Teaser', columnId: DEFAULT_COLUMNS[1]!.id });

    const id = startMeeting(doc, 'Lena Hoffmann', at(0));
    notePresent(doc, id, { id: lena, name: 'Lena Hoffmann' });
    notePresent(doc, id, { id: jonas, name: 'Jonas Weber' });
    vi.setSystemTime(at(5));
    moveCard(doc, reel, { columnId: DEFAULT_COLUMNS[1]!.id });
    addDecision(doc, id, 'Reels nur noch mit Untertiteln.\nGilt ab sofort.', 'Jonas Weber', at(7));
    vi.setSystemTime(at(12));
    requestInput(doc, {
      cardId: reel,
      kind: 'visual',
      what: 'Drei Fotos aus der Werkstatt',
      why: 'Das Reel braucht ein Titelbild',
      toId: jonas,
      fromId: lena,
      dueDate: '2026-12-02',
    });
    vi.setSystemTime(at(20));
    scheduleCard(doc, teaser, { date: '2026-12-03', time: '09:00', channelId: linkedIn });
    requestApproval(doc, { cardId: teaser, approverIds: [thomas], fromId: lena, why: '', dueDate: null });
    endMeeting(doc, 'Lena Hoffmann', at(45));
    vi.setSystemTime(at(60));
    moveCard(doc, teaser, { columnId: DEFAULT_COLUMNS[2]!.id });

    const meeting = readMeetings(doc)[0]!;
    const text = minutesMarkdown(minutesOf(doc, meeting, words, at(90)), 'Keine.');
    const time = (minutes: number) => formatTime(at(minutes));
    expect(text).toBe(
      [
        `# Redaktionssitzung vom 30.11.2026, ${time(0)}–${time(45)} Uhr`,
        '',
        'Arbeitsbereich: Stadtwerke Musterstadt',
        '',
        '## Anwesend',
        '',
        'Jonas Weber, Lena Hoffmann',
        '',
        '## Beschlüsse',
        '',
        `1. Reels nur noch mit Untertiteln. Gilt ab sofort. (Jonas Weber, ${time(7)})`,
        '',
        '## Aufgaben',
        '',
        '- Jonas Weber: Drei Fotos aus der Werkstatt für „Tutorial-Reel“, bis 02.12.2026. Warum: Das Reel braucht ein Titelbild (angefragt von Lena Hoffmann)',
        '- Freigabe von „Messe-Teaser“ durch Dr. Thomas Brandt. (angefordert von Lena Hoffmann)',
        '',
        '## Auf dem Board',
        '',
        `- ${time(5)} „Tutorial-Reel“: Lena Hoffmann hat die Karte nach In Arbeit verschoben`,
        // Asking for the approval moved the card to review (stages.ts), in the same minute.
        `- ${time(20)} „Messe-Teaser“: Lena Hoffmann hat die Karte nach Zur Freigabe verschoben`,
        `- ${time(20)} „Messe-Teaser“: Lena Hoffmann hat die Karte für 03.12.2026 09:00 · LinkedIn eingeplant`,
        '',
      ].join('\n'),
    );
  });

  it('name the files of a card after what was asked for on it', () => {
    const doc = new Y.Doc();
    createWorkspace(doc, { name: 'Redaktion' });
    const lena = addPerson(doc, { name: 'Lena Hoffmann', role: 'social' });
    const jonas = addPerson(doc, { name: 'Jonas Weber', role: 'marketing' });
    vi.useFakeTimers({ now: at(-30) });
    const reel = addCard(doc, { title: 'Tutorial-Reel', columnId: DEFAULT_COLUMNS[0]!.id });
    const id = startMeeting(doc, 'Lena Hoffmann', at(0));
    vi.setSystemTime(at(12));
    requestInput(doc, {
      cardId: reel,
      kind: 'visual',
      what: 'Titelbild',
      why: 'Für das Reel',
      toId: jonas,
      fromId: lena,
      dueDate: null,
    });
    addAttachment(doc, {
      cardId: reel,
      hash: 'ab'.repeat(32),
      name: 'werkstatt.jpg',
      type: 'image/jpeg',
      size: 10,
      by: jonas,
    });
    endMeeting(doc, 'Lena Hoffmann', at(45));
    const meeting = readMeetings(doc).find((m) => m.id === id)!;
    const text = minutesMarkdown(minutesOf(doc, meeting, words, at(90)), 'Keine.');
    expect(text).toContain('„Tutorial-Reel“');
    expect(text).toMatch(/Titelbild für „Tutorial-Reel“.* Dateien: werkstatt\.jpg/);
  });

  it('of a meeting that still runs reach until now, and say "Keine." where nothing happened', () => {
    const doc = new Y.Doc();
    createWorkspace(doc, { name: 'Team' });
    startMeeting(doc, '', at(0));
    const minutes = minutesOf(doc, readMeetings(doc)[0]!, words, at(10));
    expect(minutes.title).toBe(
      `Redaktionssitzung vom 30.11.2026, ${formatTime(at(0))}–${formatTime(at(10))} Uhr`,
    );
    expect(minutes.sections.map((s) => s.items.length)).toEqual([0, 0, 0, 0]);
    expect(minutesMarkdown(minutes, 'Keine.').match(/Keine\./g)).toHaveLength(4);
  });

  it('of a crisis say why it was declared, and call its decisions so', () => {
    const doc = new Y.Doc();
    createWorkspace(doc, { name: 'Team' });
    startMeeting(doc, 'Sabine Krüger', at(0), { reason: 'Shitstorm wegen Lieferverzug' });
    const crisis = readMeetings(doc)[0]!;
    addDecision(doc, crisis.id, 'Nur die Pressestelle antwortet', 'Sabine Krüger', at(2));
    const minutes = minutesOf(doc, readMeetings(doc)[0]!, words, at(20));
    expect(minutes.title).toBe(
      `Krisenprotokoll vom 30.11.2026, ${formatTime(at(0))}–${formatTime(at(20))} Uhr`,
    );
    expect(minutes.sections.map((s) => [s.heading, s.items])).toEqual([
      ['Anlass', ['Shitstorm wegen Lieferverzug']],
      ['Anwesend', []],
      ['Entscheidungen', [`Nur die Pressestelle antwortet (Sabine Krüger, ${formatTime(at(2))})`]],
      ['Aufgaben', []],
      ['Auf dem Board', []],
    ]);
  });
});
