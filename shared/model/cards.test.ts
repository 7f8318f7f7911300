import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addCard,
  cardBodyText,
  cardsInColumn,
  deleteCard,
  getCard,
  moveCard,
  readCards,
  setArchived,
  setCardBody,
  updateCard,
} from './cards';
import { LOCAL_ORIGIN } from './doc';
import { NO_POST } from './post';
import type { CardId, ChannelId, ColumnId, PersonId } from './ids';
import { createWorkspace } from './workspace';

const IDEAS = 'col-ideas' as ColumnId;
const IN_PROGRESS = 'col-in-progress' as ColumnId;
const PUBLISHED = 'col-published' as ColumnId;
const ANNA = 'person-anna' as PersonId;
const BEN = 'person-ben' as PersonId;
const FB = 'channel-fb' as ChannelId;
const IG = 'channel-ig' as ChannelId;

function workspace(): Y.Doc {
  const doc = new Y.Doc();
  createWorkspace(doc, { name: 'Redaktion' });
  return doc;
}

/** A second peer holding the same state as `doc`. */
function peerOf(doc: Y.Doc): Y.Doc {
  const peer = new Y.Doc();
  Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
  return peer;
}

/** Exchanges everything both ways, as two laptops do when they meet again. */
function sync(a: Y.Doc, b: Y.Doc): void {
  const toB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const toA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, toB, 'remote');
  Y.applyUpdate(a, toA, 'remote');
}

const titles = (doc: Y.Doc, columnId: ColumnId, includeArchived = false) =>
  cardsInColumn(doc, columnId, includeArchived).map((c) => c.title);

function addTitles(doc: Y.Doc, columnId: ColumnId, ...names: string[]): CardId[] {
  return names.map((title) => addCard(doc, { title, columnId }));
}

/** The origins of the transactions `fn` ran. */
function originsOf(doc: Y.Doc, fn: () => void): unknown[] {
  const origins: unknown[] = [];
  const record = (tr: Y.Transaction) => origins.push(tr.origin);
  doc.on('afterTransaction', record);
  try {
    fn();
  } finally {
    doc.off('afterTransaction', record);
  }
  return origins;
}

describe('addCard', () => {
  it('stores every given field, with the title trimmed and the tags cleaned', () => {
    const doc = workspace();
    const id = addCard(doc, {
      title: '  Messe-Teaser BAU  ',
      columnId: IN_PROGRESS,
      body: 'Standnummer und Countdown',
      ownerId: ANNA,
      channelIds: [FB, IG],
      field: 'marketing',
      tags: ['  #Messe ', 'Messe', '', '  ', '#', '#Launch', 'Video '],
      createdBy: BEN,
      now: 1_700_000_000_000,
    });
    expect(getCard(doc, id)).toEqual({
      id,
      title: 'Messe-Teaser BAU',
      body: 'Standnummer und Countdown',
      pos: { columnId: IN_PROGRESS, order: expect.any(String) },
      channelIds: [FB, IG],
      slot: null,
      ownerId: ANNA,
      field: 'marketing',
      tags: ['Messe', 'Launch', 'Video'],
      createdAt: 1_700_000_000_000,
      createdBy: BEN,
      archived: false,
      seriesId: null,
      campaignId: null,
      post: NO_POST,
      problems: [],
    });
  });

  it('fills safe defaults for what is not given', () => {
    const doc = workspace();
    const before = Date.now();
    const id = addCard(doc, { title: 'Idee', columnId: IDEAS });
    const card = getCard(doc, id)!;
    expect(card).toMatchObject({
      body: '',
      channelIds: [],
      slot: null,
      ownerId: null,
      field: null,
      tags: [],
      createdBy: null,
      archived: false,
      problems: [],
    });
    expect(card.createdAt).toBeGreaterThanOrEqual(before);
    expect(card.createdAt).toBeLessThanOrEqual(Date.now());
    // Only what holds something is stored; the readers supply the rest.
    const stored = doc.getMap('cards').get(id) as Y.Map<unknown>;
    expect([...stored.keys()].sort()).toEqual(['body', 'createdAt', 'pos', 'title']);
    // An empty title is still a title: the card is not shown as damaged.
    expect(getCard(doc, addCard(doc, { title: ' ', columnId: IDEAS }))!.problems).toEqual([]);
  });

  it('keeps the brief as a Y.Text, even when it starts empty', () => {
    const doc = workspace();
    const withBody = addCard(doc, { title: 'A', columnId: IDEAS, body: 'Briefing' });
    const without = addCard(doc, { title: 'B', columnId: IDEAS });
    const raw = (id: CardId) => (doc.getMap('cards').get(id) as Y.Map<unknown>).get('body');
    expect(raw(withBody)).toBeInstanceOf(Y.Text);
    expect(raw(without)).toBeInstanceOf(Y.Text);
    expect(cardBodyText(doc, withBody)?.toString()).toBe('Briefing');
    expect(cardBodyText(doc, without)?.toString()).toBe('');
  });

  it('runs as exactly one transaction with the local origin, so one undo removes it', () => {
    const doc = workspace();
    const undo = new Y.UndoManager(doc.getMap('cards'), { trackedOrigins: new Set([LOCAL_ORIGIN]) });
    let id!: CardId;
    const origins = originsOf(doc, () => {
      id = addCard(doc, { title: 'Idee', columnId: IDEAS, body: 'Text', tags: ['x'] });
    });
    expect(origins).toEqual([LOCAL_ORIGIN]);
    expect(undo.undoStack).toHaveLength(1);
    undo.undo();
    expect(getCard(doc, id)).toBeUndefined();
  });

  it('does not keep a reference to the caller’s channel list', () => {
    const doc = workspace();
    const channelIds = [FB];
    const id = addCard(doc, { title: 'Idee', columnId: IDEAS, channelIds });
    channelIds.push(IG);
    expect(getCard(doc, id)!.channelIds).toEqual([FB]);
    expect(readCards(peerOf(doc))[0]!.channelIds).toEqual([FB]);
  });

  it('places a new card at the end by default, or at the start, before or after a card', () => {
    const doc = workspace();
    const [a, , c] = addTitles(doc, IDEAS, 'A', 'B', 'C');
    expect(titles(doc, IDEAS)).toEqual(['A', 'B', 'C']);
    addCard(doc, { title: 'Start', columnId: IDEAS, place: 'start' });
    addCard(doc, { title: 'End', columnId: IDEAS, place: 'end' });
    addCard(doc, { title: 'BeforeC', columnId: IDEAS, place: { before: c! } });
    addCard(doc, { title: 'AfterA', columnId: IDEAS, place: { after: a! } });
    expect(titles(doc, IDEAS)).toEqual(['Start', 'A', 'AfterA', 'B', 'BeforeC', 'C', 'End']);
  });

  it('places relative to live cards only: an archived or missing neighbour means the end', () => {
    const doc = workspace();
    const [a] = addTitles(doc, IDEAS, 'A', 'B');
    setArchived(doc, a!, true);
    addCard(doc, { title: 'AfterArchived', columnId: IDEAS, place: { after: a! } });
    addCard(doc, { title: 'BeforeGone', columnId: IDEAS, place: { before: 'card-gone' } });
    addCard(doc, { title: 'Start', columnId: IDEAS, place: 'start' });
    expect(titles(doc, IDEAS)).toEqual(['Start', 'B', 'AfterArchived', 'BeforeGone']);
  });
});

describe('updateCard', () => {
  it('changes only the fields in the patch', () => {
    const doc = workspace();
    const id = addCard(doc, {
      title: 'Alt',
      columnId: IDEAS,
      body: 'Brief',
      ownerId: ANNA,
      channelIds: [FB],
      field: 'customer',
      tags: ['Service'],
    });
    const before = getCard(doc, id)!;
    updateCard(doc, id, { title: '  Neu  ' });
    expect(getCard(doc, id)).toEqual({ ...before, title: 'Neu' });
    updateCard(doc, id, { tags: ['#Neu', ' Neu', 'Service'], field: 'corporate' });
    expect(getCard(doc, id)).toEqual({
      ...before,
      title: 'Neu',
      tags: ['Neu', 'Service'],
      field: 'corporate',
    });
  });

  it('clears the owner and the field with null', () => {
    const doc = workspace();
    const id = addCard(doc, { title: 'A', columnId: IDEAS, ownerId: ANNA, field: 'marketing' });
    updateCard(doc, id, { ownerId: null });
    expect(getCard(doc, id)).toMatchObject({ ownerId: null, field: 'marketing' });
    updateCard(doc, id, { field: null });
    expect(getCard(doc, id)).toMatchObject({ ownerId: null, field: null, problems: [] });
  });

  it('does not overwrite what a colleague changed concurrently in another field', () => {
    const a = workspace();
    const id = addCard(a, { title: 'Alt', columnId: IDEAS, ownerId: ANNA, tags: ['x'] });
    const b = peerOf(a);
    updateCard(a, id, { title: 'Titel von A' });
    updateCard(b, id, { ownerId: BEN });
    updateCard(b, id, { tags: ['von-b'] });
    sync(a, b);
    for (const doc of [a, b]) {
      expect(getCard(doc, id)).toMatchObject({ title: 'Titel von A', ownerId: BEN, tags: ['von-b'] });
    }
  });

  it('does not keep a reference to the caller’s channel list', () => {
    const doc = workspace();
    const id = addCard(doc, { title: 'A', columnId: IDEAS });
    const channelIds = [IG];
    updateCard(doc, id, { channelIds });
    channelIds.length = 0;
    expect(getCard(doc, id)!.channelIds).toEqual([IG]);
  });
});

describe('setCardBody', () => {
  it('keeps the words of two colleagues who edit different parts of the same brief', () => {
    const a = workspace();
    const id = addCard(a, {
      title: 'Post',
      columnId: IDEAS,
      body: 'Wir posten am Montag. Bitte Foto prüfen.',
    });
    const b = peerOf(a);
    setCardBody(a, id, 'Wir posten am Dienstag. Bitte Foto prüfen.');
    setCardBody(b, id, 'Wir posten am Montag. Bitte Foto und Zitat prüfen. Danke!');
    sync(a, b);
    const expected = 'Wir posten am Dienstag. Bitte Foto und Zitat prüfen. Danke!';
    expect(getCard(a, id)!.body).toBe(expected);
    expect(getCard(b, id)!.body).toBe(expected);
  });

  it('edits the existing Y.Text instead of replacing it', () => {
    const doc = workspace();
    const id = addCard(doc, { title: 'Post', columnId: IDEAS, body: 'Hallo' });
    const text = cardBodyText(doc, id);
    setCardBody(doc, id, 'Hallo Welt');
    expect(cardBodyText(doc, id)).toBe(text);
    expect(text!.toString()).toBe('Hallo Welt');
  });

  it('never breaks an emoji apart, locally or at a peer', () => {
    const a = workspace();
    const id = addCard(a, { title: 'Post', columnId: IDEAS, body: 'Gute Laune 😀 heute' });
    const b = peerOf(a);
    setCardBody(a, id, 'Gute Laune 😁 heute');
    sync(a, b);
    expect(getCard(a, id)!.body).toBe('Gute Laune 😁 heute');
    expect(getCard(b, id)!.body).toBe('Gute Laune 😁 heute');
  });

  it('creates the Y.Text when a peer left none', () => {
    const doc = workspace();
    const id = addCard(doc, { title: 'Post', columnId: IDEAS });
    (doc.getMap('cards').get(id) as Y.Map<unknown>).delete('body');
    setCardBody(doc, id, 'Neu');
    expect(cardBodyText(doc, id)?.toString()).toBe('Neu');
    expect(getCard(doc, id)!.problems).toEqual([]);
  });

  it('runs as one transaction with the local origin', () => {
    const doc = workspace();
    const id = addCard(doc, { title: 'Post', columnId: IDEAS, body: 'abc def' });
    expect(originsOf(doc, () => setCardBody(doc, id, 'xyz'))).toEqual([LOCAL_ORIGIN]);
  });
});

describe('moveCard', () => {
  it('reorders within a column', () => {
    const doc = workspace();
    const [a, b, c] = addTitles(doc, IDEAS, 'A', 'B', 'C');
    moveCard(doc, c!, { columnId: IDEAS, place: 'start' });
    expect(titles(doc, IDEAS)).toEqual(['C', 'A', 'B']);
    moveCard(doc, c!, { columnId: IDEAS, place: { after: a! } });
    expect(titles(doc, IDEAS)).toEqual(['A', 'C', 'B']);
    moveCard(doc, a!, { columnId: IDEAS, place: { before: b! } });
    expect(titles(doc, IDEAS)).toEqual(['C', 'A', 'B']);
    moveCard(doc, c!, { columnId: IDEAS });
    expect(titles(doc, IDEAS)).toEqual(['A', 'B', 'C']);
  });

  it('moves across columns to the chosen place', () => {
    const doc = workspace();
    const [a, b] = addTitles(doc, IDEAS, 'A', 'B');
    const [x, y] = addTitles(doc, IN_PROGRESS, 'X', 'Y');
    moveCard(doc, a!, { columnId: IN_PROGRESS, place: { before: y! } });
    expect(titles(doc, IDEAS)).toEqual(['B']);
    expect(titles(doc, IN_PROGRESS)).toEqual(['X', 'A', 'Y']);
    moveCard(doc, b!, { columnId: IN_PROGRESS, place: { after: x! } });
    expect(titles(doc, IN_PROGRESS)).toEqual(['X', 'B', 'A', 'Y']);
    expect(titles(doc, IDEAS)).toEqual([]);
  });

  it('moves into an empty column', () => {
    const doc = workspace();
    const [a] = addTitles(doc, IDEAS, 'A', 'B');
    moveCard(doc, a!, { columnId: PUBLISHED, place: 'start' });
    expect(titles(doc, PUBLISHED)).toEqual(['A']);
    expect(getCard(doc, a!)!.pos.columnId).toBe(PUBLISHED);
  });

  it('puts the card at the end when the neighbour is stale', () => {
    const doc = workspace();
    const [a, b, c] = addTitles(doc, IDEAS, 'A', 'B', 'C');
    deleteCard(doc, b!);
    moveCard(doc, a!, { columnId: IDEAS, place: { before: b! } });
    expect(titles(doc, IDEAS)).toEqual(['C', 'A']);
    moveCard(doc, c!, { columnId: IDEAS, place: { after: 'card-never-existed' } });
    expect(titles(doc, IDEAS)).toEqual(['A', 'C']);
    moveCard(doc, a!, { columnId: IDEAS, place: { after: a! } });
    expect(titles(doc, IDEAS)).toEqual(['C', 'A']);
  });

  it('keeps every other field of the card', () => {
    const doc = workspace();
    const id = addCard(doc, { title: 'A', columnId: IDEAS, ownerId: ANNA, tags: ['t'], body: 'b' });
    const before = getCard(doc, id)!;
    moveCard(doc, id, { columnId: IN_PROGRESS });
    expect(getCard(doc, id)).toEqual({
      ...before,
      pos: { columnId: IN_PROGRESS, order: expect.any(String) },
    });
  });

  it('lands two concurrent moves of the same card in one whole place', () => {
    const a = workspace();
    addTitles(a, IN_PROGRESS, 'X', 'Y');
    addTitles(a, PUBLISHED, 'P', 'Q');
    const [card] = addTitles(a, IDEAS, 'Karte');
    const b = peerOf(a);
    moveCard(a, card!, { columnId: IN_PROGRESS, place: 'start' });
    moveCard(b, card!, { columnId: PUBLISHED, place: 'end' });
    const places = [getCard(a, card!)!.pos, getCard(b, card!)!.pos];
    sync(a, b);
    expect(getCard(a, card!)!.pos).toEqual(getCard(b, card!)!.pos);
    expect(places).toContainEqual(getCard(a, card!)!.pos);
  });

  it('runs as one transaction with the local origin', () => {
    const doc = workspace();
    const [a] = addTitles(doc, IDEAS, 'A', 'B');
    expect(originsOf(doc, () => moveCard(doc, a!, { columnId: IN_PROGRESS }))).toEqual([LOCAL_ORIGIN]);
  });
});

describe('archive, restore, delete', () => {
  it('hides an archived card from its column and restores it to its old place', () => {
    const doc = workspace();
    const [, b] = addTitles(doc, IDEAS, 'A', 'B', 'C');
    setArchived(doc, b!, true);
    expect(getCard(doc, b!)!.archived).toBe(true);
    expect(titles(doc, IDEAS)).toEqual(['A', 'C']);
    expect(titles(doc, IDEAS, true)).toEqual(['A', 'B', 'C']);
    setArchived(doc, b!, false);
    expect(getCard(doc, b!)!.archived).toBe(false);
    expect(titles(doc, IDEAS)).toEqual(['A', 'B', 'C']);
  });

  it('deletes a card for good', () => {
    const doc = workspace();
    const [a, b] = addTitles(doc, IDEAS, 'A', 'B');
    deleteCard(doc, a!);
    expect(getCard(doc, a!)).toBeUndefined();
    expect(readCards(doc).map((c) => c.id)).toEqual([b]);
  });

  it('each run as one transaction with the local origin', () => {
    const doc = workspace();
    const [a] = addTitles(doc, IDEAS, 'A');
    expect(originsOf(doc, () => setArchived(doc, a!, true))).toEqual([LOCAL_ORIGIN]);
    expect(originsOf(doc, () => deleteCard(doc, a!))).toEqual([LOCAL_ORIGIN]);
  });
});

describe('operations on a missing card', () => {
  const missing = 'card-missing' as CardId;
  const operations: [string, (doc: Y.Doc, id: CardId) => void][] = [
    ['updateCard', (doc, id) => updateCard(doc, id, { title: 'x', ownerId: null, tags: ['t'] })],
    ['setCardBody', (doc, id) => setCardBody(doc, id, 'Text')],
    ['moveCard', (doc, id) => moveCard(doc, id, { columnId: IN_PROGRESS, place: 'start' })],
    ['setArchived', (doc, id) => setArchived(doc, id, true)],
    ['deleteCard', (doc, id) => deleteCard(doc, id)],
  ];

  it.each(operations)('%s changes nothing and does not throw', (_name, operation) => {
    const doc = workspace();
    addTitles(doc, IDEAS, 'A');
    const deleted = addCard(doc, { title: 'Gone', columnId: IDEAS });
    deleteCard(doc, deleted);
    const stateBefore = Y.encodeStateVector(doc);
    const cardsBefore = doc.getMap('cards').toJSON();
    operation(doc, missing);
    operation(doc, deleted);
    expect(Y.encodeStateVector(doc)).toEqual(stateBefore);
    expect(doc.getMap('cards').toJSON()).toEqual(cardsBefore);
    expect(getCard(doc, deleted)).toBeUndefined();
  });

  it('does not bring back a card that a peer deleted while it was being edited', () => {
    const a = workspace();
    const [id] = addTitles(a, IDEAS, 'A');
    const b = peerOf(a);
    deleteCard(a, id!);
    updateCard(b, id!, { title: 'Bearbeitet' });
    moveCard(b, id!, { columnId: PUBLISHED });
    setCardBody(b, id!, 'Neu');
    sync(a, b);
    expect(getCard(a, id!)).toBeUndefined();
    expect(getCard(b, id!)).toBeUndefined();
  });
});
