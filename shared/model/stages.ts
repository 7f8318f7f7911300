/*
 * Where a card goes by itself when its workflow moves on. The team decides in the settings
 * (meta.reviewOnRequest, default on): asking for an approval moves the card to the column with
 * stage 'review' ("Zur Freigabe"), as the last approval moves it to 'approved' (requests.ts).
 * Only forwards: a card already in review, approved or published stays where it is.
 */
import type * as Y from 'yjs';
import { cardsMap, change, columnsMap, metaMap, recordOf } from './doc';
import type { CardId, ColumnId } from './ids';
import { isPos, readColumn } from './read';
import { moveCard } from './cards';
import { STAGES, type Stage } from './schema';

/** Whether asking for an approval moves the card to "Zur Freigabe" (default: yes). */
export function readReviewOnRequest(doc: Y.Doc): boolean {
  return metaMap(doc).get('reviewOnRequest') !== false;
}

export function setReviewOnRequest(doc: Y.Doc, on: boolean): void {
  change(doc, () => metaMap(doc).set('reviewOnRequest', on));
}

/** The first column that carries this stage, if the team kept one. */
export function columnOfStage(doc: Y.Doc, stage: Stage): ColumnId | null {
  let found: ColumnId | null = null;
  columnsMap(doc).forEach((value, id) => {
    if (!found && readColumn(id, value)?.stage === stage) found = id as ColumnId;
  });
  return found;
}

/** Moves the card to the review column when the setting is on and the card is before review. */
export function moveForReview(doc: Y.Doc, cardId: CardId): void {
  if (!readReviewOnRequest(doc)) return;
  const review = columnOfStage(doc, 'review');
  const pos = recordOf(cardsMap(doc), cardId)?.get('pos');
  if (!review || !isPos(pos) || pos.columnId === review) return;
  const from = readColumn(pos.columnId, columnsMap(doc).get(pos.columnId))?.stage ?? null;
  if (from && STAGES.indexOf(from) > STAGES.indexOf('review')) return;
  moveCard(doc, cardId, { columnId: review });
}
