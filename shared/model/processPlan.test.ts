import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCampaign, setCardCampaign } from './campaigns';
import { addCard, getCard } from './cards';
import { addChannel } from './channels';
import type { CardId, ChannelId, ColumnId, PersonId } from './ids';
import { addPerson } from './people';
import {
  applyProcess,
  cardsWithReadySteps,
  openReadySteps,
  planOfCard,
  processOfCard,
  rescheduleWithProcess,
  scheduleWithProcess,
  stepRequestId,
  unscheduleWithRequests,
} from './processPlan';
import {
  addProcess,
  getProcess,
  NO_PROCESS,
  processesMap,
  type ProcessId,
  type ProcessInput,
  type StepId,
} from './processes';
import { newRecord } from './doc';
import { updatePost } from './post';
import { getRequest, readRequests, requestStatus } from './requestReads';
import { answerRequest, decideApproval } from './requests';
import type { Role } from './schema';
import { createWorkspace } from './workspace';

const IDEAS = 'col-ideas' as ColumnId;
/** Instants on the Berlin wall clock of the workspace (CET in winter, CEST in summer). */
const berlin = (iso: string) => new Date(iso).getTime();
const NOW = berlin('2026-12-01T09:00:00+01:00'); // a Tuesday

const PRODUCT_POST: ProcessInput = {
  name: 'Produktpost',
  match: { field: ['marketing'] },
  approvals: 'sequential',
  steps: [
    {
      id: 's-text' as StepId,
      type: 'input',
      kind: 'text',
      who: { role: 'marketing' },
      what: 'Produkttext',
      why: 'Marketing kennt das Produkt.',
      offset: 5,
    },
    {
      id: 's-press' as StepId,
      type: 'approval',
      who: { role: 'press' },
      what: 'Freigabe',
      why: 'Aussagen prüfen.',
      offset: 2,
    },
    {
      id: 's-gf' as StepId,
      type: 'approval',
      who: { role: 'management' },
      what: 'Freigabe',
      why: 'Unternehmenskommunikation.',
      offset: 1,
    },
  ],
};

function team(
  roles: [string, Role][] = [
    ['Anna', 'social'],
    ['Ben', 'marketing'],
    ['Dana', 'press'],
    ['Gero', 'management'],
  ],
) {
  const doc = new Y.Doc();
  createWorkspace(doc, { name: 'Redaktion' });
  const people = new Map<string, PersonId>();
  for (const [name, role] of roles) people.set(name, addPerson(doc, { name, role }));
  const channel = addChannel(doc, { name: 'Instagram', kind: 'instagram', slotTemplate: [] });
  const card = addCard(doc, {
    title: 'EcoLine',
    columnId: IDEAS,
    field: 'marketing',
    ownerId: people.get('Anna') ?? null,
    createdBy: people.get('Anna') ?? null,
  });
  return { doc, people, channel, card, person: (name: string) => people.get(name)! };
}

const slot = (date: string, channelId: ChannelId) => ({ date, time: '10:00', channelId });
const states = (doc: Y.Doc, card: CardId, now = NOW) =>
  planOfCard(doc, card, now)!.steps.map((s) => [s.assignee?.name ?? null, s.due?.date ?? null, s.state]);
const columnOf = (doc: Y.Doc, card: CardId) => getCard(doc, card)!.pos.columnId;

describe('due dates counted back from the slot', () => {
  const dueOf = (slotDate: string, offset: number) => {
    const { doc, channel, card } = team();
    addProcess(doc, {
      name: 'Ein Schritt',
      match: { field: ['marketing'] },
      steps: [{ type: 'input', who: { role: 'marketing' }, what: 'Text', why: 'Weil', offset }],
    });
    scheduleWithProcess(doc, card, slot(slotDate, channel), null, berlin('2026-01-05T09:00:00+01:00'));
    return planOfCard(doc, card, berlin('2026-01-05T09:00:00+01:00'))!.steps[0]!.due!.date;
  };

  it('skip weekends', () => {
    expect(dueOf('2027-02-15', 2)).toBe('2027-02-11'); // Monday → Thursday before
    expect(dueOf('2027-02-13', 0)).toBe('2027-02-13'); // on the day itself, a Saturday post
  });

  it('skip Good Friday and Easter Monday', () => {
    // Easter 2027 is 28 March: Tuesday 30 → back over Easter Monday, the weekend and Good Friday.
    expect(dueOf('2027-03-30', 2)).toBe('2027-03-24');
  });

  it('skip Christmas and the days between', () => {
    // Monday 28.12.2026: Sunday, Boxing Day (Saturday), Christmas (Friday) are no working days.
    expect(dueOf('2026-12-28', 2)).toBe('2026-12-23');
    expect(dueOf('2027-01-04', 3)).toBe('2026-12-29'); // over New Year and the weekend
  });

  it('stay calendar dates across the change of summer time', () => {
    // Summer time ends on Sunday 25.10.2026: the count is in days, never in hours.
    expect(dueOf('2026-10-26', 1)).toBe('2026-10-23');
    expect(dueOf('2027-03-29', 5)).toBe('2027-03-19'); // over the start of summer time (28.03.)
  });

  it('in minutes run on the wall clock, also in the hour that repeats when summer time ends', () => {
    const { doc, person } = team();
    const crisis = addProcess(doc, {
      name: 'Krise',
      timing: 'minutes',
      steps: [
        { type: 'input', who: { role: 'social' }, what: 'Holding Statement', why: 'Schnell', offset: 60 },
        { type: 'approval', who: { role: 'press' }, what: 'Freigabe', why: 'Presse', offset: 120 },
      ],
    });
    const declared = berlin('2026-10-25T01:30:00+02:00'); // 01:30 summer time; 03:00 becomes 02:00
    const card = addCard(doc, { title: 'Krise', columnId: IDEAS, ownerId: person('Gero'), now: declared });
    applyProcess(doc, card, { by: person('Gero'), processId: crisis, now: declared });
    const plan = planOfCard(doc, card, declared)!;
    expect(plan.steps.map((s) => s.due)).toEqual([
      { date: '2026-10-25', time: '02:30' }, // still summer time
      { date: '2026-10-25', time: '02:30' }, // the same wall clock again, an hour later, in winter time
    ]);
    const [holding] = readRequests(doc).requests;
    expect(holding).toMatchObject({ dueDate: '2026-10-25', dueTime: '02:30', what: 'Holding Statement' });
  });
});

describe('applying a process', () => {
  it('asks for the inputs at once; approvals open one after another', () => {
    const { doc, channel, card, person } = team();
    addProcess(doc, PRODUCT_POST);
    const applied = scheduleWithProcess(doc, card, slot('2026-12-14', channel), person('Anna'), NOW);
    expect(applied.late).toEqual([]);
    expect(states(doc, card)).toEqual([
      ['Ben', '2026-12-07', 'open'],
      ['Dana', '2026-12-10', 'waiting'],
      ['Gero', '2026-12-11', 'waiting'],
    ]);
    const text = stepRequestId(card, 's-text', 1)!;
    expect(getRequest(doc, text)).toMatchObject({
      kind: 'text',
      why: 'Marketing kennt das Produkt.',
      from: { name: 'Anna' },
    });

    answerRequest(doc, text, { type: 'delivered', by: person('Ben'), now: NOW });
    expect(states(doc, card).map((s) => s[2])).toEqual(['done', 'open', 'waiting']);
    expect(columnOf(doc, card)).toBe('col-review');

    decideApproval(doc, stepRequestId(card, 's-press', 1)!, {
      by: person('Dana'),
      decision: 'approved',
      now: NOW,
    });
    expect(states(doc, card).map((s) => s[2])).toEqual(['done', 'done', 'open']);
    expect(columnOf(doc, card)).toBe('col-review'); // not approved while management has not decided

    decideApproval(doc, stepRequestId(card, 's-gf', 1)!, {
      by: person('Gero'),
      decision: 'approved',
      now: NOW,
    });
    expect(states(doc, card).map((s) => s[2])).toEqual(['done', 'done', 'done']);
    expect(columnOf(doc, card)).toBe('col-approved');
  });

  it('opens approvals together when the process says so, once the inputs are in', () => {
    const { doc, channel, card, person } = team();
    addProcess(doc, { ...PRODUCT_POST, approvals: 'together' });
    scheduleWithProcess(doc, card, slot('2026-12-14', channel), person('Anna'), NOW);
    expect(states(doc, card).map((s) => s[2])).toEqual(['open', 'waiting', 'waiting']);
    answerRequest(doc, stepRequestId(card, 's-text', 1)!, { type: 'delivered', by: person('Ben'), now: NOW });
    expect(states(doc, card).map((s) => s[2])).toEqual(['done', 'open', 'open']);
  });

  it('resolves a role to nobody, one person, or the first of several in name order', () => {
    const { doc, channel, card, person } = team([
      ['Anna', 'social'],
      ['Zora', 'marketing'],
      ['Ben', 'marketing'],
    ]);
    addProcess(doc, PRODUCT_POST);
    scheduleWithProcess(doc, card, slot('2026-12-14', channel), person('Anna'), NOW);
    const plan = planOfCard(doc, card, NOW)!;
    expect(plan.steps[0]!.candidates.map((c) => c.name)).toEqual(['Ben', 'Zora']);
    expect(plan.steps[0]!.assignee?.name).toBe('Ben');
    expect(plan.steps[1]).toMatchObject({ candidates: [], assignee: null, state: 'nobody' });
    expect(readRequests(doc).requests).toHaveLength(1);

    // Nobody in the press office: the step holds nothing up, management's approval opens.
    answerRequest(doc, stepRequestId(card, 's-text', 1)!, { type: 'delivered', by: person('Ben'), now: NOW });
    expect(states(doc, card).map((s) => s[2])).toEqual(['done', 'nobody', 'nobody']);
    const gero = addPerson(doc, { name: 'Gero', role: 'management' });
    expect(cardsWithReadySteps(doc, NOW)).toEqual([card]);
    openReadySteps(doc, card, NOW);
    expect(states(doc, card)[2]).toEqual(['Gero', '2026-12-11', 'open']);
    expect(getRequest(doc, stepRequestId(card, 's-gf', 1)!)).toMatchObject({ approvers: [{ id: gero }] });
  });

  it('never asks the card’s owner to approve it: the next of the role does', () => {
    const { doc, channel, card, person } = team([
      ['Anna', 'press'],
      ['Ben', 'marketing'],
      ['Carla', 'press'],
    ]);
    addProcess(doc, { ...PRODUCT_POST, steps: PRODUCT_POST.steps!.slice(1, 2) });
    scheduleWithProcess(doc, card, slot('2026-12-14', channel), person('Anna'), NOW);
    expect(states(doc, card)).toEqual([['Carla', '2026-12-10', 'open']]);
  });

  it('moves the due dates of open steps with the slot; delivered ones stay', () => {
    const { doc, channel, card, person } = team();
    addProcess(doc, {
      ...PRODUCT_POST,
      approvals: 'together',
      steps: [
        ...PRODUCT_POST.steps!,
        {
          id: 's-visual' as StepId,
          type: 'input',
          kind: 'visual',
          who: { role: 'marketing' },
          what: 'Bild',
          why: 'Ohne Bild kein Post.',
          offset: 4,
        },
      ],
    });
    scheduleWithProcess(doc, card, slot('2026-12-14', channel), person('Anna'), NOW);
    answerRequest(doc, stepRequestId(card, 's-text', 1)!, { type: 'delivered', by: person('Ben'), now: NOW });
    const visual = stepRequestId(card, 's-visual', 1)!;
    expect(getRequest(doc, visual)!.dueDate).toBe('2026-12-08');

    rescheduleWithProcess(doc, card, { date: '2026-12-16' }, person('Anna'), NOW);
    expect(getRequest(doc, stepRequestId(card, 's-text', 1)!)!.dueDate).toBe('2026-12-07');
    expect(getRequest(doc, visual)!.dueDate).toBe('2026-12-10');
    // The approvals opened after the text (the visual comes after them in the process) move too.
    expect(getRequest(doc, stepRequestId(card, 's-press', 1)!)!.dueDate).toBe('2026-12-14');
    expect(getRequest(doc, stepRequestId(card, 's-gf', 1)!)!.dueDate).toBe('2026-12-15');
    expect(readRequests(doc).requests).toHaveLength(4);
    expect(planOfCard(doc, card, NOW)!.steps.map((s) => s.due?.date)).toEqual([
      '2026-12-07', // delivered: as it was asked for
      '2026-12-14',
      '2026-12-15',
      '2026-12-10',
    ]);
  });

  it('says at once when a step is already late, and asks for it today instead of in the past', () => {
    const { doc, channel, card, person } = team();
    addProcess(doc, PRODUCT_POST);
    const applied = scheduleWithProcess(doc, card, slot('2026-12-03', channel), person('Anna'), NOW);
    // Five working days before Thursday 03.12. was 26.11.; the press office's step is due today, in time.
    expect(applied.late.map((s) => [s.step.id, s.due?.date])).toEqual([['s-text', '2026-11-26']]);
    expect(getRequest(doc, stepRequestId(card, 's-text', 1)!)!.dueDate).toBe('2026-12-01');
  });

  it('withdraws open requests when the card is taken out of the plan, and plans anew when it is back', () => {
    const { doc, channel, card, person } = team();
    addProcess(doc, PRODUCT_POST);
    scheduleWithProcess(doc, card, slot('2026-12-14', channel), person('Anna'), NOW);
    unscheduleWithRequests(doc, card, person('Anna'), true, NOW);
    expect(readRequests(doc).requests.map(requestStatus)).toEqual(['cancelled']);
    expect(states(doc, card).map((s) => s[2])).toEqual(['unscheduled', 'unscheduled', 'unscheduled']);
    scheduleWithProcess(doc, card, slot('2026-12-21', channel), person('Anna'), NOW);
    expect(planOfCard(doc, card, NOW)!.steps[0]!.requestId).toBe(stepRequestId(card, 's-text', 2));
    expect(states(doc, card)[0]).toEqual(['Ben', '2026-12-14', 'open']);

    unscheduleWithRequests(doc, card, person('Anna'), false, NOW);
    expect(readRequests(doc).requests.map(requestStatus)).toEqual(['cancelled', 'open']);
  });

  it('applies by matching, by hand, or not at all', () => {
    const { doc, channel, card, person } = team();
    addProcess(doc, PRODUCT_POST);
    const service = addProcess(doc, {
      name: 'Kundenservice-Hinweis',
      steps: [{ type: 'input', who: { role: 'marketing' }, what: 'Hinweis', why: 'Weil', offset: 1 }],
    });
    applyProcess(doc, card, { by: person('Anna'), processId: service, now: NOW });
    expect(readRequests(doc).requests).toHaveLength(0); // not scheduled yet
    scheduleWithProcess(doc, card, slot('2026-12-14', channel), person('Anna'), NOW);
    expect(readRequests(doc).requests.map((r) => (r.kind === 'approval' ? '' : r.what))).toEqual(['Hinweis']);

    const other = addCard(doc, { title: 'Ohne', columnId: IDEAS, field: 'marketing' });
    applyProcess(doc, other, { by: person('Anna'), processId: NO_PROCESS, now: NOW });
    scheduleWithProcess(doc, other, slot('2026-12-14', channel), person('Anna'), NOW);
    expect(readRequests(doc).requests).toHaveLength(1);
    expect(planOfCard(doc, other, NOW)).toBeNull();
  });

  it('applies by the post’s format and by its campaign, the process with more conditions first', () => {
    const { doc, card } = team();
    const campaign = addCampaign(doc, {
      name: 'Wärmewende',
      color: '#2a9d8f',
      start: '2026-12-01',
      end: '2026-12-31',
    });
    const video = addProcess(doc, { name: 'Video', match: { format: ['video'] }, steps: [] });
    const winter = addProcess(doc, {
      name: 'Wärmewende-Video',
      match: { format: ['video'], campaign: [campaign] },
      steps: [],
    });
    const chosen = () => processOfCard(doc, getCard(doc, card)!)?.id ?? null;
    expect(chosen()).toBeNull();
    updatePost(doc, card, { format: 'video' });
    expect(chosen()).toBe(video);
    setCardCampaign(doc, card, campaign);
    expect(chosen()).toBe(winter);
    updatePost(doc, card, { format: 'image' });
    expect(chosen()).toBeNull();
    // A campaign condition that names no id is dropped as damaged, never matched.
    doc.transact(() =>
      processesMap(doc).set('pr-x', newRecord({ name: 'X', match: { campaign: [42] }, steps: [] })),
    );
    expect(getProcess(doc, 'pr-x' as ProcessId)).toMatchObject({ match: {}, problems: ['match'] });
  });
});

describe('applying concurrently', () => {
  it('three colleagues applying the process to the same card at once ask for each step once', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 2 })), { maxLength: 4 }),
        fc.boolean(),
        fc.integer({ min: 0, max: 2 }),
        (appliers, syncs, delivered, deliverer) => {
          const { doc, channel, card, person } = team();
          addProcess(doc, PRODUCT_POST);
          const peers = [0, 1, 2].map(() => {
            const peer = new Y.Doc();
            Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
            return peer;
          });
          const sync = (a: Y.Doc, b: Y.Doc) =>
            Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
          appliers.forEach((p, i) => {
            scheduleWithProcess(peers[p]!, card, slot('2026-12-14', channel), person('Anna'), NOW + i);
            const [a, b] = syncs[i] ?? [p, p];
            sync(peers[a]!, peers[b]!);
          });
          for (const a of peers) for (const b of peers) sync(a, b);
          if (delivered) {
            // Ben delivers on one laptop; the others look for ready steps before they see it, and
            // again after: the press office's approval is asked for once.
            answerRequest(peers[deliverer]!, stepRequestId(card, 's-text', 1)!, {
              type: 'delivered',
              by: person('Ben'),
              now: NOW,
            });
            for (const peer of peers) openReadySteps(peer, card, NOW);
            sync(peers[deliverer]!, peers[(deliverer + 1) % 3]!);
            for (const peer of peers) openReadySteps(peer, card, NOW);
          }
          for (const a of peers) for (const b of peers) sync(a, b);
          const ids = peers.map((peer) =>
            readRequests(peer)
              .requests.map((r) => r.id)
              .sort(),
          );
          expect(ids[1]).toEqual(ids[0]);
          expect(ids[2]).toEqual(ids[0]);
          expect(new Set(ids[0]).size).toBe(ids[0]!.length);
          const steps = planOfCard(peers[0]!, card, NOW)!.steps;
          const asked = steps.filter((s) => s.request).map((s) => s.requestId);
          expect(ids[0]).toEqual([...asked].sort());
          expect(steps.map((s) => s.state)).toEqual(
            delivered ? ['done', 'open', 'waiting'] : ['open', 'waiting', 'waiting'],
          );
        },
      ),
      { numRuns: 60, seed: 22 },
    );
  });
});

describe('a step stored without what or why', () => {
  it('is asked for in the process’s name instead of failing the plan', () => {
    const { doc, channel, card } = team();
    const process = addProcess(doc, {
      name: 'Produktpost',
      match: { field: ['marketing'] },
      steps: [{ type: 'input', who: { role: 'marketing' }, what: 'Produkttext', why: 'Fakten', offset: 2 }],
    });
    // Another device stored the step with its texts empty.
    const steps = (doc.getMap('processes').get(process) as Y.Map<unknown>).get('steps') as {
      [key: string]: unknown;
    }[];
    const emptied = steps.map((step) => ({ ...step, what: '', why: ' ' }));
    (doc.getMap('processes').get(process) as Y.Map<unknown>).set('steps', emptied);
    scheduleWithProcess(doc, card, slot('2026-12-17', channel), null, NOW);
    const [request] = readRequests(doc).requests;
    expect(request).toMatchObject({ what: 'Produktpost', why: 'Produktpost' });
  });
});
