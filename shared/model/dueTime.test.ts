import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, getCard } from './cards';
import type { ColumnId } from './ids';
import { addPerson } from './people';
import { getRequest, isRequestOverdue, readRequests, tasksOf } from './requestReads';
import { requestInput } from './requests';
import { createWorkspace } from './workspace';

describe('a request due within hours', () => {
  it('keeps its due time and is overdue once that time passed on the due day', () => {
    const doc = new Y.Doc();
    createWorkspace(doc, { name: 'Redaktion' });
    const lena = addPerson(doc, { name: 'Lena Hoffmann', role: 'social' });
    const sabine = addPerson(doc, { name: 'Sabine Krüger', role: 'press' });
    const card = addCard(doc, { title: 'Holding Statement', columnId: 'col-ideas' as ColumnId });
    const id = requestInput(doc, {
      cardId: card,
      kind: 'text',
      what: 'Statement',
      why: 'Die Kommentare laufen über',
      toId: sabine,
      fromId: lena,
      dueDate: '2027-03-20',
      dueTime: '14:30',
    });
    const request = getRequest(doc, id)!;
    expect(request.dueTime).toBe('14:30');
    expect(isRequestOverdue(request, '2027-03-20', '14:00')).toBe(false);
    expect(isRequestOverdue(request, '2027-03-20', '14:31')).toBe(true);
    expect(isRequestOverdue(request, '2027-03-21', '08:00')).toBe(true);
    // Without the time of day, as before: overdue from the next day on.
    expect(isRequestOverdue(request, '2027-03-20')).toBe(false);
  });

  it('puts it first among the tasks of both sides once its hour passed on the day', () => {
    const doc = new Y.Doc();
    createWorkspace(doc, { name: 'Redaktion' });
    const lena = addPerson(doc, { name: 'Lena Hoffmann', role: 'social' });
    const sabine = addPerson(doc, { name: 'Sabine Krüger', role: 'press' });
    const card = addCard(doc, { title: 'Holding Statement', columnId: 'col-ideas' as ColumnId });
    requestInput(doc, {
      cardId: card,
      kind: 'text',
      what: 'Statement',
      why: 'Die Kommentare laufen über',
      toId: sabine,
      fromId: lena,
      dueDate: '2027-03-20',
      dueTime: '14:30',
    });
    const { requests } = readRequests(doc);
    const cardOf = (id: typeof card) => getCard(doc, id);
    expect(tasksOf(requests, cardOf, sabine, '2027-03-20', '14:00').mine[0]!.overdue).toBe(false);
    expect(tasksOf(requests, cardOf, sabine, '2027-03-20', '14:45').mine[0]!.overdue).toBe(true);
    expect(tasksOf(requests, cardOf, lena, '2027-03-20', '14:45').waiting[0]!.overdue).toBe(true);
  });
});
