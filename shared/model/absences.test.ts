import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  AbsenceError,
  absenceOn,
  absencesMap,
  addAbsence,
  readAbsences,
  removeAbsence,
  resolveHandler,
  updateAbsence,
  type Absence,
  type AbsenceId,
} from './absences';
import { awayRisks } from './absenceRisk';
import { addCard, getCard } from './cards';
import type { ColumnId, PersonId } from './ids';
import { addPerson } from './people';
import { getRequest, readRequests } from './requestReads';
import { changeRequest, requestApproval, requestInput, resubmitApproval, decideApproval } from './requests';
import { scheduleCard } from './slots';
import { createWorkspace } from './workspace';

const p = (id: string) => id as PersonId;
let n = 0;
function absence(personId: string, from: string, to: string, standInId: string | null = null): Absence {
  return {
    id: `a-${n++}` as AbsenceId,
    personId: p(personId),
    kind: 'vacation',
    from,
    to,
    standInId: standInId ? p(standInId) : null,
    createdAt: 0,
  };
}

describe('who handles a request due on a date', () => {
  it('is the person asked when they are there, and nothing is noted', () => {
    expect(
      resolveHandler([absence('ben', '2027-03-08', '2027-03-14', 'carla')], p('ben'), '2027-03-07'),
    ).toEqual({
      id: 'ben',
      absence: null,
      chain: [],
      unresolved: false,
    });
    // A request without a due date is never passed on.
    expect(resolveHandler([absence('ben', '2027-03-08', '2027-03-14', 'carla')], p('ben'), null).id).toBe(
      'ben',
    );
  });

  it('is the stand-in on the first and on the last day of the absence, and the person again after it', () => {
    const away = [absence('ben', '2027-03-08', '2027-03-14', 'carla')];
    expect(resolveHandler(away, p('ben'), '2027-03-08')).toMatchObject({ id: 'carla', unresolved: false });
    expect(resolveHandler(away, p('ben'), '2027-03-14')).toMatchObject({ id: 'carla', chain: ['carla'] });
    expect(resolveHandler(away, p('ben'), '2027-03-15')).toMatchObject({ id: 'ben', absence: null });
    expect(resolveHandler(away, p('ben'), '2027-03-07')).toMatchObject({ id: 'ben', absence: null });
  });

  it('follows stand-ins who are away themselves, to the first one who is there', () => {
    const away = [
      absence('ben', '2027-03-01', '2027-03-31', 'carla'),
      absence('carla', '2027-03-10', '2027-03-12', 'dana'),
      absence('dana', '2027-03-12', '2027-03-12', 'emil'),
    ];
    expect(resolveHandler(away, p('ben'), '2027-03-05')).toMatchObject({ id: 'carla', chain: ['carla'] });
    expect(resolveHandler(away, p('ben'), '2027-03-10')).toMatchObject({
      id: 'dana',
      chain: ['carla', 'dana'],
    });
    expect(resolveHandler(away, p('ben'), '2027-03-12')).toMatchObject({
      id: 'emil',
      chain: ['carla', 'dana', 'emil'],
      // The note says why Ben is away, not why the others are.
      absence: { personId: 'ben' },
    });
  });

  it('stops at a loop or a stand-in who is away without one: it stays with the person asked, unresolved', () => {
    const loop = [
      absence('ben', '2027-03-01', '2027-03-05', 'carla'),
      absence('carla', '2027-03-01', '2027-03-05', 'ben'),
    ];
    expect(resolveHandler(loop, p('ben'), '2027-03-03')).toMatchObject({
      id: 'ben',
      unresolved: true,
      chain: [],
    });
    expect(resolveHandler(loop, p('carla'), '2027-03-03')).toMatchObject({ id: 'carla', unresolved: true });
    const longLoop = [
      absence('a', '2027-03-01', '2027-03-05', 'b'),
      absence('b', '2027-03-01', '2027-03-05', 'c'),
      absence('c', '2027-03-01', '2027-03-05', 'b'),
    ];
    expect(resolveHandler(longLoop, p('a'), '2027-03-02')).toMatchObject({ id: 'a', unresolved: true });
    const dead = [
      absence('ben', '2027-03-01', '2027-03-05', 'carla'),
      absence('carla', '2027-03-01', '2027-03-05'),
    ];
    expect(resolveHandler(dead, p('ben'), '2027-03-02')).toMatchObject({ id: 'ben', unresolved: true });
    const none = [absence('ben', '2027-03-01', '2027-03-05')];
    expect(resolveHandler(none, p('ben'), '2027-03-02')).toMatchObject({ id: 'ben', unresolved: true });
  });

  it('counts calendar days, so the change to summer or winter time moves no absence by a day', () => {
    // 28.03.2027 the clocks go forward in Europe/Berlin, 31.10.2027 back.
    const away = [
      absence('ben', '2027-03-27', '2027-03-28', 'carla'),
      absence('ben', '2027-10-31', '2027-10-31', 'carla'),
    ];
    expect(resolveHandler(away, p('ben'), '2027-03-28').id).toBe('carla');
    expect(resolveHandler(away, p('ben'), '2027-03-29').id).toBe('ben');
    expect(resolveHandler(away, p('ben'), '2027-10-30').id).toBe('ben');
    expect(resolveHandler(away, p('ben'), '2027-10-31').id).toBe('carla');
    expect(resolveHandler(away, p('ben'), '2027-11-01').id).toBe('ben');
    expect(absenceOn(away, p('ben'), '2027-03-27')?.to).toBe('2027-03-28');
  });
});

function team() {
  const doc = new Y.Doc();
  createWorkspace(doc, { name: 'Redaktion' });
  const anna = addPerson(doc, { name: 'Anna Becker', role: 'social' });
  const ben = addPerson(doc, { name: 'Ben Schulz', role: 'marketing' });
  const carla = addPerson(doc, { name: 'Carla Nowak', role: 'marketing' });
  const dora = addPerson(doc, { name: 'Dora Kim', role: 'press' });
  const card = addCard(doc, {
    title: 'Produktpost',
    columnId: 'col-ideas' as ColumnId,
    ownerId: anna,
    createdBy: anna,
  });
  return { doc, anna, ben, carla, dora, card };
}

describe('absences in the document', () => {
  it('are recorded, read back in order, changed whole and removed', () => {
    const t = team();
    const id = addAbsence(t.doc, {
      personId: t.ben,
      kind: 'travel',
      from: '2027-03-08',
      to: '2027-03-14',
      standInId: t.carla,
    });
    addAbsence(t.doc, { personId: t.carla, kind: 'vacation', from: '2027-02-01', to: '2027-02-01' });
    expect(readAbsences(t.doc).map((a) => [a.personId, a.kind, a.from, a.to, a.standInId])).toEqual([
      [t.carla, 'vacation', '2027-02-01', '2027-02-01', null],
      [t.ben, 'travel', '2027-03-08', '2027-03-14', t.carla],
    ]);
    updateAbsence(t.doc, id, { to: '2027-03-16', standInId: t.dora });
    expect(readAbsences(t.doc)[1]).toMatchObject({ to: '2027-03-16', standInId: t.dora, kind: 'travel' });
    removeAbsence(t.doc, id);
    expect(readAbsences(t.doc)).toHaveLength(1);
  });

  it('refuses an end before the start, a stand-in for oneself and more than a year', () => {
    const t = team();
    const add = (from: string, to: string, standInId = t.carla) =>
      addAbsence(t.doc, { personId: t.ben, kind: 'vacation', from, to, standInId });
    expect(() => add('2027-03-08', '2027-03-07')).toThrow(AbsenceError);
    expect(() => add('2027-02-30', '2027-03-07')).toThrow(AbsenceError);
    expect(() => add('2027-03-08', '2027-03-09', t.ben)).toThrow(AbsenceError);
    expect(() => add('2027-01-01', '2028-01-03')).toThrow(AbsenceError);
    expect(readAbsences(t.doc)).toEqual([]);
  });

  it('reads junk as nothing and a stand-in for oneself as none', () => {
    const t = team();
    t.doc.transact(() => {
      const map = absencesMap(t.doc);
      map.set('a-1', { personId: t.ben, from: '2027-03-09', to: '2027-03-08' });
      map.set('a-2', { personId: t.ben, from: '2000-01-01', to: '2099-12-31' });
      map.set('a-3', 'Urlaub');
      map.set('a-4', { personId: '__proto__!', from: '2027-03-01', to: '2027-03-02' });
      map.set('a-5', { personId: t.ben, from: '2027-03-01', to: '2027-03-02', standInId: t.ben, kind: 1 });
    });
    expect(readAbsences(t.doc)).toEqual([
      {
        id: 'a-5',
        personId: t.ben,
        kind: 'other',
        from: '2027-03-01',
        to: '2027-03-02',
        standInId: null,
        createdAt: 0,
      },
    ]);
  });
});

describe('requests due in an absence', () => {
  it('an input request goes to the stand-in and says for whom and why', () => {
    const t = team();
    addAbsence(t.doc, {
      personId: t.ben,
      kind: 'vacation',
      from: '2027-03-08',
      to: '2027-03-14',
      standInId: t.carla,
    });
    const id = requestInput(t.doc, {
      cardId: t.card,
      kind: 'text',
      what: 'Produkttext',
      why: 'Der Post braucht die Fakten',
      toId: t.ben,
      fromId: t.anna,
      dueDate: '2027-03-10',
    });
    const request = getRequest(t.doc, id)!;
    expect(request.kind !== 'approval' && request.to).toEqual({ id: t.carla, name: 'Carla Nowak' });
    expect(request.standIns).toEqual([
      { id: t.carla, forId: t.ben, forName: 'Ben Schulz', kind: 'vacation', until: '2027-03-14' },
    ]);
    // Due after the absence: Ben gets it himself, with no note.
    const later = requestInput(t.doc, {
      cardId: t.card,
      kind: 'text',
      what: 'Produkttext',
      why: 'Für den Post',
      toId: t.ben,
      fromId: t.anna,
      dueDate: '2027-03-15',
    });
    expect(getRequest(t.doc, later)).toMatchObject({ to: { id: t.ben }, standIns: [] });
  });

  it('moving the due date out of the absence gives it back to the person asked; into it, to the stand-in', () => {
    const t = team();
    addAbsence(t.doc, {
      personId: t.ben,
      kind: 'travel',
      from: '2027-03-08',
      to: '2027-03-14',
      standInId: t.carla,
    });
    const id = requestInput(t.doc, {
      cardId: t.card,
      kind: 'visual',
      what: 'Bild',
      why: 'Für den Post',
      toId: t.ben,
      fromId: t.anna,
      dueDate: '2027-03-09',
    });
    changeRequest(t.doc, id, t.anna, { dueDate: '2027-03-16' });
    expect(getRequest(t.doc, id)).toMatchObject({ to: { id: t.ben }, standIns: [] });
    changeRequest(t.doc, id, t.anna, { dueDate: '2027-03-12' });
    expect(getRequest(t.doc, id)).toMatchObject({
      to: { id: t.carla },
      standIns: [{ forId: t.ben, kind: 'travel' }],
    });
    // Handed to Dora, who is there: no stand-in note any more.
    changeRequest(t.doc, id, t.anna, { toId: t.dora });
    expect(getRequest(t.doc, id)).toMatchObject({ to: { id: t.dora }, standIns: [] });
  });

  it('an approval goes to the approver’s stand-in, who decides it; asked again, from the approver first asked', () => {
    const t = team();
    addAbsence(t.doc, {
      personId: t.dora,
      kind: 'vacation',
      from: '2027-03-08',
      to: '2027-03-14',
      standInId: t.carla,
    });
    const id = requestApproval(t.doc, {
      cardId: t.card,
      approverIds: [t.dora],
      fromId: t.anna,
      dueDate: '2027-03-11',
    });
    const request = getRequest(t.doc, id)!;
    expect(request.kind === 'approval' && request.approvers).toEqual([{ id: t.carla, name: 'Carla Nowak' }]);
    expect(request.standIns).toMatchObject([{ id: t.carla, forId: t.dora, forName: 'Dora Kim' }]);
    decideApproval(t.doc, id, { by: t.carla, decision: 'changes' });
    const again = resubmitApproval(t.doc, id, t.anna);
    expect(getRequest(t.doc, again)).toMatchObject({
      approvers: [{ id: t.carla }],
      standIns: [{ forId: t.dora }],
    });
  });

  it('an approver’s stand-in who owns the card, or is asked already, does not get it: it stays with the approver', () => {
    const t = team();
    addAbsence(t.doc, {
      personId: t.dora,
      kind: 'vacation',
      from: '2027-03-08',
      to: '2027-03-14',
      standInId: t.anna,
    });
    addAbsence(t.doc, {
      personId: t.ben,
      kind: 'vacation',
      from: '2027-03-08',
      to: '2027-03-14',
      standInId: t.carla,
    });
    const id = requestApproval(t.doc, {
      cardId: t.card,
      approverIds: [t.dora, t.ben, t.carla],
      fromId: t.anna,
      dueDate: '2027-03-10',
    });
    expect(getRequest(t.doc, id)).toMatchObject({
      approvers: [{ id: t.dora }, { id: t.ben }, { id: t.carla }],
      standIns: [],
    });
  });

  it('a post whose request waits on someone away, or whose owner is away with no stand-in, is at risk', () => {
    const t = team();
    scheduleCard(t.doc, t.card, { date: '2027-03-12', time: '10:00', channelId: 'ch-x' as never });
    requestInput(t.doc, {
      cardId: t.card,
      kind: 'text',
      what: 'Text',
      why: 'Für den Post',
      toId: t.ben,
      fromId: t.anna,
      dueDate: '2027-03-10',
    });
    const card = () => getCard(t.doc, t.card)!;
    const risks = () =>
      awayRisks(card(), readRequests(t.doc).requests, readAbsences(t.doc), 'ideas', 'Anna Becker');
    expect(risks()).toEqual([]);
    // Recorded after the request was made, with nobody to stand in: the request stays with Ben, and
    // the post is at risk (with a stand-in it would go to them: standIns.test.ts).
    addAbsence(t.doc, { personId: t.ben, kind: 'vacation', from: '2027-03-09', to: '2027-03-20' });
    expect(risks()).toMatchObject([{ personId: t.ben, reason: 'request', absence: { to: '2027-03-20' } }]);
    // The owner away on the post day, with nobody standing in.
    addAbsence(t.doc, { personId: t.anna, kind: 'travel', from: '2027-03-12', to: '2027-03-12' });
    expect(risks().map((r) => [r.personId, r.reason])).toEqual([
      [t.ben, 'request'],
      [t.anna, 'owner'],
    ]);
    // Approved posts are not at risk this way.
    expect(awayRisks(card(), readRequests(t.doc).requests, readAbsences(t.doc), 'approved', '')).toEqual([]);
  });

  it('two colleagues recording absences at once keep both', () => {
    const [a, b] = [new Y.Doc(), new Y.Doc()];
    addAbsence(a, { personId: p('p-ben'), kind: 'vacation', from: '2027-03-01', to: '2027-03-02' });
    addAbsence(b, { personId: p('p-ben'), kind: 'travel', from: '2027-04-01', to: '2027-04-02' });
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(readAbsences(a)).toEqual(readAbsences(b));
    expect(readAbsences(a)).toHaveLength(2);
  });
});
