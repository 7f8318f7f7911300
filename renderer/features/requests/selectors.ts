// Requests as the renderer reads them: read again only when a request changed (not on every
// document version) and indexed by card, so that many tiles asking for their card's requests cost
// one read of the map, not one each, and get the same array while their requests are unchanged.
import {
  cardRequestState,
  readRequests,
  type CardId,
  type CardRequestState,
  type Request,
  type RequestList,
} from '../../../shared/model';
import type { Session } from '../../sync/session';
import { onChangesOf } from '../selectors';

interface Index {
  list: RequestList;
  byCard: Map<string, Request[]>;
}

const NONE: readonly Request[] = [];

export const selectRequestIndex = onChangesOf(['requests'], (session: Session): Index => {
  const list = readRequests(session.doc);
  const byCard = new Map<string, Request[]>();
  for (const request of list.requests) {
    const forCard = byCard.get(request.cardId);
    if (forCard) forCard.push(request);
    else byCard.set(request.cardId, [request]);
  }
  return { list, byCard };
});

/** The parts the requests are read from, for a selector over requestsOfCard. */
export const REQUEST_PARTS = selectRequestIndex.parts;

export const selectRequestList = (session: Session): RequestList => selectRequestIndex(session).list;

export function requestsOfCard(session: Session, cardId: CardId): readonly Request[] {
  return selectRequestIndex(session).byCard.get(cardId) ?? NONE;
}

const states = new WeakMap<readonly Request[], { today: string; state: CardRequestState }>();

/** What a card waits for (its badges); the same object while its requests and the day are unchanged. */
export function requestStateOfCard(session: Session, cardId: CardId, today: string): CardRequestState {
  const requests = requestsOfCard(session, cardId);
  const hit = states.get(requests);
  if (hit?.today === today) return hit.state;
  const state = cardRequestState(requests, today);
  states.set(requests, { today, state });
  return state;
}
