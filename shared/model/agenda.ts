/*
 * What the editorial meeting should look at, read from the document: the posts of this week and
 * next that are at risk or overdue, the approvals still open, the inputs past their due date, and
 * the ideas that have waited longest for a slot. Archived and deleted cards, and their requests,
 * are left out.
 */
import type * as Y from 'yjs';
import { addDaysKey, weekOf, type WallClock } from './calendarDates';
import { readCards } from './cards';
import { readColumns } from './columns';
import type { CardId } from './ids';
import { isActive, isRequestOverdue, pendingApprovers, readRequests } from './requestReads';
import type { Card, RequestId, Slot } from './schema';
import { compareSlots, slotRisk, type SlotRisk } from './slots';

/** How many ideas the agenda lists, the longest waiting first. */
export const AGENDA_IDEAS = 5;

export interface AgendaPost {
  cardId: CardId;
  title: string;
  slot: Slot;
  risk: SlotRisk;
}

export interface AgendaRequest {
  id: RequestId;
  cardId: CardId;
  title: string;
  /** Who has to act: the recipient of an input, the approvers yet to decide. */
  names: string[];
  dueDate: string | null;
}

export interface AgendaIdea {
  cardId: CardId;
  title: string;
  createdAt: number;
}

export interface Agenda {
  posts: AgendaPost[];
  approvals: AgendaRequest[];
  overdueInputs: AgendaRequest[];
  ideas: AgendaIdea[];
}

export function meetingAgenda(doc: Y.Doc, now: WallClock): Agenda {
  const columns = readColumns(doc);
  const stageOf = new Map(columns.map((c) => [c.id as string, c.stage]));
  const cards = readCards(doc).filter((c) => !c.archived);
  const byId = new Map(cards.map((c) => [c.id as string, c]));
  const from = weekOf(now.date).days[0]!;
  const to = addDaysKey(from, 13);
  const posts: AgendaPost[] = [];
  for (const card of cards) {
    if (!card.slot || card.slot.date < from || card.slot.date > to) continue;
    const risk = slotRisk(card.slot, stageOf.get(card.pos.columnId) ?? null, now);
    if (risk) posts.push({ cardId: card.id, title: card.title, slot: card.slot, risk });
  }
  posts.sort((a, b) => compareSlots(a.slot, b.slot) || a.cardId.localeCompare(b.cardId));

  const approvals: AgendaRequest[] = [];
  const overdueInputs: AgendaRequest[] = [];
  for (const request of readRequests(doc).requests) {
    if (!isActive(request) || !byId.has(request.cardId)) continue;
    const base = {
      id: request.id,
      cardId: request.cardId,
      title: byId.get(request.cardId)!.title,
      dueDate: request.dueDate,
    };
    if (request.kind === 'approval') {
      approvals.push({ ...base, names: pendingApprovers(request).map((a) => a.name) });
    } else if (isRequestOverdue(request, now.date)) {
      overdueInputs.push({ ...base, names: request.to ? [request.to.name] : [] });
    }
  }
  const byDue = (a: AgendaRequest, b: AgendaRequest) =>
    (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.id.localeCompare(b.id);
  approvals.sort(byDue);
  overdueInputs.sort(byDue);

  const ideaStages = new Set(columns.filter((c) => c.stage === 'ideas').map((c) => c.id as string));
  const ideas = cards
    .filter((c: Card) => !c.slot && ideaStages.has(c.pos.columnId))
    .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id))
    .slice(0, AGENDA_IDEAS)
    .map((c) => ({ cardId: c.id, title: c.title, createdAt: c.createdAt }));
  return { posts, approvals, overdueInputs, ideas };
}
