import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addAbsence, removeAbsence, updateAbsence } from './absences';
import { addCard } from './cards';
import { addChannel } from './channels';
import { readHistory } from './history';
import type { CardId, ChannelId, ColumnId } from './ids';
import { addPerson } from './people';
import { planOfCard, rescheduleWithProcess, scheduleWithProcess, stepRequestId } from './processPlan';
import { addProcess, type StepId } from './processes';
import { getRequest } from './requestReads';
import { answerRequest, decideApproval, requestApproval, requestInput } from './requests';
import type { InputRequest, Request, RequestId } from './schema';
import { createWorkspace } from './workspace';

const NOW = new Date('2026-12-01T09:00:00+01:00').getTime(); // a Tuesday

function team() {
  const doc = new Y.Doc();
  createWorkspace(doc, { name: 'Redaktion' });
  const anna = addPerson(doc, { name: 'Anna Becker', role: 'social' });
  const ben = addPerson(doc, { name: 'Ben Schulz', role: 'marketing' });
  const carla = addPerson(doc, { name: 'Carla Nowak', role: 'other' });
  const dora = addPerson(doc, { name: 'Dora Kim', role: 'press' });
  const channel = addChannel(doc, { name: 'Instagram', kind: 'instagram', slotTemplate: [] });
  const card = addCard(doc, {
    title: 'Produktpost',
    columnId: 'col-ideas' as ColumnId,
    field: 'marketing',
    ownerId: anna,
    createdBy: anna,
  });
  return { doc, anna, ben, carla, dora, channel, card };
}

function askBen(t: ReturnType<typeof team>, dueDate: string): RequestId {
  return requestInput(t.doc, {
    cardId: t.card,
    kind: 'text',
    what: 'Produkttext',
    why: 'Marketing kennt das Produkt.',
    toId: t.ben,
    fromId: t.anna,
    dueDate,
    now: NOW,
  });
}

const input = (doc: Y.Doc, id: RequestId) => getRequest(doc, id) as InputRequest;
const history = (doc: Y.Doc, card: CardId) =>
  readHistory(doc, card).entries.map((e) => [e.type, e.detail] as const);

describe('an absence recorded after requests were made', () => {
  it('passes the open requests due in it to the stand-in, with a note and a line in the history', () => {
    const t = team();
    const inside = askBen(t, '2026-12-09');
    const before = askBen(t, '2026-12-04');
    addAbsence(t.doc, {
      personId: t.ben,
      kind: 'vacation',
      from: '2026-12-07',
      to: '2026-12-11',
      standInId: t.carla,
      createdBy: t.ben,
      now: NOW + 1000,
    });
    expect(input(t.doc, inside)).toMatchObject({
      to: { id: t.carla, name: 'Carla Nowak' },
      assignedAt: NOW + 1000,
      standIns: [{ id: t.carla, forId: t.ben, forName: 'Ben Schulz', kind: 'vacation', until: '2026-12-11' }],
    });
    // Due before the absence: Ben does it himself.
    expect(input(t.doc, before)).toMatchObject({ to: { id: t.ben }, standIns: [] });
    expect(history(t.doc, t.card).at(-1)).toEqual(['passedOn', 'Carla Nowak']);
    expect(readHistory(t.doc, t.card).entries.at(-1)!.name).toBe('Ben Schulz');
  });

  it('leaves what is answered alone, and says so when nobody can stand in', () => {
    const t = team();
    const delivered = askBen(t, '2026-12-08');
    answerRequest(t.doc, delivered, { type: 'delivered', by: t.ben, now: NOW });
    const open = askBen(t, '2026-12-09');
    addAbsence(t.doc, { personId: t.ben, kind: 'travel', from: '2026-12-07', to: '2026-12-11', now: NOW });
    expect(input(t.doc, delivered).to?.id).toBe(t.ben);
    // Nobody stands in: it stays with Ben, and the history says why it waits.
    expect(input(t.doc, open)).toMatchObject({ to: { id: t.ben }, standIns: [] });
    expect(history(t.doc, t.card)).toContainEqual(['noStandIn', 'Ben Schulz']);
  });

  it('goes back to the person when the absence is removed, and to the new stand-in when it changes', () => {
    const t = team();
    const id = askBen(t, '2026-12-09');
    const absence = addAbsence(t.doc, {
      personId: t.ben,
      kind: 'vacation',
      from: '2026-12-07',
      to: '2026-12-11',
      standInId: t.carla,
    });
    expect(input(t.doc, id).to?.id).toBe(t.carla);
    updateAbsence(t.doc, absence, { standInId: t.dora }, t.ben, NOW);
    expect(input(t.doc, id)).toMatchObject({ to: { id: t.dora }, standIns: [{ id: t.dora, forId: t.ben }] });
    // Shortened so that the due date is no longer in it: back to Ben.
    updateAbsence(t.doc, absence, { to: '2026-12-08' }, t.ben, NOW);
    expect(input(t.doc, id)).toMatchObject({ to: { id: t.ben }, standIns: [] });
    updateAbsence(t.doc, absence, { to: '2026-12-11' }, t.ben, NOW);
    expect(input(t.doc, id).to?.id).toBe(t.dora);
    removeAbsence(t.doc, absence, t.ben, NOW);
    expect(input(t.doc, id)).toMatchObject({ to: { id: t.ben, name: 'Ben Schulz' }, standIns: [] });
  });

  it('moves only the approvers who have not decided, and never to someone who may not approve', () => {
    const t = team();
    const id = requestApproval(t.doc, {
      cardId: t.card,
      approverIds: [t.dora, t.ben],
      fromId: t.anna,
      dueDate: '2026-12-09',
      now: NOW,
    });
    decideApproval(t.doc, id, { by: t.dora, decision: 'approved', now: NOW });
    addAbsence(t.doc, {
      personId: t.dora,
      kind: 'vacation',
      from: '2026-12-07',
      to: '2026-12-11',
      standInId: t.carla,
    });
    addAbsence(t.doc, {
      personId: t.ben,
      kind: 'vacation',
      from: '2026-12-07',
      to: '2026-12-11',
      standInId: t.carla,
    });
    const approval = getRequest(t.doc, id) as Request & { kind: 'approval' };
    expect(approval.approvers.map((a) => a.id)).toEqual([t.dora, t.carla]);
    expect(approval.standIns).toMatchObject([{ id: t.carla, forId: t.ben }]);
    decideApproval(t.doc, id, { by: t.carla, decision: 'approved', now: NOW });
    expect(getRequest(t.doc, id)).toMatchObject({ settledAt: NOW });

    // Anna owns the card: as a stand-in she does not get its approval; it stays with Dora, flagged.
    const again = requestApproval(t.doc, {
      cardId: t.card,
      approverIds: [t.dora],
      fromId: t.ben,
      dueDate: '2026-12-21',
      now: NOW,
    });
    addAbsence(t.doc, {
      personId: t.dora,
      kind: 'travel',
      from: '2026-12-21',
      to: '2026-12-22',
      standInId: t.anna,
    });
    expect((getRequest(t.doc, again) as Request & { kind: 'approval' }).approvers.map((a) => a.id)).toEqual([
      t.dora,
    ]);
    expect(history(t.doc, t.card)).toContainEqual(['noStandIn', 'Dora Kim']);
  });

  it('is done once, by the device that records it: the other device receives the result and converges', () => {
    const t = team();
    const id = askBen(t, '2026-12-09');
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(t.doc));
    addAbsence(other, {
      personId: t.ben,
      kind: 'vacation',
      from: '2026-12-07',
      to: '2026-12-11',
      standInId: t.carla,
    });
    // Meanwhile Anna asks Ben once more on her laptop, not knowing about the absence yet.
    const meanwhile = askBen(t, '2026-12-10');
    Y.applyUpdate(t.doc, Y.encodeStateAsUpdate(other));
    Y.applyUpdate(other, Y.encodeStateAsUpdate(t.doc));
    for (const doc of [t.doc, other]) {
      expect(input(doc, id).to?.id).toBe(t.carla);
      expect(history(doc, t.card).filter(([type]) => type === 'passedOn')).toHaveLength(1);
      // What was asked concurrently stays with Ben; the plan marks the post at risk (absenceRisk.ts).
      expect(input(doc, meanwhile).to?.id).toBe(t.ben);
    }
    expect(Y.encodeStateVector(t.doc)).toEqual(Y.encodeStateVector(other));
  });
});

describe('a process step whose due date moves with its slot', () => {
  const STEPS = {
    name: 'Produktpost',
    match: { field: ['marketing' as const] },
    approvals: 'sequential' as const,
    steps: [
      {
        id: 's-text' as StepId,
        type: 'input' as const,
        kind: 'text' as const,
        who: { role: 'marketing' as const },
        what: 'Produkttext',
        why: 'Marketing kennt das Produkt.',
        offset: 5,
      },
      {
        id: 's-press' as StepId,
        type: 'approval' as const,
        who: { role: 'press' as const },
        what: 'Freigabe',
        why: 'Aussagen prüfen.',
        offset: 2,
      },
    ],
  };
  const slot = (date: string, channelId: ChannelId) => ({ date, time: '10:00', channelId });

  it('goes to the stand-in when the new due date falls into an absence, and back when it leaves it', () => {
    const t = team();
    addProcess(t.doc, STEPS);
    addAbsence(t.doc, {
      personId: t.ben,
      kind: 'vacation',
      from: '2026-12-14',
      to: '2026-12-18',
      standInId: t.carla,
    });
    scheduleWithProcess(t.doc, t.card, slot('2026-12-14', t.channel), t.anna, NOW);
    const text = stepRequestId(t.card, 's-text' as StepId, 1)!;
    expect(input(t.doc, text)).toMatchObject({ dueDate: '2026-12-07', to: { id: t.ben } });

    // A week later the text is due on Monday 14.12., in Ben's vacation: Carla gets it, and it says why.
    rescheduleWithProcess(t.doc, t.card, { date: '2026-12-21' }, t.anna, NOW);
    expect(input(t.doc, text)).toMatchObject({
      dueDate: '2026-12-14',
      to: { id: t.carla },
      standIns: [{ id: t.carla, forId: t.ben, until: '2026-12-18' }],
    });
    expect(planOfCard(t.doc, t.card, NOW)!.steps[0]).toMatchObject({
      assignee: { id: t.carla },
      state: 'open',
    });
    expect(history(t.doc, t.card)).toContainEqual(['passedOn', 'Carla Nowak']);

    // Back before the absence: Ben again.
    rescheduleWithProcess(t.doc, t.card, { date: '2026-12-11' }, t.anna, NOW);
    expect(input(t.doc, text)).toMatchObject({ dueDate: '2026-12-04', to: { id: t.ben }, standIns: [] });
  });

  it('moved into the past it is due today, says it is late, and today’s stand-in gets it', () => {
    const t = team();
    addProcess(t.doc, STEPS);
    addAbsence(t.doc, {
      personId: t.ben,
      kind: 'travel',
      from: '2026-12-01',
      to: '2026-12-02',
      standInId: t.carla,
    });
    scheduleWithProcess(t.doc, t.card, slot('2026-12-14', t.channel), t.anna, NOW);
    const text = stepRequestId(t.card, 's-text' as StepId, 1)!;
    expect(input(t.doc, text).to?.id).toBe(t.ben);
    const applied = rescheduleWithProcess(t.doc, t.card, { date: '2026-12-04' }, t.anna, NOW);
    // Five working days before Friday 04.12. was Friday 27.11.: too late, asked for today instead.
    expect(applied.late.map((s) => [s.step.id, s.due?.date])).toEqual([['s-text', '2026-11-27']]);
    expect(input(t.doc, text)).toMatchObject({ dueDate: '2026-12-01', to: { id: t.carla } });
    expect(planOfCard(t.doc, t.card, NOW)!.steps[0]).toMatchObject({ late: true, assignee: { id: t.carla } });
  });

  it('with nobody to stand in stays with the person and says so', () => {
    const t = team();
    addProcess(t.doc, STEPS);
    addAbsence(t.doc, { personId: t.ben, kind: 'vacation', from: '2026-12-14', to: '2026-12-18' });
    scheduleWithProcess(t.doc, t.card, slot('2026-12-14', t.channel), t.anna, NOW);
    rescheduleWithProcess(t.doc, t.card, { date: '2026-12-21' }, t.anna, NOW);
    const text = stepRequestId(t.card, 's-text' as StepId, 1)!;
    expect(input(t.doc, text)).toMatchObject({ dueDate: '2026-12-14', to: { id: t.ben } });
    expect(history(t.doc, t.card)).toContainEqual(['noStandIn', 'Ben Schulz']);
  });
});
