import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { getCard } from './cards';
import { crisisCard, declareCrisis, readCrisisProcess } from './crisisProcess';
import type { PersonId } from './ids';
import { readMeetings, runningMeeting } from './meetings';
import { readPeople } from './people';
import { planOfCard } from './processPlan';
import { readProcesses } from './processes';
import { fillExamplePlan } from './sample';
import { createWorkspace } from './workspace';

const DECLARED = new Date('2026-12-01T14:10:00+01:00').getTime();

function example() {
  const doc = new Y.Doc();
  createWorkspace(doc, { name: 'Redaktion' });
  fillExamplePlan(doc, null, new Date(DECLARED));
  const lena = readPeople(doc).find((p) => p.role === 'social')!.id as PersonId;
  return { doc, lena };
}

describe('the crisis process', () => {
  it('comes with the example plan among its processes', () => {
    const { doc } = example();
    expect(readProcesses(doc).map((p) => p.name)).toEqual([
      'Krise',
      'Kundenservice-Hinweis',
      'Pressemitteilung begleiten',
      'Produktpost',
    ]);
    expect(readProcesses(doc).find((p) => p.id === readCrisisProcess(doc))?.name).toBe('Krise');
  });

  it('starts when a crisis is declared: its steps are due minutes after, approvals once the statement is in', () => {
    const { doc, lena } = example();
    declareCrisis(doc, {
      reason: 'Shitstorm',
      byName: 'Lena Hoffmann',
      by: lena,
      title: 'Krise: Shitstorm',
      now: DECLARED,
    });
    const crisis = runningMeeting(doc, 'crisis')!;
    const card = crisisCard(doc, crisis)!;
    expect(getCard(doc, card)).toMatchObject({
      title: 'Krise: Shitstorm',
      pos: { columnId: 'col-in-progress' },
    });
    const plan = planOfCard(doc, card, DECLARED)!;
    expect(plan.steps.map((s) => [s.step.what, s.assignee?.name ?? null, s.due?.time, s.state])).toEqual([
      ['Holding Statement entwerfen', 'Lena Hoffmann', '14:40', 'open'],
      ['Was Kund:innen gerade melden', 'Aylin Demir', '14:30', 'open'],
      ['Holding Statement freigeben', 'Sabine Krüger', '15:10', 'waiting'],
      ['Holding Statement freigeben', 'Dr. Thomas Brandt', '15:10', 'waiting'],
    ]);
    // Declaring again while it runs starts nothing new.
    declareCrisis(doc, {
      reason: 'Noch einer',
      byName: 'Lena Hoffmann',
      by: lena,
      title: 'Krise: 2',
      now: DECLARED,
    });
    expect(readMeetings(doc).filter((m) => m.kind === 'crisis')).toHaveLength(1);
  });
});
