import * as Y from 'yjs';
import { columnSiblings } from './columnIndex';
import { applyPatch, cardsMap, change, columnsMap, newRecord, recordOf } from './doc';
import { appendHistory } from './history';
import { newId, type CardId, type ChannelId, type ColumnId, type PersonId } from './ids';
import { compareOrdered, keyForPlacement, type Placement } from './ordering';
import { isPos, readCard, readColumn } from './read';
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
function siblingsOf(doc: Y.Doc, columnId: ColumnId, except?: CardId) {
  return columnSiblings(doc, columnId, except);
}

export function cleanTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const tag of tags) {
    const clean = tag.trim().replace(/^#/, '').trim();
    if (clean) seen.add(clean);
  }
  return [...seen];
}

export function addCard(doc: Y.Doc, input: NewCard): CardId {
  const id = newId<CardId>('card');
  change(doc, () => {
    const order = keyForPlacement(siblingsOf(doc, input.columnId), input.place ?? 'end');
    const body = new Y.Text();
    if (input.body) body.insert(0, wellFormed(input.body));
    cardsMap(doc).set(
      id,
      newRecord({
        title: input.title.trim(),
        body,
        pos: { columnId: input.columnId, order },
        channelIds: [...(input.channelIds ?? [])], // a copy: Yjs keeps the stored array itself
        slot: null,
        ownerId: input.ownerId ?? null,
        field: input.field ?? null,
        tags: cleanTags(input.tags ?? []),
        createdAt: input.now ?? Date.now(),
        createdBy: input.createdBy ?? null,
        archived: false,
      }),
    );
    appendHistory(doc, id, { type: 'created', by: input.createdBy ?? undefined, at: input.now });
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
      title: patch.title?.trim(),
      channelIds: patch.channelIds && [...patch.channelIds],
      tags: patch.tags && cleanTags(patch.tags),
    });
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
    applyTextChange(body as Y.Text, next);
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
    const order = keyForPlacement(siblingsOf(doc, target.columnId, id), target.place ?? 'end');
    const from = record.get('pos');
    record.set('pos', { columnId: target.columnId, order });
    if (!isPos(from) || from.columnId !== target.columnId) {
      const column = readColumn(target.columnId, columnsMap(doc).get(target.columnId));
      appendHistory(doc, id, { type: 'moved', detail: column?.title ?? '' });
    }
  });
}

export function setArchived(doc: Y.Doc, id: CardId, archived: boolean): void {
  change(doc, () => cardRecord(doc, id)?.set('archived', archived));
}

export function deleteCard(doc: Y.Doc, id: CardId): void {
  change(doc, () => cardsMap(doc).delete(id));
}
