/*
 * The approval requests of each card, kept up to date incrementally, so that an edit of a card's
 * approved content (leaveApprovedIfChanged, in the transaction of every scheduling and copy edit)
 * finds the card's approvals without reading every request of the workspace.
 *
 *   byCard  Map<cardId, Set<requestId>>   the request records of kind 'approval', by their cardId
 *   cardOf  Map<requestId, cardId>        where each of them is listed
 *
 * One index per Y.Doc, built on first use with one scan. After that it follows the document: an
 * observeDeep on `requests` re-reads the records that were added, removed or replaced, and those
 * whose `cardId` or `kind` changed (a peer may write anything there). Inside a transaction the
 * observers have not run yet; a query then first re-reads the records the running transaction
 * touched (Transaction.changed), as columnIndex.ts does.
 *
 * What must hold: `approvalRecordIds(doc, cardId)` lists every record a full scan of `requests`
 * finds with that cardId and kind 'approval' (approvalIndex.test.ts). Callers read each record
 * as they would from a scan, so a record listed by mistake would only be read, never trusted.
 */
import * as Y from 'yjs';
import type { CardId } from './ids';

class ApprovalIndex {
  private readonly byCard = new Map<string, Set<string>>();
  private readonly cardOf = new Map<string, string>();

  constructor(
    private readonly doc: Y.Doc,
    private readonly requests: Y.Map<unknown>,
  ) {
    requests.forEach((value, id) => this.refresh(id, value));
    requests.observeDeep((events) => {
      for (const event of events) {
        // keysChanged, as in columnIndex.ts: it also lists a record added and removed in one transaction.
        if (!(event instanceof Y.YMapEvent)) continue;
        const keys = event.keysChanged as Set<string>;
        if (event.target === requests) keys.forEach((id) => this.refresh(id));
        else if (event.path.length === 1 && (keys.has('cardId') || keys.has('kind')))
          this.refresh(String(event.path[0]));
      }
    });
  }

  /** Re-reads the records the running transaction touched, if there is one (see the header). */
  private catchUp(): void {
    const transaction = this.doc._transaction;
    if (!transaction) return;
    for (const [type, keys] of transaction.changed) {
      if ((type as unknown) === this.requests) keys.forEach((id) => id !== null && this.refresh(id));
      else if ((type.parent as unknown) === this.requests && type._item?.parentSub)
        this.refresh(type._item.parentSub);
    }
  }

  private refresh(id: string, value: unknown = this.requests.get(id)): void {
    const card = cardOfApproval(value);
    const before = this.cardOf.get(id);
    if (before === card) return;
    if (before !== undefined) {
      const ids = this.byCard.get(before);
      ids?.delete(id);
      if (ids?.size === 0) this.byCard.delete(before);
      this.cardOf.delete(id);
    }
    if (card === undefined) return;
    this.cardOf.set(id, card);
    let ids = this.byCard.get(card);
    if (!ids) this.byCard.set(card, (ids = new Set()));
    ids.add(id);
  }

  recordIds(cardId: string): readonly string[] {
    this.catchUp();
    const ids = this.byCard.get(cardId);
    return ids ? [...ids] : [];
  }
}

/** The card an approval record belongs to; undefined for anything else. */
function cardOfApproval(value: unknown): string | undefined {
  if (!(value instanceof Y.Map) || value.get('kind') !== 'approval') return undefined;
  const cardId = value.get('cardId');
  return typeof cardId === 'string' ? cardId : undefined;
}

const indexes = new WeakMap<Y.Doc, ApprovalIndex>();

/** The ids of the request records of kind 'approval' that name this card (see the header). */
export function approvalRecordIds(doc: Y.Doc, cardId: CardId): readonly string[] {
  let index = indexes.get(doc);
  if (!index) {
    index = new ApprovalIndex(doc, doc.getMap<unknown>('requests'));
    indexes.set(doc, index);
  }
  return index.recordIds(cardId);
}
