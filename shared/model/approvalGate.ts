/*
 * Moving a card into the approved stage by hand while its approval is still open, or while changes
 * are requested, is a decision of its own: the UI asks first (approvalHold), and the move is then
 * recorded in the card's history as made without the approval (moveCardPastApproval).
 */
import type * as Y from 'yjs';
import { moveCard } from './cards';
import { cardsMap, change, columnsMap } from './doc';
import { appendHistory } from './history';
import type { CardId, ColumnId, PersonId } from './ids';
import { isPos, readColumn } from './read';
import { cardRequestState, requestsOfCard } from './requestReads';
import type { Placement } from './ordering';

export type ApprovalHold = 'pending' | 'changes';

/** Why moving the card into `columnId` needs asking first, or null when it does not. */
export function approvalHold(doc: Y.Doc, cardId: CardId, columnId: ColumnId): ApprovalHold | null {
  if (readColumn(columnId, columnsMap(doc).get(columnId))?.stage !== 'approved') return null;
  const record = cardsMap(doc).get(cardId);
  const pos =
    record && typeof record === 'object' && 'get' in record ? (record as Y.Map<unknown>).get('pos') : null;
  if (isPos(pos) && pos.columnId === columnId) return null;
  const { approval } = cardRequestState(requestsOfCard(doc, cardId), '');
  return approval === 'pending' || approval === 'changes' ? approval : null;
}

/** Moves the card as asked and records that it went past its open approval. */
export function moveCardPastApproval(
  doc: Y.Doc,
  cardId: CardId,
  target: { columnId: ColumnId; place?: Placement },
  by: PersonId | null,
): void {
  const hold = approvalHold(doc, cardId, target.columnId);
  change(doc, () => {
    moveCard(doc, cardId, target);
    if (hold) {
      const title = readColumn(target.columnId, columnsMap(doc).get(target.columnId))?.title ?? '';
      appendHistory(doc, cardId, {
        type: hold === 'pending' ? 'approvalBypassed' : 'changesBypassed',
        kind: 'approval',
        detail: title,
        by,
      });
    }
  });
}
