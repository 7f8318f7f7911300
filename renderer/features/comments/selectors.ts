// Selectors over the comments: all of them per change of comments, a card's thread, a person's mentions.
import {
  commentsOfCard,
  mentionsOf,
  readComments,
  type CardId,
  type Comment,
  type Mention,
  type PersonId,
} from '../../../shared/model';
import type { DocPart } from '../../sync/changeTracker';
import type { Session } from '../../sync/session';
import { onChangesOf } from '../selectors';

/** Every readable comment, read again only when a comment changed. */
export const selectComments = onChangesOf(['comments'], (session): Comment[] => readComments(session.doc));

/** The parts a card's thread is read from. */
export const COMMENT_PARTS: readonly DocPart[] = ['comments'];
/** The parts a person's mentions are read from: the comments, and which cards exist. */
export const MENTION_PARTS: readonly DocPart[] = ['comments', 'cards'];

export function commentsOf(session: Session, cardId: CardId): Comment[] {
  return commentsOfCard(selectComments(session), cardId);
}

/** The mentions of a person on cards that exist, newest first. */
export function mentionsFor(session: Session, person: PersonId): Mention[] {
  return mentionsOf(selectComments(session), person, (id) => session.card(id) !== undefined);
}
