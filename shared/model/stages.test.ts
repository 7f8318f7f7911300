import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { arrivalsFor } from './arrivals';
import { addCard, getCard } from './cards';
import type { ColumnId } from './ids';
import { addPerson } from './people';
import { readRequests } from './requestReads';
import { answerRequest, decideApproval, requestApproval, requestInput } from './requests';
import { readReviewOnRequest, setReviewOnRequest } from './stages';
import { createWorkspace } from './workspace';

const IN_PROGRESS = 'col-in-progress' as ColumnId;
const REVIEW = 'col-review' as ColumnId;
const PUBLISHED = 'col-published' as ColumnId;

function team(columnId: ColumnId = IN_PROGRESS) {
  const doc = new Y.Doc();
  createWorkspace(doc, { name: 'Redaktion' });
  const lena = addPerson(doc, { name: 'Lena Hoffmann', role: 'social' });
  const jonas = addPerson(doc, { name: 'Jonas Weber', role: 'marketing' });
  const thomas = addPerson(doc, { name: 'Dr. Thomas Brandt', role: 'management' });
  const card = addCard(doc, { title: 'Teaser-Video', columnId, ownerId: lena, createdBy: lena });
  return { doc, lena, jonas, thomas, card };
}

describe('asking for an approval moves the card to review', () => {
  it('moves a card in progress to "Zur Freigabe"', () => {
    const t = team();
    expect(readReviewOnRequest(t.doc)).toBe(true);
    requestApproval(t.doc, { cardId: t.card, approverIds: [t.thomas], fromId: t.lena, dueDate: null });
    expect(getCard(t.doc, t.card)!.pos.columnId).toBe(REVIEW);
  });

  it('leaves the card where it is when the team turned it off, or when it is further on', () => {
    const off = team();
    setReviewOnRequest(off.doc, false);
    requestApproval(off.doc, {
      cardId: off.card,
      approverIds: [off.thomas],
      fromId: off.lena,
      dueDate: null,
    });
    expect(getCard(off.doc, off.card)!.pos.columnId).toBe(IN_PROGRESS);

    const published = team(PUBLISHED);
    requestApproval(published.doc, {
      cardId: published.card,
      approverIds: [published.thomas],
      fromId: published.lena,
      dueDate: null,
    });
    expect(getCard(published.doc, published.card)!.pos.columnId).toBe(PUBLISHED);
  });
});

describe('arrivalsFor', () => {
  it('lists what came in of what I asked for, with the note, the newest first', () => {
    const t = team();
    const visual = requestInput(t.doc, {
      cardId: t.card,
      kind: 'visual',
      what: 'Keyvisual',
      why: 'Für den Feed',
      toId: t.jonas,
      fromId: t.lena,
      dueDate: null,
      now: 1000,
    });
    const open = requestInput(t.doc, {
      cardId: t.card,
      kind: 'text',
      what: 'Zitat',
      why: 'Für die Caption',
      toId: t.jonas,
      fromId: t.lena,
      dueDate: null,
      now: 1000,
    });
    const approval = requestApproval(t.doc, {
      cardId: t.card,
      approverIds: [t.thomas],
      fromId: t.lena,
      dueDate: null,
      now: 1000,
    });
    answerRequest(t.doc, visual, { type: 'delivered', by: t.jonas, note: 'Im Ordner Kampagnen', now: 2000 });
    decideApproval(t.doc, approval, { by: t.thomas, decision: 'approved', now: 3000 });
    const requests = readRequests(t.doc).requests;
    const arrivals = arrivalsFor(requests, (id) => getCard(t.doc, id), t.lena);
    expect(arrivals.map((a) => [a.request.id, a.at])).toEqual([
      [approval, 3000],
      [visual, 2000],
    ]);
    expect(arrivals.some((a) => a.request.id === open)).toBe(false);
    const delivered = arrivals[1]!.request;
    expect(delivered.kind !== 'approval' && delivered.answer?.note).toBe('Im Ordner Kampagnen');
    expect(arrivalsFor(requests, (id) => getCard(t.doc, id), t.jonas)).toEqual([]);
  });
});
