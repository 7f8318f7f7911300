import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, deleteCard, getCard, moveCard, updateCard } from './cards';
import { readHistory, setActor } from './history';
import type { CardId, ColumnId } from './ids';
import { addPerson, personUsage, removePerson } from './people';
import {
  cardRequestState,
  getRequest,
  openRequestsForCard,
  readRequests,
  requestStatus,
  requestsMap,
  requestsOfCard,
  tasksOf,
} from './requestReads';
import {
  RequestError,
  answerRequest,
  cancelRequest,
  changeRequest,
  decideApproval,
  readAutoApprove,
  remindRequest,
  requestApproval,
  requestInput,
  resubmitApproval,
  setAutoApprove,
  settleApprovals,
} from './requests';
import type { InputRequest, RequestId } from './schema';
import { createWorkspace } from './workspace';

const REVIEW = 'col-review' as ColumnId;
const APPROVED = 'col-approved' as ColumnId;

function team() {
  const doc = new Y.Doc();
  createWorkspace(doc, { name: 'Redaktion' });
  const lena = addPerson(doc, { name: 'Lena Hoffmann', role: 'social' });
  const jonas = addPerson(doc, { name: 'Jonas Weber', role: 'marketing' });
  const thomas = addPerson(doc, { name: 'Dr. Thomas Brandt', role: 'management' });
  const sabine = addPerson(doc, { name: 'Sabine Krüger', role: 'press' });
  const card = addCard(doc, { title: 'Teaser-Video', columnId: REVIEW, ownerId: lena, createdBy: lena });
  return { doc, lena, jonas, thomas, sabine, card };
}

function visual(t: ReturnType<typeof team>, now = 1000): RequestId {
  return requestInput(t.doc, {
    cardId: t.card,
    kind: 'visual',
    what: 'Keyvisual 1080×1350',
    why: 'Ohne Bild fällt der Post im Feed nicht auf.',
    toId: t.jonas,
    fromId: t.lena,
    dueDate: '2026-03-05',
    now,
  });
}

const input = (doc: Y.Doc, id: RequestId) => getRequest(doc, id) as InputRequest;

function refusal(fn: () => unknown): RequestError {
  try {
    fn();
  } catch (error) {
    if (error instanceof RequestError) return error;
    throw error;
  }
  throw new Error('was not refused');
}

function sync(...docs: Y.Doc[]) {
  for (const a of docs) for (const b of docs) if (a !== b) Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
}

function fork(doc: Y.Doc, clientID: number): Y.Doc {
  const copy = new Y.Doc();
  copy.clientID = clientID;
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

describe('input requests', () => {
  it('stores what, why, due date and both names, in one transaction with its history entry', () => {
    const t = team();
    let transactions = 0;
    t.doc.on('afterTransaction', () => transactions++);
    const id = visual(t);
    expect(transactions).toBe(1);
    const request = input(t.doc, id);
    expect(request).toMatchObject({
      kind: 'visual',
      cardId: t.card,
      cardTitle: 'Teaser-Video',
      what: 'Keyvisual 1080×1350',
      why: 'Ohne Bild fällt der Post im Feed nicht auf.',
      dueDate: '2026-03-05',
      from: { id: t.lena, name: 'Lena Hoffmann' },
      to: { id: t.jonas, name: 'Jonas Weber' },
      answer: null,
      problems: [],
    });
    expect(requestStatus(request)).toBe('open');
    expect(readHistory(t.doc, t.card).entries.at(-1)).toMatchObject({
      type: 'requested',
      kind: 'visual',
      detail: 'Jonas Weber',
      name: 'Lena Hoffmann',
    });
  });

  it('the recipient delivers with a note; nobody else can', () => {
    const t = team();
    const id = visual(t);
    expect(refusal(() => answerRequest(t.doc, id, { type: 'delivered', by: t.lena })).code).toBe(
      'notRecipient',
    );
    answerRequest(t.doc, id, { type: 'delivered', by: t.jonas, note: 'Im Teams-Ordner', now: 2000 });
    const request = input(t.doc, id);
    expect(requestStatus(request)).toBe('delivered');
    expect(request.answer).toEqual({ type: 'delivered', by: t.jonas, at: 2000, note: 'Im Teams-Ordner' });
    expect(refusal(() => answerRequest(t.doc, id, { type: 'declined', by: t.jonas, note: 'x' })).code).toBe(
      'closed',
    );
  });

  it('declining needs a reason; changing a declined request opens it again for someone else', () => {
    const t = team();
    const id = visual(t);
    expect(refusal(() => answerRequest(t.doc, id, { type: 'declined', by: t.jonas, note: ' ' })).code).toBe(
      'reasonNeeded',
    );
    answerRequest(t.doc, id, { type: 'declined', by: t.jonas, note: 'Bin im Urlaub' });
    expect(requestStatus(input(t.doc, id))).toBe('declined');
    changeRequest(t.doc, id, t.lena, { toId: t.sabine, dueDate: '2026-03-06' }, 5000);
    const request = input(t.doc, id);
    expect(requestStatus(request)).toBe('open');
    expect(request).toMatchObject({ to: { id: t.sabine, name: 'Sabine Krüger' }, dueDate: '2026-03-06' });
    expect(request.assignedAt).toBe(5000);
  });

  it('the requester reminds (each reminder kept with its time), changes and cancels; others cannot', () => {
    const t = team();
    const id = visual(t);
    expect(refusal(() => remindRequest(t.doc, id, t.jonas)).code).toBe('notRequester');
    remindRequest(t.doc, id, t.lena, 3000);
    remindRequest(t.doc, id, t.lena, 4000);
    expect(input(t.doc, id).reminders).toEqual([
      { at: 3000, by: t.lena },
      { at: 4000, by: t.lena },
    ]);
    changeRequest(t.doc, id, t.lena, { why: 'Launch ist vorgezogen.' });
    expect(input(t.doc, id).why).toBe('Launch ist vorgezogen.');
    expect(refusal(() => cancelRequest(t.doc, id, t.thomas)).code).toBe('notRequester');
    cancelRequest(t.doc, id, t.lena, 6000);
    expect(requestStatus(input(t.doc, id))).toBe('cancelled');
    expect(refusal(() => remindRequest(t.doc, id, t.lena)).code).toBe('closed');
  });

  it('keeps names readable after a person is removed and the card deleted', () => {
    const t = team();
    const id = visual(t);
    expect(personUsage(t.doc, t.jonas)).toEqual({ cards: 0, requests: 1 });
    removePerson(t.doc, t.jonas);
    removePerson(t.doc, t.lena);
    deleteCard(t.doc, t.card);
    const request = input(t.doc, id);
    expect(request.to).toEqual({ id: t.jonas, name: 'Jonas Weber' });
    expect(request.from).toEqual({ id: t.lena, name: 'Lena Hoffmann' });
    expect(request.cardTitle).toBe('Teaser-Video');
    expect(getCard(t.doc, t.card)).toBeUndefined();
    const { waiting } = tasksOf(readRequests(t.doc).requests, (c) => getCard(t.doc, c), t.lena, '2026-03-01');
    expect(waiting.map((w) => [w.request.id, w.card])).toEqual([[id, undefined]]);
  });

  it('refuses an input request that does not say what is needed or why', () => {
    const t = team();
    const ask = (what: string, why: string) => () =>
      requestInput(t.doc, {
        cardId: t.card,
        kind: 'text',
        what,
        why,
        toId: t.jonas,
        fromId: t.lena,
        dueDate: null,
      });
    expect(refusal(ask('  ', 'Für den Post')).code).toBe('what');
    expect(refusal(ask('Zitat', '\n')).code).toBe('why');
    expect(readRequests(t.doc).requests).toEqual([]);
  });

  it('refuses a request for a card that does not exist', () => {
    const t = team();
    expect(
      refusal(() =>
        requestInput(t.doc, {
          ...{ kind: 'text', what: '', why: '', toId: t.jonas, fromId: t.lena, dueDate: null },
          cardId: 'card-x' as CardId,
        }),
      ).code,
    ).toBe('missing');
  });
});

describe('approvals', () => {
  it('refuses self-approval in the model: owner, creator and requester', () => {
    const t = team();
    const own = refusal(() =>
      requestApproval(t.doc, {
        cardId: t.card,
        approverIds: [t.thomas, t.lena],
        fromId: t.lena,
        dueDate: null,
      }),
    );
    expect(own.code).toBe('ownCard');
    expect(own.person).toBe('Lena Hoffmann');
    expect(requestsOfCard(t.doc, t.card)).toEqual([]);

    const other = addCard(t.doc, { title: 'X', columnId: REVIEW, ownerId: t.jonas, createdBy: t.lena });
    expect(
      refusal(() =>
        requestApproval(t.doc, { cardId: other, approverIds: [t.thomas], fromId: t.thomas, dueDate: null }),
      ).code,
    ).toBe('ownRequest');
    expect(
      refusal(() =>
        requestApproval(t.doc, { cardId: other, approverIds: [], fromId: t.jonas, dueDate: null }),
      ).code,
    ).toBe('noApprovers');
  });

  it('refuses the decision of someone who became the owner after the request, and of non-approvers', () => {
    const t = team();
    const card = addCard(t.doc, { title: 'Y', columnId: REVIEW, ownerId: t.jonas, createdBy: t.jonas });
    const id = requestApproval(t.doc, {
      cardId: card,
      approverIds: [t.thomas],
      fromId: t.jonas,
      dueDate: null,
    });
    expect(refusal(() => decideApproval(t.doc, id, { by: t.sabine, decision: 'approved' })).code).toBe(
      'notApprover',
    );
    expect(refusal(() => decideApproval(t.doc, id, { by: t.jonas, decision: 'approved' })).code).toBe(
      'ownCard',
    );
    updateCard(t.doc, card, { ownerId: t.thomas });
    expect(refusal(() => decideApproval(t.doc, id, { by: t.thomas, decision: 'approved' })).code).toBe(
      'ownCard',
    );
  });

  it('moves the card to "Freigegeben" when the last approval is in, once, and records it', () => {
    const t = team();
    setActor(t.doc, { id: t.sabine, name: 'Sabine Krüger' });
    const id = requestApproval(t.doc, {
      cardId: t.card,
      approverIds: [t.thomas, t.sabine],
      fromId: t.lena,
      dueDate: '2026-03-04',
      why: 'Launch am 14.01.',
    });
    decideApproval(t.doc, id, { by: t.thomas, decision: 'approved', now: 10 });
    expect(getCard(t.doc, t.card)!.pos.columnId).toBe(REVIEW);
    expect(cardRequestState(requestsOfCard(t.doc, t.card), '2026-03-01').approval).toBe('pending');
    decideApproval(t.doc, id, { by: t.sabine, decision: 'approved', comment: 'Passt!', now: 20 });
    expect(getCard(t.doc, t.card)!.pos.columnId).toBe(APPROVED);
    expect(getRequest(t.doc, id)).toMatchObject({ settledAt: 20 });
    expect(requestStatus(getRequest(t.doc, id)!)).toBe('approved');
    const types = readHistory(t.doc, t.card).entries.map((e) => e.type);
    expect(types.slice(-4)).toEqual(['approved', 'approved', 'approvedAll', 'moved']);
    expect(readHistory(t.doc, t.card).entries.at(-1)).toMatchObject({
      name: 'Sabine Krüger',
      detail: 'Freigegeben',
    });
    // Moved back by hand, it stays there.
    moveCard(t.doc, t.card, { columnId: REVIEW });
    expect(settleApprovals(t.doc)).toBe(0);
    expect(getCard(t.doc, t.card)!.pos.columnId).toBe(REVIEW);
    expect(refusal(() => decideApproval(t.doc, id, { by: t.thomas, decision: 'changes' })).code).toBe(
      'closed',
    );
  });

  it('leaves the card where it is when the team turned moving off', () => {
    const t = team();
    expect(readAutoApprove(t.doc)).toBe(true);
    setAutoApprove(t.doc, false);
    const id = requestApproval(t.doc, {
      cardId: t.card,
      approverIds: [t.thomas],
      fromId: t.lena,
      dueDate: null,
    });
    decideApproval(t.doc, id, { by: t.thomas, decision: 'approved' });
    expect(requestStatus(getRequest(t.doc, id)!)).toBe('approved');
    expect(getCard(t.doc, t.card)!.pos.columnId).toBe(REVIEW);
  });

  it('changes requested: the card shows it, the owner gets a task, resubmitting asks again', () => {
    const t = team();
    const id = requestApproval(t.doc, {
      cardId: t.card,
      approverIds: [t.thomas, t.sabine],
      fromId: t.lena,
      dueDate: null,
    });
    decideApproval(t.doc, id, { by: t.thomas, decision: 'changes', comment: 'Logo fehlt', now: 50 });
    const requests = () => readRequests(t.doc).requests;
    expect(cardRequestState(requests(), '2026-03-01').approval).toBe('changes');
    const lenas = tasksOf(requests(), (c) => getCard(t.doc, c), t.lena, '2026-03-01');
    expect(lenas.mine.map((m) => [m.role, m.since])).toEqual([['revise', 50]]);
    expect(lenas.waiting).toEqual([]);
    // Sabine can still decide; the card does not move while changes are asked for.
    decideApproval(t.doc, id, { by: t.sabine, decision: 'approved' });
    expect(getCard(t.doc, t.card)!.pos.columnId).toBe(REVIEW);
    const next = resubmitApproval(t.doc, id, t.lena);
    expect(requestStatus(getRequest(t.doc, id)!)).toBe('cancelled');
    expect(requestStatus(getRequest(t.doc, next)!)).toBe('open');
    expect(openRequestsForCard(t.doc, t.card).map((r) => r.id)).toEqual([next]);
    const thomas = tasksOf(requests(), (c) => getCard(t.doc, c), t.thomas, '2026-03-01');
    expect(thomas.mine.map((m) => [m.role, m.request.id])).toEqual([['approve', next]]);
  });
});

describe('tasks', () => {
  it('lists what I must deliver or approve, overdue first, then by due date; and what I wait for', () => {
    const t = team();
    const card2 = addCard(t.doc, {
      title: 'Newsletter',
      columnId: REVIEW,
      ownerId: t.jonas,
      createdBy: t.jonas,
    });
    const ask = (dueDate: string, now: number) =>
      requestInput(t.doc, {
        cardId: t.card,
        kind: 'text',
        what: dueDate,
        why: 'w',
        toId: t.jonas,
        fromId: t.lena,
        dueDate,
        now,
      });
    const late = ask('2026-02-20', 1);
    const later = ask('2026-03-20', 2);
    const soon = ask('2026-03-03', 3);
    const approval = requestApproval(t.doc, {
      cardId: card2,
      approverIds: [t.lena],
      fromId: t.jonas,
      dueDate: '2026-03-10',
    });
    const done = ask('2026-01-01', 4);
    answerRequest(t.doc, done, { type: 'delivered', by: t.jonas });
    const cardOf = (c: CardId) => getCard(t.doc, c);
    const jonas = tasksOf(readRequests(t.doc).requests, cardOf, t.jonas, '2026-03-02');
    expect(jonas.mine.map((m) => [m.request.id, m.overdue])).toEqual([
      [late, true],
      [soon, false],
      [later, false],
    ]);
    expect(jonas.waiting.map((w) => [w.request.id, w.role])).toEqual([[approval, 'waiting']]);
    const lena = tasksOf(readRequests(t.doc).requests, cardOf, t.lena, '2026-03-02');
    expect(lena.mine.map((m) => [m.request.id, m.role])).toEqual([[approval, 'approve']]);
    expect(lena.waiting.map((w) => w.request.id)).toEqual([late, soon, later]);
    const state = cardRequestState(requestsOfCard(t.doc, t.card), '2026-03-02');
    expect(state).toEqual({ openInputs: 3, overdue: 1, approval: 'none', waitingOn: ['Jonas Weber'] });
  });
});

describe('defensive reads', () => {
  it('skips what cannot be placed, marks damaged fields, and never throws', () => {
    const t = team();
    const id = visual(t);
    t.doc.transact(() => {
      const map = requestsMap(t.doc);
      map.set('junk', 42);
      const noCard = new Y.Map<unknown>();
      map.set('no-card', noCard);
      noCard.set('kind', 'visual');
      const record = map.get(id) as Y.Map<unknown>;
      record.set('dueDate', 'bald');
      record.set('answer', { type: 'gone' });
      record.set('reminders', 'oft');
      const approval = new Y.Map<unknown>();
      map.set('bad-approval', approval);
      approval.set('cardId', t.card);
      approval.set('kind', 'approval');
      approval.set('approvers', 'alle');
      approval.set('decisions', new Y.Map());
      (approval.get('decisions') as Y.Map<unknown>).set(t.thomas, { decision: 'vielleicht' });
    });
    const { requests, skipped } = readRequests(t.doc);
    expect(skipped).toBe(2);
    const damaged = requests.find((r) => r.id === id)!;
    expect(damaged.problems).toEqual(expect.arrayContaining(['dueDate', 'answer', 'reminders']));
    expect(requestStatus(damaged)).toBe('open');
    const approval = requests.find((r) => r.id === 'bad-approval')!;
    expect(approval.problems).toEqual(
      expect.arrayContaining(['approvers', 'createdAt', `decisions.${t.thomas}`]),
    );
    expect(requestStatus(approval)).toBe('open');
    expect(() => tasksOf(requests, () => undefined, t.thomas, '2026-03-02')).not.toThrow();
    expect(() => cardRequestState(requests, '2026-03-02')).not.toThrow();
  });
});

describe('concurrent answers converge', () => {
  it('deliver and cancel at the same time: delivered wins, in either delivery order', () => {
    for (const order of ['ab', 'ba']) {
      const t = team();
      const id = visual(t);
      const jonas = fork(t.doc, 1);
      const lena = fork(t.doc, 2);
      answerRequest(jonas, id, { type: 'delivered', by: t.jonas, note: 'fertig' });
      cancelRequest(lena, id, t.lena);
      const [first, second] = order === 'ab' ? [jonas, lena] : [lena, jonas];
      Y.applyUpdate(second, Y.encodeStateAsUpdate(first));
      Y.applyUpdate(first, Y.encodeStateAsUpdate(second));
      for (const doc of [jonas, lena]) expect(requestStatus(getRequest(doc, id)!)).toBe('delivered');
    }
  });

  it('approve by one and changes by another are both kept; changes holds', () => {
    const t = team();
    const id = requestApproval(t.doc, {
      cardId: t.card,
      approverIds: [t.thomas, t.sabine],
      fromId: t.lena,
      dueDate: null,
    });
    const thomas = fork(t.doc, 1);
    const sabine = fork(t.doc, 2);
    decideApproval(thomas, id, { by: t.thomas, decision: 'approved' });
    decideApproval(sabine, id, { by: t.sabine, decision: 'changes', comment: 'Quelle fehlt' });
    sync(thomas, sabine);
    for (const doc of [thomas, sabine]) {
      const request = getRequest(doc, id)!;
      expect(request.kind === 'approval' && Object.keys(request.decisions).sort()).toEqual(
        [t.thomas, t.sabine].sort(),
      );
      expect(requestStatus(request)).toBe('changes');
      expect(getCard(doc, t.card)!.pos.columnId).toBe(REVIEW);
    }
  });

  it('two last approvals on two devices: settled when they meet, the card ends in "Freigegeben"', () => {
    const t = team();
    const id = requestApproval(t.doc, {
      cardId: t.card,
      approverIds: [t.thomas, t.sabine],
      fromId: t.lena,
      dueDate: null,
    });
    const thomas = fork(t.doc, 1);
    const sabine = fork(t.doc, 2);
    decideApproval(thomas, id, { by: t.thomas, decision: 'approved' });
    decideApproval(sabine, id, { by: t.sabine, decision: 'approved' });
    sync(thomas, sabine);
    expect(getCard(thomas, t.card)!.pos.columnId).toBe(REVIEW);
    expect(settleApprovals(thomas, 'sync')).toBe(1);
    expect(settleApprovals(sabine, 'sync')).toBe(1); // concurrently, before they meet again
    sync(thomas, sabine);
    for (const doc of [thomas, sabine]) {
      expect(getCard(doc, t.card)!.pos.columnId).toBe(APPROVED);
      expect(settleApprovals(doc)).toBe(0);
    }
  });

  it('property: any concurrent mix of answers converges to the same status, by the documented precedence', () => {
    type Action = 'deliver' | 'decline' | 'cancel' | 'remind' | 'none';
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom<Action>('deliver', 'decline', 'cancel', 'remind', 'none'), {
          minLength: 3,
          maxLength: 3,
        }),
        fc.array(fc.tuple(fc.nat(2), fc.nat(2)), { maxLength: 6 }),
        (actions, deliveries) => {
          const t = team();
          const id = visual(t);
          const peers = [0, 1, 2].map((i) => fork(t.doc, 10 + i));
          actions.forEach((action, i) => {
            const doc = peers[i]!;
            if (action === 'deliver') answerRequest(doc, id, { type: 'delivered', by: t.jonas });
            if (action === 'decline') answerRequest(doc, id, { type: 'declined', by: t.jonas, note: 'nein' });
            if (action === 'cancel') cancelRequest(doc, id, t.lena);
            if (action === 'remind') remindRequest(doc, id, t.lena);
          });
          for (const [from, to] of deliveries)
            if (from !== to) Y.applyUpdate(peers[to]!, Y.encodeStateAsUpdate(peers[from]!));
          sync(...peers);
          const statuses = peers.map((p) => requestStatus(getRequest(p, id)!));
          expect(new Set(statuses).size).toBe(1);
          // delivered > cancelled > declined > open. Two answers of the one recipient on two
          // devices (deliver and decline) are one key: the same one wins everywhere.
          const closedBy = actions.includes('cancel') ? 'cancelled' : 'declined';
          const expected = actions.includes('deliver')
            ? actions.includes('decline')
              ? ['delivered', closedBy]
              : ['delivered']
            : actions.includes('cancel')
              ? ['cancelled']
              : actions.includes('decline')
                ? ['declined']
                : ['open'];
          expect(expected).toContain(statuses[0]);
          const reminders = actions.filter((a) => a === 'remind').length;
          expect(getRequest(peers[0]!, id)!.reminders).toHaveLength(reminders);
        },
      ),
      { numRuns: 60 },
    );
  });
});
