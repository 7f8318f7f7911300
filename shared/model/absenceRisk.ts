/*
 * Posts at risk because someone is away: the plan's "gefährdet" (slots.ts) for a post whose
 * input or approval waits on a person who is away on its due date (the request was made before
 * the absence was recorded, or nobody could stand in), or whose owner is away on the post day with
 * nobody standing in. A post that has passed, is approved or published is not at risk this way.
 */
import { absenceOn, resolveHandler, type Absence } from './absences';
import type { PersonId } from './ids';
import { pendingApprovers, requestStatus } from './requestReads';
import type { Card, Request, Stage } from './schema';

export interface AwayRisk {
  personId: PersonId;
  name: string;
  absence: Absence;
  /** What waits on them: an input or approval, or the post itself (its owner). */
  reason: 'request' | 'owner';
}

/** Who the card waits on while they are away (see the header comment); empty when nobody. */
export function awayRisks(
  card: Card,
  requests: readonly Request[],
  absences: readonly Absence[],
  stage: Stage | null,
  ownerName: string,
): AwayRisk[] {
  if (!card.slot || card.archived || absences.length === 0) return [];
  if (stage === 'approved' || stage === 'published') return [];
  const risks: AwayRisk[] = [];
  const seen = new Set<string>();
  const add = (
    personId: PersonId,
    name: string,
    absence: Absence | undefined,
    reason: AwayRisk['reason'],
  ) => {
    if (!absence || seen.has(personId)) return;
    seen.add(personId);
    risks.push({ personId, name, absence, reason });
  };
  for (const request of requests) {
    if (request.cardId !== card.id || requestStatus(request) !== 'open') continue;
    const date = request.dueDate ?? card.slot.date;
    const waitingOn =
      request.kind === 'approval' ? pendingApprovers(request) : request.to ? [request.to] : [];
    for (const person of waitingOn)
      add(person.id, person.name, absenceOn(absences, person.id, date), 'request');
  }
  if (card.ownerId) {
    const handler = resolveHandler(absences, card.ownerId, card.slot.date);
    if (handler.unresolved) add(card.ownerId, ownerName, handler.absence ?? undefined, 'owner');
  }
  return risks;
}
