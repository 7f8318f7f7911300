/*
 * Who handles a request while the person asked is away (absences.ts), decided when the request is
 * made and decided again, by the same rule, whenever something it depends on changes later:
 *
 * - its due date (changeRequest, a process's step moving with its slot: processPlan.ts);
 * - an absence recorded, changed or removed after the request was made (absences.ts calls
 *   passOnRequests in the transaction that writes the absence). Only the device that records the
 *   absence does this, once, in the same transaction: a device that receives the absence by sync
 *   changes nothing, so the request moves once and its history says so once. Two devices that did
 *   it concurrently (two absences recorded at once) write the same recipient, and converge.
 *
 * The decision always starts from the person first asked (the first stand-in note's `forId`), so a
 * request passed on to Carla goes back to Ben when his absence is removed, and on to Carla's own
 * stand-in when she is away too. Only open requests are passed on: what is delivered, declined or
 * decided stays with who answered it. Of an approval only the approvers who have not decided move.
 *
 * When nobody can take it (the person asked is away without a stand-in), the request stays with
 * them; the history says so when that became the case, the request shows it (RequestItem) and the
 * plan marks the post at risk (absenceRisk.ts).
 */
import type * as Y from 'yjs';
import { readAbsences, resolveHandler, standInNote, type StandInNote } from './absences';
import { cardsMap, recordOf } from './doc';
import { appendHistory, nameOf } from './history';
import type { CardId, PersonId } from './ids';
import { readCard, readRequest } from './read';
import { requestStatus, requestsMap } from './requestReads';
import type { ApprovalRequest, Card, InputRequest, NamedPerson, RequestId } from './schema';

/** Who gets what `personId` is asked for, due on `dueDate`: they, or their stand-in. */
export function handlerOf(doc: Y.Doc, personId: PersonId, dueDate: string | null) {
  const handler = resolveHandler(readAbsences(doc), personId, dueDate);
  return {
    to: { id: handler.id, name: nameOf(doc, handler.id) } as NamedPerson,
    note: standInNote(handler, personId, nameOf(doc, personId)),
    /** The person asked is away on the day and nobody in the chain is there. */
    unresolved: handler.unresolved,
  };
}

/** Whether `personId` may approve the card: not its owner or creator, nor who requested it. */
export function mayApprove(
  card: Card | undefined,
  requesterId: PersonId | null | undefined,
  personId: PersonId,
) {
  return !(card && (card.ownerId === personId || card.createdBy === personId)) && requesterId !== personId;
}

/**
 * Who an approval asked of `askedIds` goes to: each approver, or their stand-in when that one may
 * approve the card and is not asked already; with the notes of the stand-ins who got it.
 */
export function approversFor(
  doc: Y.Doc,
  card: Card | undefined,
  fromId: PersonId | null | undefined,
  askedIds: readonly PersonId[],
  dueDate: string | null,
) {
  const notes: StandInNote[] = [];
  const approvers: NamedPerson[] = [];
  const unresolved: PersonId[] = [];
  for (const askedId of askedIds) {
    const { to, note, unresolved: away } = handlerOf(doc, askedId, dueDate);
    const usable =
      note !== null &&
      mayApprove(card, fromId, to.id) &&
      !askedIds.includes(to.id) &&
      !approvers.some((a) => a.id === to.id);
    if (usable) notes.push(note);
    else if (away || note) unresolved.push(askedId);
    approvers.push(usable ? to : { id: askedId, name: nameOf(doc, askedId) });
  }
  return { approvers, notes, unresolved };
}

const sameNotes = (a: readonly StandInNote[], b: readonly StandInNote[]) =>
  JSON.stringify(a) === JSON.stringify(b);

function writeNotes(record: Y.Map<unknown>, notes: readonly StandInNote[]) {
  if (notes.length > 0) record.set('standIns', notes);
  else if (record.has('standIns')) record.delete('standIns');
}

function cardOf(doc: Y.Doc, cardId: CardId): Card | undefined {
  const value = cardsMap(doc).get(cardId);
  return value === undefined ? undefined : readCard(cardId, value);
}

function rehandleInput(
  doc: Y.Doc,
  record: Y.Map<unknown>,
  request: InputRequest,
  by: PersonId | null,
  now: number,
) {
  const asked = request.standIns[0]?.forId ?? request.to?.id;
  if (!asked) return false;
  const handler = handlerOf(doc, asked, request.dueDate);
  const notes = handler.note ? [handler.note] : [];
  const moved = handler.to.id !== request.to?.id;
  if (!moved && sameNotes(notes, request.standIns) && !handler.unresolved) return false;
  if (!sameNotes(notes, request.standIns)) writeNotes(record, notes);
  if (moved) {
    record.set('toId', handler.to.id);
    record.set('toName', handler.to.name);
    record.set('assignedAt', now);
  }
  const kind = request.kind;
  if (moved)
    appendHistory(doc, request.cardId, { type: 'passedOn', kind, detail: handler.to.name, by, at: now });
  if (handler.unresolved)
    appendHistory(doc, request.cardId, { type: 'noStandIn', kind, detail: nameOf(doc, asked), by, at: now });
  return true;
}

function rehandleApproval(
  doc: Y.Doc,
  record: Y.Map<unknown>,
  request: ApprovalRequest,
  by: PersonId | null,
  now: number,
) {
  const decided = request.approvers.filter((a) => request.decisions[a.id]);
  const pending = request.approvers.filter((a) => !request.decisions[a.id]);
  const askedOf = (a: NamedPerson) => request.standIns.find((s) => s.id === a.id)?.forId ?? a.id;
  const card = cardOf(doc, request.cardId);
  // Those who decided keep their place; the others are decided again from those first asked.
  const again = approversFor(doc, card, request.from?.id, pending.map(askedOf), request.dueDate);
  const taken = new Set(decided.map((a) => a.id));
  const approvers = pending.map((a, i) => {
    const next = again.approvers[i]!;
    return taken.has(next.id) ? { id: askedOf(a), name: nameOf(doc, askedOf(a)) } : next;
  });
  const notes = [
    ...request.standIns.filter((s) => decided.some((a) => a.id === s.id)),
    ...again.notes.filter((n) => approvers.some((a) => a.id === n.id)),
  ];
  const moved = approvers.filter((a, i) => a.id !== pending[i]!.id);
  const sameStandIns = sameNotes(notes, request.standIns);
  if (moved.length === 0 && sameStandIns && again.unresolved.length === 0) return false;
  const order = new Map(pending.map((a, i) => [a.id, approvers[i]!]));
  if (moved.length > 0)
    record.set(
      'approvers',
      request.approvers.map((a) => order.get(a.id) ?? a),
    );
  if (!sameStandIns) writeNotes(record, notes);
  for (const person of moved)
    appendHistory(doc, request.cardId, {
      type: 'passedOn',
      kind: 'approval',
      detail: person.name,
      by,
      at: now,
    });
  for (const askedId of again.unresolved)
    appendHistory(doc, request.cardId, {
      type: 'noStandIn',
      kind: 'approval',
      detail: nameOf(doc, askedId),
      by,
      at: now,
    });
  return true;
}

/**
 * Decides again who handles an open request (see the top of this file) and writes it, with a line
 * in the card's history when it moved or when nobody can take it. Call inside a transaction, and
 * only when something it depends on changed (the history line is written every time). Returns
 * whether it wrote.
 */
export function rehandleRequest(doc: Y.Doc, id: RequestId, by: PersonId | null, now: number): boolean {
  const record = recordOf(requestsMap(doc), id);
  const request = record && readRequest(id, record);
  if (!record || !request || requestStatus(request) !== 'open') return false;
  return request.kind === 'approval'
    ? rehandleApproval(doc, record, request, by, now)
    : rehandleInput(doc, record, request, by, now);
}

/**
 * After an absence of `days` was recorded, changed or removed: the open requests due on one of
 * those days go to whoever handles them now. Call inside the absence's transaction.
 */
export function passOnRequests(
  doc: Y.Doc,
  days: readonly { from: string; to: string }[],
  by: PersonId | null,
  now: number,
): RequestId[] {
  const passed: RequestId[] = [];
  requestsMap(doc).forEach((value, id) => {
    const request = readRequest(id, value);
    const due = request?.dueDate;
    if (!request || !due || !days.some((d) => d.from <= due && due <= d.to)) return;
    if (rehandleRequest(doc, request.id, by, now)) passed.push(request.id);
  });
  return passed;
}
