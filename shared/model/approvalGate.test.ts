import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { approvalHold, moveCardPastApproval } from './approvalGate';
import { addCard, getCard } from './cards';
import { readHistory } from './history';
import type { ColumnId } from './ids';
import { addPerson } from './people';
import { decideApproval, requestApproval } from './requests';
import { createWorkspace } from './workspace';

const REVIEW = 'col-review' as ColumnId;
const APPROVED = 'col-approved' as ColumnId;

function setup() {
  const doc = new Y.Doc();
  createWorkspace(doc, { name: 'Redaktion' });
  const lena = addPerson(doc, { name: 'Lena Hoffmann', role: 'social' });
  const sabine = addPerson(doc, { name: 'Sabine Krüger', role: 'press' });
  const card = addCard(doc, { title: 'Statement', columnId: REVIEW, ownerId: lena, createdBy: lena });
  return { doc, lena, sabine, card };
}

describe('moving past an open approval', () => {
  it('needs asking only for the approved stage while an approval is open or changes are requested', () => {
    const { doc, lena, sabine, card } = setup();
    expect(approvalHold(doc, card, APPROVED)).toBeNull();
    const request = requestApproval(doc, {
      cardId: card,
      approverIds: [sabine],
      fromId: lena,
      dueDate: null,
    });
    expect(approvalHold(doc, card, APPROVED)).toBe('pending');
    expect(approvalHold(doc, card, 'col-ideas' as ColumnId)).toBeNull();
    decideApproval(doc, request, { by: sabine, decision: 'changes', comment: 'Ton zu scharf' });
    expect(approvalHold(doc, card, APPROVED)).toBe('changes');
  });

  it('records the move as made without the approval', () => {
    const { doc, lena, sabine, card } = setup();
    requestApproval(doc, { cardId: card, approverIds: [sabine], fromId: lena, dueDate: null });
    moveCardPastApproval(doc, card, { columnId: APPROVED }, lena);
    expect(getCard(doc, card)?.pos.columnId).toBe(APPROVED);
    expect(readHistory(doc, card).entries.map((e) => e.type)).toContain('approvalBypassed');
    expect(approvalHold(doc, card, APPROVED)).toBeNull(); // it is there now
  });
});
