/*
 * A process applied to a card: its steps become requests, with due dates counted back from the
 * card's slot (or, for a process timed in minutes, forward from when the card was made).
 *
 * - A step's request has a fixed id, `x-<card>-<step>-<round>` (stepRequestId): two colleagues who
 *   apply the same process to the same card at once write the same keys, and the document keeps one
 *   request per step. The round counts up only past cancelled requests, so a card planned again
 *   after its requests were withdrawn gets new ones, and every device counts to the same round.
 * - Inputs open at once. An approval opens when every input before it is delivered and, when the
 *   process's approvals run one after another, every approval before it is given: the opening is
 *   done in the transaction of the delivery or decision (requests.ts calls openReadySteps), and
 *   again by whichever device sees a step ready that is not open yet (cardsWithReadySteps).
 * - Who: the named person, or the first in name order of those with the role; approvals never go
 *   to the card's owner or creator or to the requester (the card's owner, else who applied it).
 *   A step nobody can take is shown as such ('nobody') and holds up nothing.
 * - Moving the slot moves the due dates of the steps that are still open; delivered and approved
 *   ones stay. A due date already past is not written into the past: the request is due today and
 *   the plan says the step is late ("zu spät geplant"). Who handles a moved step is decided again
 *   for its new date (standIns.ts), as when it was asked for: the stand-in of someone away then.
 */
import type * as Y from 'yjs';
import { zonedNow, type WallClock } from './calendarDates';
import { cardsMap, change, recordOf } from './doc';
import { addWorkingDays } from './dueDates';
import { actorOf } from './history';
import type { CardId, PersonId } from './ids';
import { readPeople } from './people';
import { readCard } from './read';
import { getRequest, isActive, requestStatus, requestsMap } from './requestReads';
import { cancelRequest, requestApproval, requestInput } from './requests';
import type { Card, NamedPerson, Request, RequestId, Slot } from './schema';
import { rescheduleCard, scheduleCard, unscheduleCard } from './slots';
import { rehandleRequest } from './standIns';
import { readMeta } from './workspace';
import {
  candidatesOf,
  cardProcessChoice,
  getProcess,
  matchFactsOf,
  matchingProcess,
  NO_PROCESS,
  readProcesses,
  type Process,
  type ProcessId,
  type ProcessStep,
} from './processes';

export type StepState =
  'waiting' | 'ready' | 'open' | 'done' | 'declined' | 'changes' | 'nobody' | 'unscheduled';

export interface StepPlan {
  step: ProcessStep;
  /** Everyone the step could go to (a role's people), in name order. */
  candidates: NamedPerson[];
  /** Who it goes to (or went to: the request's recipient), or null when nobody can take it. */
  assignee: NamedPerson | null;
  /** When it is due by the plan; null without a slot. `time` only for a process timed in minutes. */
  due: { date: string; time: string | null } | null;
  /** The id its request has or will have, and the request when there is one. */
  requestId: RequestId | null;
  request: Request | null;
  state: StepState;
  /** Due by the plan before now while not done: "zu spät geplant". */
  late: boolean;
}

export interface CardPlan {
  process: Process;
  cardId: CardId;
  steps: StepPlan[];
}

const MAX_ROUNDS = 50;

/** The fixed id of a step's request on a card in a round (see the top of this file). */
export function stepRequestId(cardId: CardId, stepId: string, round: number): RequestId | null {
  const id = `x-${cardId}-${stepId}-${round}`;
  return id.length <= 64 ? (id as RequestId) : null;
}

/** The step's request of the current round: the first one that is not cancelled, or the next free id. */
function currentRound(doc: Y.Doc, cardId: CardId, stepId: string) {
  for (let round = 1; round <= MAX_ROUNDS; round++) {
    const id = stepRequestId(cardId, stepId, round);
    if (!id) return { id: null, request: null };
    if (!requestsMap(doc).has(id)) return { id, request: null };
    const request = getRequest(doc, id) ?? null;
    if (request && requestStatus(request) !== 'cancelled') return { id, request };
    if (!request) return { id: null, request: null }; // a damaged record: leave it alone
  }
  return { id: null, request: null };
}

function wallClockOf(doc: Y.Doc, now: number): WallClock {
  return zonedNow(readMeta(doc).timezone, new Date(now));
}

/** The process a card follows: the one chosen for it, else the one that matches; null for none. */
export function processOfCard(doc: Y.Doc, card: Card): Process | null {
  const choice = cardProcessChoice(doc, card.id);
  if (choice === NO_PROCESS) return null;
  if (choice) return getProcess(doc, choice);
  return matchingProcess(readProcesses(doc), matchFactsOf(doc, card));
}

function dueOf(doc: Y.Doc, process: Process, step: ProcessStep, card: Card) {
  if (process.timing === 'minutes') {
    const clock = wallClockOf(doc, card.createdAt + step.offset * 60_000);
    return { date: clock.date, time: clock.time };
  }
  if (!card.slot) return null;
  return { date: addWorkingDays(card.slot.date, -step.offset), time: null };
}

const isLate = (due: { date: string; time: string | null }, now: WallClock) =>
  due.date < now.date || (due.time !== null && due.date === now.date && due.time < now.time);

function requesterOf(doc: Y.Doc, card: Card, by: PersonId | null): PersonId | null {
  return card.ownerId ?? by ?? actorOf(doc)?.id ?? null;
}

function stateOf(request: Request): StepState {
  const status = requestStatus(request);
  if (status === 'delivered' || status === 'approved') return 'done';
  if (status === 'declined' || status === 'changes') return status;
  return 'open';
}

/** The plan of a card under a process (its own by default): each step with who, due and state. */
export function planOfCard(
  doc: Y.Doc,
  cardId: CardId,
  now: number = Date.now(),
  process?: Process | null,
  by: PersonId | null = null,
): CardPlan | null {
  const value = cardsMap(doc).get(cardId);
  if (value === undefined) return null;
  const card = readCard(cardId, value);
  const chosen = process === undefined ? processOfCard(doc, card) : process;
  if (!chosen) return null;
  const people = readPeople(doc);
  const named = (id: PersonId): NamedPerson => ({ id, name: people.find((p) => p.id === id)?.name ?? '' });
  const clock = wallClockOf(doc, now);
  const from = requesterOf(doc, card, by);
  const excluded = new Set([card.ownerId, card.createdBy, from].filter((p) => p !== null));
  const scheduled = chosen.timing === 'minutes' || card.slot !== null;
  const steps: StepPlan[] = [];
  let inputsDone = true;
  let approvalsDone = true;
  for (const step of chosen.steps) {
    const candidates = candidatesOf(step.who, people).map(named);
    const { id: requestId, request } = currentRound(doc, cardId, step.id);
    const takers = step.type === 'approval' ? candidates.filter((c) => !excluded.has(c.id)) : candidates;
    const assignee =
      request && request.kind !== 'approval'
        ? request.to
        : request?.kind === 'approval'
          ? (request.approvers[0] ?? null)
          : (takers[0] ?? null);
    // A step that is done keeps the due date it was asked for; the others follow the slot.
    const done = request !== null && stateOf(request) === 'done' && request.dueDate !== null;
    const due = done ? { date: request.dueDate!, time: request.dueTime } : dueOf(doc, chosen, step, card);
    let state: StepState;
    if (request) state = stateOf(request);
    else if (!scheduled) state = 'unscheduled';
    else if (!assignee || !requestId) state = 'nobody';
    else if (step.type === 'input') state = 'ready';
    else state = inputsDone && (chosen.approvals === 'together' || approvalsDone) ? 'ready' : 'waiting';
    const holds = state !== 'done' && state !== 'nobody';
    if (step.type === 'input' && holds) inputsDone = false;
    if (step.type === 'approval' && holds) approvalsDone = false;
    const late = due !== null && state !== 'done' && state !== 'nobody' && isLate(due, clock);
    steps.push({ step, candidates, assignee, due, requestId, request, state, late });
  }
  return { process: chosen, cardId, steps };
}

function openStep(
  doc: Y.Doc,
  card: Card,
  plan: StepPlan,
  from: PersonId | null,
  now: number,
  clock: WallClock,
  processName: string,
) {
  if (plan.state !== 'ready' || !plan.requestId || !plan.assignee) return;
  // A request says what and why (requests.ts refuses one without); a step stored without them (an
  // older or another device's record) asks in the process's name rather than failing the plan.
  const reason = processName.trim() || 'Ablauf';
  const due =
    plan.due && !plan.late
      ? plan.due
      : plan.due
        ? { date: clock.date, time: plan.due.time && clock.time }
        : null;
  const common = {
    cardId: card.id,
    fromId: from,
    dueDate: due?.date ?? null,
    dueTime: due?.time ?? null,
    now,
    id: plan.requestId,
  };
  if (plan.step.type === 'input')
    requestInput(doc, {
      ...common,
      kind: plan.step.kind,
      what: plan.step.what.trim() || reason,
      why: plan.step.why.trim() || reason,
      toId: plan.assignee.id,
    });
  else requestApproval(doc, { ...common, approverIds: [plan.assignee.id], why: plan.step.why });
}

/** Opens the steps of a card's process that are ready; called when a delivery or approval comes in. */
export function openReadySteps(doc: Y.Doc, cardId: CardId, now: number = Date.now()): void {
  if (!cardProcessChoice(doc, cardId) || cardProcessChoice(doc, cardId) === NO_PROCESS) return;
  const plan = planOfCard(doc, cardId, now);
  const value = cardsMap(doc).get(cardId);
  if (!plan || value === undefined) return;
  const card = readCard(cardId, value);
  const from = plan.steps.find((s) => s.request?.from)?.request?.from?.id ?? requesterOf(doc, card, null);
  const clock = wallClockOf(doc, now);
  change(doc, () => {
    for (const step of plan.steps) openStep(doc, card, step, from, now, clock, plan.process.name);
  });
}

export interface Applied {
  plan: CardPlan | null;
  /** Requests made now. */
  created: RequestId[];
  /** Steps whose due date by the plan had already passed. */
  late: StepPlan[];
}

/**
 * Applies a card's process (`processId` chooses one and stores the choice; NO_PROCESS opts out):
 * makes the requests of the steps that are ready and moves the due dates of open ones to the
 * slot. Calling it again changes nothing that is already right; see the top of this file.
 */
export function applyProcess(
  doc: Y.Doc,
  cardId: CardId,
  options: { by: PersonId | null; processId?: ProcessId | typeof NO_PROCESS; now?: number },
): Applied {
  const now = options.now ?? Date.now();
  return change(doc, () => {
    const record = recordOf(cardsMap(doc), cardId);
    if (!record) return { plan: null, created: [], late: [] };
    if (options.processId) record.set('processId', options.processId);
    const card = readCard(cardId, record);
    const process = processOfCard(doc, card);
    if (!process || (process.timing === 'workingDays' && !card.slot)) {
      return {
        plan: process ? planOfCard(doc, cardId, now, process, options.by) : null,
        created: [],
        late: [],
      };
    }
    if (record.get('processId') !== process.id) record.set('processId', process.id);
    const clock = wallClockOf(doc, now);
    const plan = planOfCard(doc, cardId, now, process, options.by)!;
    const from = requesterOf(doc, card, options.by);
    const created: RequestId[] = [];
    for (const step of plan.steps) {
      if (step.state === 'ready') {
        openStep(doc, card, step, from, now, clock, plan.process.name);
        if (step.requestId) created.push(step.requestId);
      } else if (step.request && isActive(step.request) && step.due)
        moveDue(doc, step, clock, options.by, now);
    }
    return {
      plan: planOfCard(doc, cardId, now, process, options.by),
      created,
      late: plan.steps.filter((s) => s.late),
    };
  });
}

/**
 * Moves an open step's due date to the plan's (today when that has passed) and decides again who
 * handles it on the new date, as when it was asked for: a stand-in when the person is away then.
 */
function moveDue(doc: Y.Doc, step: StepPlan, clock: WallClock, by: PersonId | null, now: number) {
  const record = step.request && recordOf(requestsMap(doc), step.request.id);
  if (!record || !step.request || !step.due) return;
  const date = step.late ? clock.date : step.due.date;
  if (record.get('dueDate') === date) return;
  record.set('dueDate', date);
  rehandleRequest(doc, step.request.id, by, now);
}

/** Schedules a card and applies its process in one step (one undo step). */
export function scheduleWithProcess(
  doc: Y.Doc,
  cardId: CardId,
  slot: Slot,
  by: PersonId | null,
  now: number = Date.now(),
): Applied {
  return change(doc, () => {
    scheduleCard(doc, cardId, slot);
    return applyProcess(doc, cardId, { by, now });
  });
}

/** Moves a card's slot in part (day, time or channel); the open steps' due dates follow. */
export function rescheduleWithProcess(
  doc: Y.Doc,
  cardId: CardId,
  patch: Partial<Slot>,
  by: PersonId | null,
  now: number = Date.now(),
): Applied {
  return change(doc, () => {
    rescheduleCard(doc, cardId, patch);
    return applyProcess(doc, cardId, { by, now });
  });
}

/** The card's requests that are still open (what unscheduling asks about). */
export function openRequestsOf(doc: Y.Doc, cardId: CardId): Request[] {
  const open: Request[] = [];
  requestsMap(doc).forEach((value, id) => {
    const request = getRequest(doc, id as RequestId);
    if (request?.cardId === cardId && isActive(request) && value !== undefined) open.push(request);
  });
  return open;
}

/**
 * Takes a card out of the calendar. With `withdraw`, its open requests are withdrawn: those of
 * its process and those `by` asked for (the others are not theirs to withdraw).
 */
export function unscheduleWithRequests(
  doc: Y.Doc,
  cardId: CardId,
  by: PersonId | null,
  withdraw: boolean,
  now: number = Date.now(),
): void {
  change(doc, () => {
    unscheduleCard(doc, cardId);
    if (!withdraw) return;
    for (const request of openRequestsOf(doc, cardId)) {
      if (request.id.startsWith(`x-${cardId}-`)) {
        recordOf(requestsMap(doc), request.id)?.set('cancelled', { at: now, by });
      } else if (!request.from || request.from.id === by) cancelRequest(doc, request.id, by, now);
    }
  });
}

/** Cards whose process has a step ready that is not open yet (steps met concurrently on two devices). */
export function cardsWithReadySteps(doc: Y.Doc, now: number = Date.now()): CardId[] {
  const ids: CardId[] = [];
  cardsMap(doc).forEach((value, id) => {
    const choice = value && cardProcessChoice(doc, id as CardId);
    if (!choice || choice === NO_PROCESS) return;
    const plan = planOfCard(doc, id as CardId, now);
    if (plan?.steps.some((s) => s.state === 'ready')) ids.push(id as CardId);
  });
  return ids;
}
