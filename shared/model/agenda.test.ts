import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { meetingAgenda } from './agenda';
import { addCard, readCards, setArchived } from './cards';
import type { ColumnId } from './ids';
import { zonedNow } from './calendarDates';
import { addPerson } from './people';
import { fillExamplePlan } from './sample';
import { createWorkspace } from './workspace';

// Wednesday 9 December 2026, 09:00 in Berlin: KW 50.
const INSTANT = new Date('2026-12-09T08:00:00Z');
const NOW = zonedNow('Europe/Berlin', INSTANT);

function examplePlan(): Y.Doc {
  const doc = new Y.Doc();
  createWorkspace(doc, { name: 'Beispiel GmbH' });
  fillExamplePlan(doc, addPerson(doc, { name: 'Lena Hoffmann', role: 'social' }), INSTANT);
  return doc;
}

describe('meetingAgenda', () => {
  it('lists the posts at risk this week and next, open approvals, overdue inputs and the oldest ideas', () => {
    const agenda = meetingAgenda(examplePlan(), NOW);
    // Thursday and Friday of this week, not approved: at risk; last week's overdue post is not this week's.
    expect(agenda.posts.map((p) => [p.slot.date, p.risk, p.title])).toEqual([
      ['2026-12-10', 'atRisk', 'Newsletter Dezember: Highlights des Jahres'],
      ['2026-12-10', 'atRisk', 'Karriere-Post: Wir suchen Servicetechniker:innen'],
      ['2026-12-11', 'atRisk', 'Messe-Teaser: Wir sind auf der BAU in München'],
    ]);
    expect(agenda.approvals.map((a) => [a.title, a.names])).toEqual([
      ['Produktlaunch EcoLine: Teaser-Video', ['Dr. Thomas Brandt']],
    ]);
    expect(agenda.overdueInputs.map((r) => [r.title, r.names, r.dueDate])).toEqual([
      ['Kundenstimme: Familie Schulz über ihre neue Heizung', ['Aylin Demir'], '2026-12-02'],
    ]);
    // The unplanned cards of "Ideen" (all made at once here, so in the order of their ids).
    expect(agenda.ideas.map((i) => i.title).sort()).toEqual([
      'FAQ-Karussell: Die 5 häufigsten Fragen zur Lieferung',
      'Jubiläum: 75 Jahre am Standort Leipzig',
      'Tutorial-Reel: Filter richtig wechseln in 30 Sekunden',
      'Umfrage: Welche Themen wünscht ihr euch 2027?',
    ]);
  });

  it('lists the ideas that waited longest first, at most five', () => {
    const doc = new Y.Doc();
    createWorkspace(doc, { name: 'Beispiel GmbH' });
    for (let i = 0; i < 7; i++)
      addCard(doc, { title: `Idee ${i}`, columnId: 'col-ideas' as ColumnId, now: 1000 - i });
    expect(meetingAgenda(doc, NOW).ideas.map((i) => i.title)).toEqual([
      'Idee 6',
      'Idee 5',
      'Idee 4',
      'Idee 3',
      'Idee 2',
    ]);
  });

  it('leaves archived cards and their requests out', () => {
    const doc = examplePlan();
    for (const card of readCards(doc)) setArchived(doc, card.id, true);
    expect(meetingAgenda(doc, NOW)).toEqual({ posts: [], approvals: [], overdueInputs: [], ideas: [] });
  });
});
