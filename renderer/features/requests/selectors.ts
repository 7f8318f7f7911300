// Requests as the renderer reads them: read once per document version and indexed by card, so
// that many tiles asking for their card's requests cost one read of the map, not one each.
import { readRequests, type CardId, type Request, type RequestList } from '../../../shared/model';
import type { Session } from '../../sync/session';

interface Index {
  version: number;
  list: RequestList;
  byCard: Map<string, Request[]>;
}

const indexes = new WeakMap<Session, Index>();
const NONE: readonly Request[] = [];

function indexOf(session: Session): Index {
  const cached = indexes.get(session);
  if (cached?.version === session.version) return cached;
  const list = readRequests(session.doc);
  const byCard = new Map<string, Request[]>();
  for (const request of list.requests) {
    const forCard = byCard.get(request.cardId);
    if (forCard) forCard.push(request);
    else byCard.set(request.cardId, [request]);
  }
  const index = { version: session.version, list, byCard };
  indexes.set(session, index);
  return index;
}

export const selectRequestList = (session: Session): RequestList => indexOf(session).list;

export function requestsOfCard(session: Session, cardId: CardId): readonly Request[] {
  return indexOf(session).byCard.get(cardId) ?? NONE;
}
