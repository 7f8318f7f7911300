/*
 * Approvals bound to what was approved. Each approving decision keeps a snapshot of the card's
 * approved content (approvedContent.ts) as `content` beside it in the request's `decisions`. An
 * approval is stale ("nach Freigabe geändert") when that content has changed since, or when a
 * crisis began after it while the card was still to go out: a post held by a crisis needs a new
 * approval before it goes back into the plan.
 *
 * A stale approval takes the card out of "Freigegeben" back to "Zur Freigabe", in the same
 * transaction as the edit that made it stale (and when a crisis ends), unless the team keeps
 * approved cards where they are (meta.keepApprovedOnChange). The approver approves again in one
 * step (reapprove), which records a new snapshot and, once no approval of the card is stale, moves
 * the card back to "Freigegeben" as the first approval did.
 */
import * as Y from 'yjs';
import { clip, LIMITS } from './bounds';
import {
  approvedContent,
  contentDiff,
  readApprovedContent,
  storedContent,
  type ApprovedContent,
  type ContentChange,
} from './approvedContent';
import { approvalRecordIds } from './approvalIndex';
import { zonedNow } from './calendarDates';
import { moveCard } from './cards';
import { cardsMap, change, columnsMap, metaMap, recordOf } from './doc';
import { appendHistory, nameOf } from './history';
import type { CardId, PersonId } from './ids';
import { readMeetings } from './meetings';
import { isPos, readCard, readRequest } from './read';
import { requestsMap, requestStatus } from './requestReads';
import { readAutoApprove, RequestError } from './requests';
import { columnOfStage } from './stages';
import { writeSignature, type SignatureRecord } from './signatures';
import { STAGES, type ApprovalRequest, type NamedPerson, type RequestId, type Stage } from './schema';
import { readMeta } from './workspace';

/** Whether an approved card stays in "Freigegeben" when its content changes (default: no). */
export function readKeepApprovedOnChange(doc: Y.Doc): boolean {
  return metaMap(doc).get('keepApprovedOnChange') === true;
}

export function setKeepApprovedOnChange(doc: Y.Doc, on: boolean): void {
  change(doc, () => metaMap(doc).set('keepApprovedOnChange', on));
}

/** One approver's approval that no longer covers the card as it is. */
export interface StaleApproval {
  requestId: RequestId;
  personId: PersonId;
  name: string;
  /** When it was approved, and with which comment (a re-approval keeps it). */
  at: number;
  comment: string;
  /** What changed since, field by field (empty when only a crisis made it stale). */
  changes: ContentChange[];
  /** A crisis began after the approval while the post was still to go out. */
  crisis: boolean;
}

/** The approval requests of a card that are not cancelled, oldest first (approvalIndex.ts finds them). */
function approvalsOf(doc: Y.Doc, cardId: CardId): { request: ApprovalRequest; record: Y.Map<unknown> }[] {
  const found: { request: ApprovalRequest; record: Y.Map<unknown> }[] = [];
  const requests = requestsMap(doc);
  for (const id of approvalRecordIds(doc, cardId)) {
    const value = requests.get(id);
    if (!(value instanceof Y.Map) || value.get('cardId') !== cardId || value.get('kind') !== 'approval')
      continue;
    const request = readRequest(id, value);
    if (request?.kind === 'approval' && !request.cancelled) found.push({ request, record: value });
  }
  return found.sort(
    (a, b) =>
      a.request.createdAt - b.request.createdAt ||
      (a.request.id < b.request.id ? -1 : a.request.id > b.request.id ? 1 : 0),
  );
}

/** The snapshot stored with a person's decision, if it has one. */
function snapshotOf(record: Y.Map<unknown>, personId: string): ApprovedContent | null {
  const decisions = record.get('decisions');
  if (!(decisions instanceof Y.Map)) return null;
  const stored = decisions.get(personId) as { content?: unknown } | undefined;
  return typeof stored === 'object' && stored !== null ? readApprovedContent(stored.content) : null;
}

/** Whether a crisis began after `at` while the card's post (slot) was still ahead. */
function crisisSince(doc: Y.Doc, content: ApprovedContent, at: number): boolean {
  if (!content.slot) return false;
  const zone = readMeta(doc).timezone;
  return readMeetings(doc).some((m) => {
    if (m.kind !== 'crisis' || m.problems.includes('startedAt') || m.startedAt <= at) return false;
    return content.slot!.date >= zonedNow(zone, new Date(m.startedAt)).date;
  });
}

/**
 * The approvals of a card that no longer cover it: approving decisions whose snapshot differs from
 * the card now, or that a later crisis held. Decisions without a snapshot (made by an older
 * version) are never stale here; their signature still says whether the card changed.
 */
export function staleApprovals(doc: Y.Doc, cardId: CardId): StaleApproval[] {
  // The approving decisions with a snapshot first: most cards have none, and then the card's
  // content (its brief, copy and files) is not read at all.
  const decided: { request: ApprovalRequest; approver: NamedPerson; before: ApprovedContent }[] = [];
  for (const { request, record } of approvalsOf(doc, cardId)) {
    for (const approver of request.approvers) {
      if (request.decisions[approver.id]?.decision !== 'approved') continue;
      const before = snapshotOf(record, approver.id);
      if (before) decided.push({ request, approver, before });
    }
  }
  if (decided.length === 0) return [];
  const now = approvedContent(doc, cardId);
  if (!now) return [];
  const stale: StaleApproval[] = [];
  for (const { request, approver, before } of decided) {
    const { at, comment } = request.decisions[approver.id]!;
    const changes = contentDiff(before, now);
    const crisis = crisisSince(doc, now, at);
    if (changes.length > 0 || crisis)
      stale.push({
        requestId: request.id,
        personId: approver.id,
        name: approver.name,
        at,
        comment,
        changes,
        crisis,
      });
  }
  return stale;
}

/**
 * The stage of the column a card stands in, read from its record: only the column's `stage`, as
 * readColumn reads it (this runs in every scheduling and copy edit).
 */
function stageOfCard(doc: Y.Doc, cardId: CardId): Stage | null {
  const pos = recordOf(cardsMap(doc), cardId)?.get('pos');
  if (!isPos(pos)) return null;
  const stage = recordOf(columnsMap(doc), pos.columnId)?.get('stage');
  return (STAGES as readonly unknown[]).includes(stage) ? (stage as Stage) : null;
}

/**
 * Takes a card out of "Freigegeben" to "Zur Freigabe" when an approval of it is stale (and the team
 * did not choose to keep approved cards). Called inside the transaction of every edit of approved
 * content, so the edit and the move are one step, undone together.
 */
export function leaveApprovedIfChanged(doc: Y.Doc, cardId: CardId): void {
  if (stageOfCard(doc, cardId) !== 'approved' || readKeepApprovedOnChange(doc)) return;
  const stale = staleApprovals(doc, cardId);
  if (stale.length === 0) return;
  const review = columnOfStage(doc, 'review');
  if (!review) return;
  moveCard(doc, cardId, { columnId: review });
  appendHistory(doc, cardId, {
    type: 'changedAfterApproval',
    kind: 'approval',
    detail: stale[0]!.name,
    by: null,
    at: Date.now(),
  });
}

/** After a crisis: every approved card whose approval the crisis held goes back for approval. */
export function returnHeldForApproval(doc: Y.Doc): void {
  cardsMap(doc).forEach((value, id) => {
    if (value instanceof Y.Map && !readCard(id, value).archived) leaveApprovedIfChanged(doc, id as CardId);
  });
}

/**
 * The approver approves again what the card holds now, in one step: a new decision with a new
 * snapshot (and signature), also on a settled approval. Refused for anyone who is not an approver
 * of it or may not approve this card, as a first approval is. Once no approval of the card is
 * stale and all are in, the card moves back to "Freigegeben" (when the team lets approvals move it).
 */
export function reapprove(
  doc: Y.Doc,
  requestId: RequestId,
  input: { by: PersonId; comment?: string; now?: number; signature?: SignatureRecord },
): void {
  const record = recordOf(requestsMap(doc), requestId);
  const request = record && readRequest(requestId, record);
  if (!record || request?.kind !== 'approval' || request.cancelled)
    throw new RequestError('missing', `No open approval ${requestId}.`);
  if (!request.approvers.some((a) => a.id === input.by))
    throw new RequestError('notApprover', 'Only the named approvers decide.', nameOf(doc, input.by));
  const value = cardsMap(doc).get(request.cardId);
  const card = value === undefined ? undefined : readCard(request.cardId, value);
  if (card && (card.ownerId === input.by || card.createdBy === input.by))
    throw new RequestError('ownCard', 'Nobody approves their own card.', nameOf(doc, input.by));
  if (request.from?.id === input.by)
    throw new RequestError('ownRequest', 'Nobody approves their own request.', nameOf(doc, input.by));
  const content = approvedContent(doc, request.cardId);
  if (!content) throw new RequestError('missing', 'The card is gone.');
  const at = input.now ?? Date.now();
  const comment = clip(input.comment ?? request.decisions[input.by]?.comment ?? '', LIMITS.note);
  change(doc, () => {
    let decisions = record.get('decisions');
    if (!(decisions instanceof Y.Map)) {
      decisions = new Y.Map();
      record.set('decisions', decisions);
    }
    (decisions as Y.Map<unknown>).set(input.by, {
      decision: 'approved',
      comment,
      at,
      content: storedContent(content),
    });
    if (input.signature) writeSignature(doc, input.signature);
    appendHistory(doc, request.cardId, {
      type: 'reapproved',
      kind: 'approval',
      detail: comment,
      by: input.by,
      at,
    });
    const fresh = readRequest(requestId, record);
    const approved = columnOfStage(doc, 'approved');
    if (
      fresh &&
      requestStatus(fresh) === 'approved' &&
      staleApprovals(doc, request.cardId).length === 0 &&
      readAutoApprove(doc) &&
      approved &&
      stageOfCard(doc, request.cardId) === 'review'
    )
      moveCard(doc, request.cardId, { columnId: approved });
  });
}

/** A person's approvals that no longer cover their card, for their task list: per card, oldest approval first. */
export function staleApprovalsOf(doc: Y.Doc, personId: PersonId): (StaleApproval & { cardId: CardId })[] {
  const cards = new Set<CardId>();
  requestsMap(doc).forEach((value) => {
    if (!(value instanceof Y.Map) || value.get('kind') !== 'approval') return;
    const decisions = value.get('decisions');
    const cardId = value.get('cardId');
    if (decisions instanceof Y.Map && decisions.has(personId) && typeof cardId === 'string')
      cards.add(cardId as CardId);
  });
  return [...cards].flatMap((cardId) =>
    staleApprovals(doc, cardId)
      .filter((stale) => stale.personId === personId)
      .map((stale) => ({ ...stale, cardId })),
  );
}
