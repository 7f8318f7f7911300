/*
 * Requests: inputs a card needs from a named person, and approvals (Freigaben). The shape of a
 * stored request is described in schema.ts; this module holds the rules.
 *
 * Who may do what (refused here with a RequestError, not only hidden in the UI):
 * - the recipient of an input delivers or declines it; the requester reminds, changes or cancels;
 * - only named approvers decide, and nobody approves their own card (its owner or creator) or an
 *   approval they requested themselves.
 *
 * Convergence: every party writes its own key, so concurrent answers are all kept and the status
 * is derived from them by fixed precedence (requestStatus):
 * - input:    delivered > cancelled > declined > open. A delivery concurrent with a cancel wins:
 *             the work was done, and the requester sees it rather than losing it.
 * - approval: cancelled > changes > approved (all approvers) > open. Each approver's decision lives
 *             under their own id in `decisions`, so "approve" by one and "changes" by another never
 *             overwrite each other; any request for changes holds until that approver approves.
 * Asking for an approval moves the card to "Zur Freigabe" (stages.ts, meta.reviewOnRequest).
 * When the last approval arrives the card moves to the column with stage 'approved' (if the team
 * has not turned that off in meta.autoApprove), once: settledAt marks it done. Approvals that came
 * in concurrently on different devices are settled by settleApprovals when a device sees them.
 *
 * Absences (absences.ts): an input or an approval due on a day its recipient is away goes to their
 * stand-in when it is made, and again when its recipient or due date is changed; the request notes
 * it in `standIns` ("Vertretung für Ben Schulz (Urlaub bis 14.03.)"). An approver's stand-in who
 * may not approve this card (its owner, creator or requester) does not get it: it stays with the
 * approver. An absence recorded later passes the open requests due in it on the same way, once, on
 * the device that records it (standIns.ts).
 */
import { staleApprovals } from './approvalChanges';
import { approvedContent, storedContent } from './approvedContent';
import { clip, LIMITS } from './bounds';
import * as Y from 'yjs';
import { cardsMap, change, columnsMap, LOCAL_ORIGIN, metaMap, newRecord, recordOf } from './doc';
import { appendHistory, nameOf } from './history';
import { newId, type CardId, type PersonId } from './ids';
import { isPos, readCard, readColumn, readRequest } from './read';
import { moveCard } from './cards';
import { moveForReview } from './stages';
import { openReadySteps } from './processPlan';
import { approversFor, handlerOf } from './standIns';
import { pendingApprovers, readRequests, requestStatus, requestsMap } from './requestReads';
import { writeSignature, type SignatureRecord } from './signatures';
import type { Card, Decision, InputKind, Request, RequestId } from './schema';

export type RequestErrorCode =
  | 'ownCard'
  | 'ownRequest'
  | 'notApprover'
  | 'notRecipient'
  | 'notRequester'
  | 'closed'
  | 'noApprovers'
  | 'noRecipient'
  | 'what'
  | 'why'
  | 'reasonNeeded'
  | 'missing';

/** A refused request action. `person` names who the rule was about (e.g. the card's owner). */
export class RequestError extends Error {
  constructor(
    readonly code: RequestErrorCode,
    message: string,
    readonly person: string = '',
  ) {
    super(message);
    this.name = 'RequestError';
  }
}

// ---------------------------------------------------------------------------------------------
// Workspace setting

/** Whether a card moves to "Freigegeben" by itself once all approvals are in (default: yes). */
export function readAutoApprove(doc: Y.Doc): boolean {
  return metaMap(doc).get('autoApprove') !== false;
}

export function setAutoApprove(doc: Y.Doc, on: boolean): void {
  change(doc, () => metaMap(doc).set('autoApprove', on));
}

// ---------------------------------------------------------------------------------------------
// Writing

function cardOrThrow(doc: Y.Doc, cardId: CardId): Card {
  const value = cardsMap(doc).get(cardId);
  if (value === undefined) throw new RequestError('missing', `Card ${cardId} does not exist.`);
  return readCard(cardId, value);
}

function recordOrThrow(doc: Y.Doc, id: RequestId): { record: Y.Map<unknown>; request: Request } {
  const record = recordOf(requestsMap(doc), id);
  const request = record && readRequest(id, record);
  if (!record || !request) throw new RequestError('missing', `Request ${id} does not exist.`);
  return { record, request };
}

/** Why `approverId` may not approve this card, or null when they may. */
function selfApproval(
  doc: Y.Doc,
  card: Card | undefined,
  requesterId: PersonId | null | undefined,
  approverId: PersonId,
): RequestError | null {
  const name = nameOf(doc, approverId);
  if (card && (card.ownerId === approverId || card.createdBy === approverId))
    return new RequestError('ownCard', `${name || approverId} cannot approve their own card.`, name);
  if (requesterId === approverId)
    return new RequestError('ownRequest', `${name || approverId} cannot approve their own request.`, name);
  return null;
}

export interface NewInputRequest {
  cardId: CardId;
  kind: InputKind;
  what: string;
  why: string;
  toId: PersonId;
  fromId: PersonId | null;
  dueDate: string | null;
  /** HH:mm on the due date, for what is due within hours. */
  dueTime?: string | null;
  now?: number;
  /**
   * A fixed id instead of a random one (a process's step: processes.ts). A request that exists
   * under it already is kept as it is, so asking twice with the same id asks once.
   */
  id?: RequestId;
}

export function requestInput(doc: Y.Doc, input: NewInputRequest): RequestId {
  const card = cardOrThrow(doc, input.cardId);
  if (!input.toId) throw new RequestError('noRecipient', 'An input request needs a recipient.');
  // Colleagues help gladly when they know what exactly and why: both are part of every input request.
  if (!input.what.trim()) throw new RequestError('what', 'An input request says what is needed.');
  if (!input.why.trim()) throw new RequestError('why', 'An input request says what it is needed for.');
  if (input.id && requestsMap(doc).has(input.id)) return input.id;
  const id = input.id ?? newId<RequestId>('r');
  const now = input.now ?? Date.now();
  change(doc, () => {
    const { to, note } = handlerOf(doc, input.toId, input.dueDate);
    requestsMap(doc).set(
      id,
      newRecord({
        cardId: input.cardId,
        cardTitle: card.title,
        kind: input.kind,
        what: clip(input.what, LIMITS.note),
        why: clip(input.why, LIMITS.note),
        dueDate: input.dueDate,
        dueTime: input.dueTime ?? undefined,
        fromId: input.fromId ?? undefined,
        fromName: input.fromId ? nameOf(doc, input.fromId) : undefined,
        toId: to.id,
        toName: to.name,
        standIns: note ? [note] : undefined,
        createdAt: now, // assignedAt is written on reassignment; until then it is createdAt
        reminders: new Y.Array(),
      }),
    );
    appendHistory(doc, input.cardId, {
      type: 'requested',
      kind: input.kind,
      detail: to.name,
      by: input.fromId,
      at: now,
    });
  });
  return id;
}

function inputOrThrow(doc: Y.Doc, id: RequestId) {
  const { record, request } = recordOrThrow(doc, id);
  if (request.kind === 'approval') throw new RequestError('missing', `Request ${id} is an approval.`);
  return { record, request };
}

/** The recipient answers: delivered (with an optional note or link) or declined (with a reason). */
export function answerRequest(
  doc: Y.Doc,
  id: RequestId,
  answer: {
    type: 'delivered' | 'declined';
    by: PersonId;
    note?: string;
    now?: number;
    /** The answer signed by the recipient's device (signatures.ts), made with the same `now`. */
    signature?: SignatureRecord;
  },
): void {
  const { record, request } = inputOrThrow(doc, id);
  if (request.to?.id !== answer.by)
    throw new RequestError('notRecipient', 'Only the recipient can answer a request.');
  const status = requestStatus(request);
  if (status !== 'open') throw new RequestError('closed', `The request is ${status}.`);
  const note = clip(answer.note ?? '', LIMITS.note);
  if (answer.type === 'declined' && !note) throw new RequestError('reasonNeeded', 'Say why you decline.');
  const at = answer.now ?? Date.now();
  change(doc, () => {
    record.set('answer', { type: answer.type, at, by: answer.by, note });
    if (answer.signature) writeSignature(doc, answer.signature);
    appendHistory(doc, request.cardId, {
      type: answer.type,
      kind: request.kind,
      detail: note,
      by: answer.by,
      at,
    });
    if (answer.type === 'delivered') openReadySteps(doc, request.cardId, at);
  });
}

function requesterOnly(request: Request, by: PersonId | null) {
  if (request.from && request.from.id !== by)
    throw new RequestError('notRequester', 'Only the requester can do that.');
}

/** The requester reminds the recipient; every reminder is kept with its time. */
export function remindRequest(doc: Y.Doc, id: RequestId, by: PersonId | null, now = Date.now()): void {
  const { record, request } = recordOrThrow(doc, id);
  requesterOnly(request, by);
  if (requestStatus(request) !== 'open') throw new RequestError('closed', 'Only open requests are reminded.');
  change(doc, () => {
    let reminders = record.get('reminders');
    if (!(reminders instanceof Y.Array)) {
      reminders = new Y.Array();
      record.set('reminders', reminders);
    }
    (reminders as Y.Array<unknown>).push([{ at: now, by }]);
    const to =
      request.kind === 'approval'
        ? pendingApprovers(request)
            .map((a) => a.name)
            .join(', ')
        : (request.to?.name ?? '');
    appendHistory(doc, request.cardId, { type: 'reminded', kind: request.kind, detail: to, by, at: now });
  });
}

export interface RequestChange {
  what?: string;
  why?: string;
  dueDate?: string | null;
  toId?: PersonId;
}

/**
 * The requester changes an open or declined input request. Changing a declined one (a new recipient,
 * more time) opens it again; passing it to someone else makes it new for them.
 */
export function changeRequest(
  doc: Y.Doc,
  id: RequestId,
  by: PersonId | null,
  patch: RequestChange,
  now = Date.now(),
): void {
  const { record, request } = inputOrThrow(doc, id);
  requesterOnly(request, by);
  const status = requestStatus(request);
  if (status !== 'open' && status !== 'declined')
    throw new RequestError('closed', `The request is ${status}.`);
  change(doc, () => {
    if (patch.what !== undefined) record.set('what', clip(patch.what, LIMITS.note));
    if (patch.why !== undefined) record.set('why', clip(patch.why, LIMITS.note));
    if (patch.dueDate !== undefined) record.set('dueDate', patch.dueDate);
    let to = request.to?.name ?? '';
    // A new recipient or due date: who handles it is decided again, from the person first asked.
    const asked = patch.toId ?? request.standIns[0]?.forId ?? request.to?.id;
    if (asked && (patch.toId !== undefined || patch.dueDate !== undefined)) {
      const handler = handlerOf(doc, asked, patch.dueDate !== undefined ? patch.dueDate : request.dueDate);
      if (handler.note) record.set('standIns', [handler.note]);
      else if (request.standIns.length > 0) record.delete('standIns');
      if (handler.to.id !== request.to?.id) {
        record.set('toId', handler.to.id);
        record.set('toName', handler.to.name);
        record.set('assignedAt', now);
      }
      to = handler.to.name;
    }
    if (status === 'declined') record.delete('answer');
    appendHistory(doc, request.cardId, { type: 'changed', kind: request.kind, detail: to, by, at: now });
  });
}

/** The requester withdraws a request (input or approval). */
export function cancelRequest(doc: Y.Doc, id: RequestId, by: PersonId | null, now = Date.now()): void {
  const { record, request } = recordOrThrow(doc, id);
  requesterOnly(request, by);
  if (request.cancelled) return;
  change(doc, () => {
    record.set('cancelled', { at: now, by });
    appendHistory(doc, request.cardId, { type: 'cancelled', kind: request.kind, by, at: now });
  });
}

export interface NewApproval {
  cardId: CardId;
  approverIds: readonly PersonId[];
  fromId: PersonId | null;
  why?: string;
  dueDate: string | null;
  /** HH:mm on the due date, for what is due within hours. */
  dueTime?: string | null;
  now?: number;
  /** A fixed id, as for NewInputRequest.id: an approval that exists under it is kept as it is. */
  id?: RequestId;
}

/** Asks one or more people to approve a card. Refused when an approver owns or made the card. */
export function requestApproval(doc: Y.Doc, input: NewApproval): RequestId {
  const card = cardOrThrow(doc, input.cardId);
  if (input.id && requestsMap(doc).has(input.id)) return input.id;
  const approverIds = [...new Set(input.approverIds)];
  if (approverIds.length === 0) throw new RequestError('noApprovers', 'Choose at least one approver.');
  for (const approverId of approverIds) {
    const refusal = selfApproval(doc, card, input.fromId, approverId);
    if (refusal) throw refusal;
  }
  const id = input.id ?? newId<RequestId>('r');
  const now = input.now ?? Date.now();
  change(doc, () => {
    // A stand-in who may not approve this card, or is already asked, leaves it with the approver.
    const { approvers, notes } = approversFor(doc, card, input.fromId, approverIds, input.dueDate);
    requestsMap(doc).set(
      id,
      newRecord({
        cardId: input.cardId,
        cardTitle: card.title,
        kind: 'approval',
        why: clip(input.why ?? '', LIMITS.note),
        dueDate: input.dueDate,
        dueTime: input.dueTime ?? undefined,
        fromId: input.fromId ?? undefined,
        fromName: input.fromId ? nameOf(doc, input.fromId) : undefined,
        approvers,
        standIns: notes.length > 0 ? notes : undefined,
        decisions: new Y.Map(),
        createdAt: now,
        reminders: new Y.Array(),
      }),
    );
    appendHistory(doc, input.cardId, {
      type: 'approvalRequested',
      kind: 'approval',
      detail: approvers.map((a) => a.name).join(', '),
      by: input.fromId,
      at: now,
    });
    moveForReview(doc, input.cardId);
  });
  return id;
}

/**
 * An approver approves or asks for changes, with an optional comment. Refused for anyone who is not
 * an approver, for the card's owner and creator and for the requester (also when they became so
 * after the request was made), and once the approval was cancelled or settled.
 */
export function decideApproval(
  doc: Y.Doc,
  id: RequestId,
  input: {
    by: PersonId;
    decision: Decision;
    comment?: string;
    now?: number;
    /** The decision signed by the approver's device (signatures.ts), made with the same `now`. */
    signature?: SignatureRecord;
  },
): void {
  const { record, request } = recordOrThrow(doc, id);
  if (request.kind !== 'approval') throw new RequestError('missing', `Request ${id} is not an approval.`);
  const value = cardsMap(doc).get(request.cardId);
  const card = value === undefined ? undefined : readCard(request.cardId, value);
  const refusal = selfApproval(doc, card, request.from?.id, input.by);
  if (refusal) throw refusal;
  if (!request.approvers.some((a) => a.id === input.by))
    throw new RequestError('notApprover', 'Only the named approvers decide.', nameOf(doc, input.by));
  if (request.cancelled || request.settledAt !== null)
    throw new RequestError('closed', 'This approval is closed.');
  const at = input.now ?? Date.now();
  const comment = clip(input.comment ?? '', LIMITS.note);
  change(doc, () => {
    let decisions = record.get('decisions');
    if (!(decisions instanceof Y.Map)) {
      decisions = new Y.Map();
      record.set('decisions', decisions);
    }
    // An approval keeps what it approved, to notice later changes (approvalChanges.ts).
    const content = input.decision === 'approved' ? approvedContent(doc, request.cardId) : null;
    (decisions as Y.Map<unknown>).set(input.by, {
      decision: input.decision,
      comment,
      at,
      ...(content ? { content: storedContent(content) } : {}),
    });
    if (input.signature) writeSignature(doc, input.signature);
    appendHistory(doc, request.cardId, {
      type: input.decision === 'approved' ? 'approved' : 'changesRequested',
      kind: 'approval',
      detail: comment,
      by: input.by,
      at,
    });
    // The card's process may go on (the next approval opens) before the card moves on.
    if (input.decision === 'approved') openReadySteps(doc, request.cardId, at);
    settle(doc, id, at);
  });
}

/** After changes were requested: withdraws the approval and asks the same approvers again. */
export function resubmitApproval(
  doc: Y.Doc,
  id: RequestId,
  by: PersonId | null,
  now = Date.now(),
): RequestId {
  const { request } = recordOrThrow(doc, id);
  if (request.kind !== 'approval') throw new RequestError('missing', `Request ${id} is not an approval.`);
  return change(doc, () => {
    if (!request.cancelled) recordOf(requestsMap(doc), id)?.set('cancelled', { at: now, by });
    return requestApproval(doc, {
      cardId: request.cardId,
      // Asked again from those first asked: who stands in is decided anew.
      approverIds: request.approvers.map((a) => request.standIns.find((s) => s.id === a.id)?.forId ?? a.id),
      fromId: by,
      why: request.why,
      dueDate: request.dueDate,
      dueTime: request.dueTime,
      now,
    });
  });
}

/** The column with stage 'approved', if the team kept one. */
function approvedColumnId(doc: Y.Doc) {
  let found: string | null = null;
  columnsMap(doc).forEach((value, columnId) => {
    if (!found && readColumn(columnId, value)?.stage === 'approved') found = columnId;
  });
  return found as Card['pos']['columnId'] | null;
}

/** Whether another approval of the card still waits for decisions (a process's next step). */
function otherApprovalOpen(doc: Y.Doc, cardId: CardId, id: RequestId): boolean {
  return readRequests(doc).requests.some(
    (r) => r.cardId === cardId && r.id !== id && r.kind === 'approval' && requestStatus(r) === 'open',
  );
}

/**
 * Marks an approval whose approvals are all in as settled and moves its card, once; the card stays
 * where it is while another approval of it is open.
 */
function settle(doc: Y.Doc, id: RequestId, now: number): boolean {
  const record = recordOf(requestsMap(doc), id);
  const request = record && readRequest(id, record);
  if (!record || request?.kind !== 'approval' || request.settledAt !== null) return false;
  if (requestStatus(request) !== 'approved') return false;
  record.set('settledAt', now);
  appendHistory(doc, request.cardId, { type: 'approvedAll', kind: 'approval', by: null, at: now });
  const cardRecord = recordOf(cardsMap(doc), request.cardId);
  const columnId = approvedColumnId(doc);
  const pos = cardRecord?.get('pos');
  if (otherApprovalOpen(doc, request.cardId, id)) return true;
  // An approval whose content changed since (approvalChanges.ts) does not carry the card there.
  const current = staleApprovals(doc, request.cardId).length === 0;
  if (readAutoApprove(doc) && current && cardRecord && columnId && !(isPos(pos) && pos.columnId === columnId))
    moveCard(doc, request.cardId, { columnId });
  return true;
}

/** Approvals whose decisions are all in but that no device has settled yet (they met concurrently). */
export function unsettledApprovals(doc: Y.Doc): RequestId[] {
  return readRequests(doc)
    .requests.filter((r) => r.kind === 'approval' && r.settledAt === null && requestStatus(r) === 'approved')
    .map((r) => r.id);
}

/**
 * Settles what unsettledApprovals finds. The renderer calls it when a sync brings in the last
 * approval; pass a non-local origin there so the user's undo does not revert it.
 */
export function settleApprovals(doc: Y.Doc, origin: unknown = LOCAL_ORIGIN, now = Date.now()): number {
  const ids = unsettledApprovals(doc);
  if (ids.length === 0) return 0;
  let settled = 0;
  doc.transact(() => {
    for (const id of ids) if (settle(doc, id, now)) settled++;
  }, origin);
  return settled;
}
