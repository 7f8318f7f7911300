import { leaveApprovedIfChanged } from './approvalChanges';
import { clip, LIMITS } from './bounds';
import * as Y from 'yjs';
import { columnSiblings } from './columnIndex';
import { applyPatch, cardsMap, change, newRecord, recordOf } from './doc';
import { storedStampOf, stampStep } from './history';
import { newId, type CardId, type ChannelId, type ColumnId, type PersonId } from './ids';
import { compareOrdered, keyForPlacement, type Placement } from './ordering';
import { isPos, readCard } from './read';
import type { ActionField, Card } from './schema';
import { applyTextChange, wellFormed } from './text';

export interface NewCard {
  title: string;
  columnId: ColumnId;
  body?: string;
  ownerId?: PersonId | null;
  channelIds?: ChannelId[];
  field?: ActionField | null;
  tags?: string[];
  createdBy?: PersonId | null;
  place?: Placement;
  now?: number;
}

export interface CardPatch {
  title?: string;
  ownerId?: PersonId | null;
  channelIds?: ChannelId[];
  field?: ActionField | null;
  tags?: string[];
}

/** All cards, read defensively; archived ones included. */
export function readCards(doc: Y.Doc): Card[] {
  const cards: Card[] = [];
  cardsMap(doc).forEach((value, id) => cards.push(readCard(id, value)));
  return cards;
}

export function getCard(doc: Y.Doc, id: CardId): Card | undefined {
  const value = cardsMap(doc).get(id);
  return value === undefined ? undefined : readCard(id, value);
}

/** The live cards of a column in board order (archived cards excluded unless asked for). */
export function cardsInColumn(doc: Y.Doc, columnId: ColumnId, includeArchived = false): Card[] {
  return readCards(doc)
    .filter((c) => c.pos.columnId === columnId && (includeArchived || !c.archived))
    .sort((a, b) => compareOrdered({ id: a.id, order: a.pos.order }, { id: b.id, order: b.pos.order }));
}

/** The (id, order) of a column's live cards in order, from the column index (no scan of all cards). */
/** The fields that hold something: no null, undefined or empty list. */
function nonEmpty(fields: { [key: string]: unknown }): { [key: string]: unknown } {
  return Object.fromEntries(
    Object.entries(fields).filter(
      ([, value]) => value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0),
    ),
  );
}

export function cleanTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const tag of tags) {
    const clean = clip(tag.trim().replace(/^#/, ''), LIMITS.tag);
    if (clean && seen.size < LIMITS.tags) seen.add(clean);
  }
  return [...seen];
}

export function addCard(doc: Y.Doc, input: NewCard): CardId {
  const id = newId<CardId>('c');
  change(doc, () => {
    const order = keyForPlacement(columnSiblings(doc, input.columnId), input.place ?? 'end');
    // Always a Y.Text, even empty: two peers typing into a new card's brief edit one text.
    const body = new Y.Text(input.body ? wellFormed(clip(input.body, LIMITS.text, false)) : '');
    cardsMap(doc).set(
      id,
      newRecord({
        // Empty values are left out: the readers fall back to them (no slot, not archived, no
        // channels, owner, field or tags), which keeps a big document about 60 KB per 2,000 cards
        // smaller. "created" is read from createdAt/createdBy (history.ts).
        ...nonEmpty({
          title: clip(input.title, LIMITS.title),
          body,
          pos: { columnId: input.columnId, order },
          channelIds: input.channelIds?.slice(0, LIMITS.list), // a copy: Yjs keeps the stored array
          ownerId: input.ownerId,
          field: input.field,
          tags: input.tags && cleanTags(input.tags),
          createdAt: input.now ?? Date.now(),
          createdBy: input.createdBy,
        }),
      }),
    );
  });
  return id;
}

function cardRecord(doc: Y.Doc, id: CardId) {
  return recordOf(cardsMap(doc), id);
}

/** Updates the given fields of a card; a card that is gone (deleted by a peer) is left alone. */
export function updateCard(doc: Y.Doc, id: CardId, patch: CardPatch): void {
  change(doc, () => {
    const record = cardRecord(doc, id);
    if (!record) return;
    applyPatch(record, {
      ...patch,
      title: patch.title === undefined ? undefined : clip(patch.title, LIMITS.title),
      channelIds: patch.channelIds?.slice(0, LIMITS.list),
      tags: patch.tags && cleanTags(patch.tags),
    });
    // The title and the channels (whose copy goes out) are approved content.
    if (patch.title !== undefined || patch.channelIds !== undefined) leaveApprovedIfChanged(doc, id);
  });
}

/** Edits the brief character by character (see applyTextChange), creating the Y.Text if missing. */
export function setCardBody(doc: Y.Doc, id: CardId, next: string): void {
  change(doc, () => {
    const record = cardRecord(doc, id);
    if (!record) return;
    let body = record.get('body');
    if (!(body instanceof Y.Text)) {
      body = new Y.Text();
      record.set('body', body);
    }
    applyTextChange(body as Y.Text, clip(next, LIMITS.text, false));
    leaveApprovedIfChanged(doc, id);
  });
}

/** The Y.Text of a card's brief, for bindings that observe it directly. */
export function cardBodyText(doc: Y.Doc, id: CardId): Y.Text | undefined {
  const body = cardRecord(doc, id)?.get('body');
  return body instanceof Y.Text ? body : undefined;
}

/**
 * Moves a card to a place in a column. The place is written as one `pos` value, so concurrent
 * moves of the same card converge to one whole place (never one peer's column with the other's order).
 */
export function moveCard(doc: Y.Doc, id: CardId, target: { columnId: ColumnId; place?: Placement }): void {
  change(doc, () => {
    const record = cardRecord(doc, id);
    if (!record) return;
    const order = keyForPlacement(columnSiblings(doc, target.columnId), target.place ?? 'end', id);
    const from = record.get('pos');
    // The stamp says who moved the card into its column and when; a reorder keeps it.
    const stamp =
      isPos(from) && from.columnId === target.columnId
        ? storedStampOf(from)
        : stampStep(doc, id, 'moved', from);
    record.set('pos', { columnId: target.columnId, order, ...stamp });
  });
}

export function setArchived(doc: Y.Doc, id: CardId, archived: boolean): void {
  change(doc, () => cardRecord(doc, id)?.set('archived', archived));
}

export function deleteCard(doc: Y.Doc, id: CardId): void {
  change(doc, () => cardsMap(doc).delete(id));
}
