/*
 * What requests amount to, read from the document: each request's status by the precedence rules
 * in requests.ts, what is open or overdue on a card (for the badges on board and calendar), and
 * the tasks of a person: "Meine Aufgaben" (deliver, decide, revise) and "Ich warte auf".
 */
import type * as Y from 'yjs';
import { isPastDue } from './dueDates';
import type { CardId, PersonId } from './ids';
import { readRequest } from './read';
import type { ApprovalRequest, Card, NamedPerson, Request, RequestId, RequestStatus } from './schema';

export const requestsMap = (doc: Y.Doc) => doc.getMap<unknown>('requests');

// ---------------------------------------------------------------------------------------------
// Reading

export interface RequestList {
  requests: Request[];
  /** Records that could not be read at all (not a record, no card or kind). */
  skipped: number;
}

export function readRequests(doc: Y.Doc): RequestList {
  const requests: Request[] = [];
  let skipped = 0;
  requestsMap(doc).forEach((value, id) => {
    const request = readRequest(id, value);
    if (request) requests.push(request);
    else skipped++;
  });
  requests.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { requests, skipped };
}

export function getRequest(doc: Y.Doc, id: RequestId): Request | undefined {
  return readRequest(id, requestsMap(doc).get(id)) ?? undefined;
}

/** The status, derived from what each party wrote (precedence in the header comment). */
export function requestStatus(request: Request): RequestStatus {
  if (request.kind === 'approval') {
    if (request.cancelled) return 'cancelled';
    const decisions = request.approvers.map((a) => request.decisions[a.id]?.decision);
    if (decisions.includes('changes')) return 'changes';
    if (request.approvers.length > 0 && decisions.every((d) => d === 'approved')) return 'approved';
    return 'open';
  }
  if (request.answer?.type === 'delivered') return 'delivered';
  if (request.cancelled) return 'cancelled';
  if (request.answer?.type === 'declined') return 'declined';
  return 'open';
}

/** Still needs someone to act: open, declined (back with the requester) or changes requested. */
export function isActive(request: Request): boolean {
  const status = requestStatus(request);
  return status === 'open' || status === 'declined' || status === 'changes';
}

/** Approvers who have not decided yet. */
export function pendingApprovers(request: ApprovalRequest): NamedPerson[] {
  return request.approvers.filter((a) => !request.decisions[a.id]);
}

export function requestsOfCard(doc: Y.Doc, cardId: CardId): Request[] {
  return readRequests(doc).requests.filter((r) => r.cardId === cardId);
}

/** The requests of a card that still need someone to act (for badges on board and calendar). */
export function openRequestsForCard(doc: Y.Doc, cardId: CardId): Request[] {
  return requestsOfCard(doc, cardId).filter(isActive);
}

/** Overdue: due before today and someone still has to deliver or decide. */
/** Overdue: after its due date, or on it after its due time when `time` (HH:mm, now) is given. */
export function isRequestOverdue(request: Request, today: string, time?: string): boolean {
  const status = requestStatus(request);
  if (status !== 'open') return false;
  if (time !== undefined && request.dueTime && request.dueDate === today) return time > request.dueTime;
  return isPastDue(request.dueDate, today);
}

export interface CardRequestState {
  /** Active input requests. */
  openInputs: number;
  /** Active requests (inputs and approvals) past their due date. */
  overdue: number;
  /** The latest approval of the card: none, waiting for decisions, changes requested, or approved. */
  approval: 'none' | 'pending' | 'changes' | 'approved';
  /** Names of those the card waits on (recipients of open inputs, approvers yet to decide). */
  waitingOn: string[];
}

/** What a card's requests amount to at a glance, for the board tile and the calendar. */
export function cardRequestState(requests: readonly Request[], today: string): CardRequestState {
  const state: CardRequestState = { openInputs: 0, overdue: 0, approval: 'none', waitingOn: [] };
  const waiting = new Set<string>();
  let latestApproval: ApprovalRequest | null = null;
  for (const request of requests) {
    const status = requestStatus(request);
    if (isRequestOverdue(request, today)) state.overdue++;
    if (request.kind === 'approval') {
      if (status !== 'cancelled' && (!latestApproval || request.createdAt >= latestApproval.createdAt))
        latestApproval = request;
      if (status === 'open') pendingApprovers(request).forEach((a) => waiting.add(a.name));
    } else if (status === 'open') {
      state.openInputs++;
      if (request.to) waiting.add(request.to.name);
    }
  }
  if (latestApproval) {
    const status = requestStatus(latestApproval);
    state.approval = status === 'approved' ? 'approved' : status === 'changes' ? 'changes' : 'pending';
  }
  state.waitingOn = [...waiting];
  return state;
}

// ---------------------------------------------------------------------------------------------
// Tasks: what I must do, and what I wait for

/** deliver: an input to me; approve: my decision is missing; revise: changes were requested on my card. */
export type TaskRole = 'deliver' | 'approve' | 'revise' | 'waiting';

export interface Task {
  request: Request;
  role: TaskRole;
  status: RequestStatus;
  overdue: boolean;
  /** The card, or undefined when it was deleted (the request keeps its title). */
  card: Card | undefined;
  /** When this became my task: assigned, requested, or changes asked for. */
  since: number;
}

function byUrgency(a: Task, b: Task): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  const due = (t: Task) => t.request.dueDate ?? '9999-99-99';
  if (due(a) !== due(b)) return due(a) < due(b) ? -1 : 1;
  return a.since - b.since || (a.request.id < b.request.id ? -1 : 1);
}

/** Who is told when changes are requested: the card's owner, else the requester. */
function reviserOf(request: ApprovalRequest, card: Card | undefined): PersonId | null {
  return card?.ownerId ?? request.from?.id ?? null;
}

function latestChangesAt(request: ApprovalRequest): number {
  return Math.max(
    0,
    ...Object.values(request.decisions)
      .filter((d) => d.decision === 'changes')
      .map((d) => d.at),
  );
}

/**
 * "Meine Aufgaben" (everything I must deliver, decide or revise) and "Ich warte auf" (everything I
 * requested that is still open), each sorted by urgency: overdue first, then by due date.
 */
export function tasksOf(
  requests: readonly Request[],
  cardOf: (id: CardId) => Card | undefined,
  me: PersonId,
  today: string,
  /** The time of day now (HH:mm): a request due at a time of today (a crisis's) is late after it. */
  time?: string,
): { mine: Task[]; waiting: Task[] } {
  const mine: Task[] = [];
  const waiting: Task[] = [];
  for (const request of requests) {
    const status = requestStatus(request);
    const card = cardOf(request.cardId);
    const task = (role: TaskRole, since: number, overdue = isRequestOverdue(request, today, time)): Task => ({
      request,
      role,
      status,
      overdue,
      card,
      since,
    });
    if (request.kind === 'approval') {
      if (status === 'open' && request.approvers.some((a) => a.id === me) && !request.decisions[me])
        mine.push(task('approve', request.createdAt));
      const revising = status === 'changes' && reviserOf(request, card) === me;
      if (revising) mine.push(task('revise', latestChangesAt(request), false));
      if (request.from?.id === me && (status === 'open' || (status === 'changes' && !revising)))
        waiting.push(task('waiting', request.createdAt));
    } else {
      if (status === 'open' && request.to?.id === me) mine.push(task('deliver', request.assignedAt));
      if (request.from?.id === me && (status === 'open' || status === 'declined'))
        waiting.push(task('waiting', request.createdAt));
    }
  }
  return { mine: mine.sort(byUrgency), waiting: waiting.sort(byUrgency) };
}
