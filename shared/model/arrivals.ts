/*
 * "Erledigt": what came in of what I asked for, so that a delivered input does not just vanish from
 * "Ich warte auf". Inputs I requested that were delivered (with the note that came with them) and
 * approvals I requested that all approvers gave, the newest first.
 */
import type { CardId, PersonId } from './ids';
import { requestStatus } from './requestReads';
import type { Card, Request } from './schema';

export interface Arrival {
  request: Request;
  card: Card | undefined;
  /** When it came in: the delivery, or the last approval. */
  at: number;
}

/** How many arrivals the list keeps; older ones are in the cards' history. */
export const ARRIVALS_SHOWN = 20;

export function arrivalsFor(
  requests: readonly Request[],
  cardOf: (id: CardId) => Card | undefined,
  me: PersonId,
): Arrival[] {
  const arrivals: Arrival[] = [];
  for (const request of requests) {
    if (request.from?.id !== me) continue;
    const status = requestStatus(request);
    if (request.kind === 'approval') {
      if (status !== 'approved') continue;
      const at = Math.max(request.settledAt ?? 0, ...Object.values(request.decisions).map((d) => d.at));
      arrivals.push({ request, card: cardOf(request.cardId), at });
    } else if (status === 'delivered' && request.answer) {
      arrivals.push({ request, card: cardOf(request.cardId), at: request.answer.at });
    }
  }
  return arrivals
    .sort((a, b) => b.at - a.at || (a.request.id < b.request.id ? -1 : 1))
    .slice(0, ARRIVALS_SHOWN);
}
