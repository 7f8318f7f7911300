/*
 * Damaged data as a buggy or older peer could write it, written here with raw Yjs in a peer
 * document and received as an update. Reads must never throw, must fall back to safe defaults,
 * must say what was wrong, and the board must still show every card exactly once.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { boardLayout } from './board';
import {
  addCard,
  cardBodyText,
  deleteCard,
  getCard,
  moveCard,
  readCards,
  setCardBody,
  updateCard,
} from './cards';
import { deleteColumn, readColumns } from './columns';
import type { CardId, ChannelId, ColumnId, PersonId } from './ids';
import { NO_POST } from './post';
import { NO_POS, isSlot, readCard } from './read';
import { ACTION_FIELDS, type Card } from './schema';
import { createWorkspace } from './workspace';

const IDEAS = 'col-ideas' as ColumnId;
const IN_PROGRESS = 'col-in-progress' as ColumnId;
const WAITING = 'col-waiting' as ColumnId;

function workspace(): Y.Doc {
  const doc = new Y.Doc();
  createWorkspace(doc, { name: 'Redaktion' });
  return doc;
}

/** Writes with raw Yjs in a peer's copy of `doc` and delivers the update, as a buggy peer would. */
function peerWrites(doc: Y.Doc, write: (cards: Y.Map<unknown>, peer: Y.Doc) => void): void {
  const peer = new Y.Doc();
  Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
  peer.transact(() => write(peer.getMap('cards'), peer));
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer, Y.encodeStateVector(doc)), 'remote');
}

/** A sound stored card, as addCard writes it, with some fields replaced (undefined removes one). */
function rawCard(overrides: { [key: string]: unknown } = {}): Y.Map<unknown> {
  const fields: { [key: string]: unknown } = {
    title: 'Titel',
    body: new Y.Text('Brief'),
    pos: { columnId: IN_PROGRESS, order: 'a0' },
    channelIds: ['channel-fb'],
    slot: { date: '2026-11-30', time: '09:00', channelId: 'channel-fb' },
    ownerId: 'person-anna',
    field: 'marketing',
    tags: ['Messe'],
    createdAt: 1_700_000_000_000,
    createdBy: 'person-ben',
    archived: false,
    ...overrides,
  };
  const record = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) record.set(key, value);
  return record;
}

const SOUND: Omit<Card, 'id'> = {
  title: 'Titel',
  body: 'Brief',
  pos: { columnId: IN_PROGRESS, order: 'a0' },
  channelIds: ['channel-fb' as ChannelId],
  slot: { date: '2026-11-30', time: '09:00', channelId: 'channel-fb' as ChannelId },
  ownerId: 'person-anna' as PersonId,
  field: 'marketing',
  tags: ['Messe'],
  createdAt: 1_700_000_000_000,
  createdBy: 'person-ben' as PersonId,
  archived: false,
  seriesId: null,
  campaignId: null,
  post: NO_POST,
  problems: [],
};

/** Every field has the type the UI relies on, whatever was stored. */
function expectWellTyped(card: Card): void {
  expect(typeof card.id).toBe('string');
  expect(typeof card.title).toBe('string');
  expect(typeof card.body).toBe('string');
  expect(typeof card.pos.columnId).toBe('string');
  expect(typeof card.pos.order).toBe('string');
  expect(card.pos.order.length).toBeGreaterThan(0);
  expect(card.channelIds.every((c) => typeof c === 'string')).toBe(true);
  expect(card.slot === null || isSlot(card.slot)).toBe(true);
  expect(card.ownerId === null || typeof card.ownerId === 'string').toBe(true);
  expect(card.field === null || ACTION_FIELDS.includes(card.field)).toBe(true);
  expect(card.tags.every((t) => typeof t === 'string')).toBe(true);
  expect(Number.isFinite(card.createdAt)).toBe(true);
  expect(card.createdBy === null || typeof card.createdBy === 'string').toBe(true);
  expect(typeof card.archived).toBe('boolean');
  expect(card.problems.every((p) => typeof p === 'string')).toBe(true);
}

type Damage = [name: string, stored: () => unknown, problems: string[], expected: Partial<Card>];

const DAMAGES: Damage[] = [
  ['a string instead of a record', () => 'Kaputt', ['record'], { title: '', body: '', pos: NO_POS }],
  ['a number instead of a record', () => 42, ['record'], { title: '', pos: NO_POS, tags: [] }],
  ['null instead of a record', () => null, ['record'], { pos: NO_POS, archived: false }],
  ['a Y.Array instead of a record', () => Y.Array.from(['x']), ['record'], { pos: NO_POS }],
  ['a number as title', () => rawCard({ title: 42 }), ['title'], { title: '' }],
  ['no title', () => rawCard({ title: undefined }), ['title'], { title: '' }],
  ['no pos', () => rawCard({ pos: undefined }), ['pos'], { pos: NO_POS }],
  ['pos as an array', () => rawCard({ pos: [IN_PROGRESS, 'a0'] }), ['pos'], { pos: NO_POS }],
  [
    'pos with a numeric order',
    () => rawCard({ pos: { columnId: IN_PROGRESS, order: 3 } }),
    ['pos'],
    { pos: NO_POS },
  ],
  [
    'pos with an empty column',
    () => rawCard({ pos: { columnId: '', order: 'a0' } }),
    ['pos'],
    { pos: NO_POS },
  ],
  ['pos as a string', () => rawCard({ pos: 'col-in-progress' }), ['pos'], { pos: NO_POS }],
  ['channelIds as a string', () => rawCard({ channelIds: 'channel-fb' }), ['channelIds'], { channelIds: [] }],
  [
    'channelIds with a number',
    () => rawCard({ channelIds: ['channel-fb', 7] }),
    ['channelIds'],
    { channelIds: ['channel-fb' as ChannelId] },
  ],
  ['tags with numbers', () => rawCard({ tags: ['Messe', 2026] }), ['tags'], { tags: ['Messe'] }],
  ['tags as an object', () => rawCard({ tags: { 0: 'Messe' } }), ['tags'], { tags: [] }],
  [
    'a slot in German date format',
    () => rawCard({ slot: { date: '30.11.2026', time: '09:00', channelId: 'channel-fb' } }),
    ['slot'],
    { slot: null },
  ],
  [
    'a slot at 24:00',
    () => rawCard({ slot: { date: '2026-11-30', time: '24:00', channelId: 'channel-fb' } }),
    ['slot'],
    { slot: null },
  ],
  [
    'a slot without channel',
    () => rawCard({ slot: { date: '2026-11-30', time: '09:00' } }),
    ['slot'],
    { slot: null },
  ],
  ['a slot as a string', () => rawCard({ slot: '2026-11-30T09:00' }), ['slot'], { slot: null }],
  ['the brief as a plain string', () => rawCard({ body: 'Alter Brief' }), ['body'], { body: 'Alter Brief' }],
  ['the brief as a number', () => rawCard({ body: 5 }), ['body'], { body: '' }],
  ['the brief as a Y.Map', () => rawCard({ body: new Y.Map() }), ['body'], { body: '' }],
  ['an unknown action field', () => rawCard({ field: 'sales' }), ['field'], { field: null }],
  ['an empty owner id', () => rawCard({ ownerId: '' }), ['ownerId'], { ownerId: null }],
  ['an owner as a number', () => rawCard({ ownerId: 12 }), ['ownerId'], { ownerId: null }],
  ['archived as a word', () => rawCard({ archived: 'ja' }), ['archived'], { archived: false }],
  ['createdAt as a date string', () => rawCard({ createdAt: '2026-11-30' }), ['createdAt'], { createdAt: 0 }],
  [
    'several damaged fields',
    () => rawCard({ title: null, tags: 'Messe', field: 7, pos: {} }),
    ['title', 'pos', 'field', 'tags'],
    { title: '', tags: [], field: null, pos: NO_POS },
  ],
];

const unreadablePlace = (problems: readonly string[]) =>
  problems.includes('record') || problems.includes('pos');

describe('readCard on damaged data', () => {
  it('reads a sound card without problems', () => {
    const doc = workspace();
    peerWrites(doc, (cards) => cards.set('card-ok', rawCard()));
    expect(getCard(doc, 'card-ok' as CardId)).toEqual({ id: 'card-ok', ...SOUND });
  });

  it('accepts the values a sound card may hold: null slot, owner, field and creator', () => {
    const doc = workspace();
    peerWrites(doc, (cards) =>
      cards.set('card-ok', rawCard({ slot: null, ownerId: null, field: null, createdBy: null })),
    );
    expect(getCard(doc, 'card-ok' as CardId)!.problems).toEqual([]);
  });

  it.each(DAMAGES)(
    'survives %s, with safe defaults and the problem listed',
    (_name, stored, problems, expected) => {
      const doc = workspace();
      peerWrites(doc, (cards) => cards.set('card-bad', stored()));
      const card = getCard(doc, 'card-bad' as CardId)!;
      expectWellTyped(card);
      expect([...card.problems].sort()).toEqual([...problems].sort());
      expect(card).toMatchObject(expected);
      if (!problems.includes('record')) {
        // The fields that were sound are still read as stored.
        const untouched = Object.entries(SOUND).filter(
          ([key]) => !problems.includes(key) && key !== 'problems',
        );
        for (const [key, value] of untouched) expect(card[key as keyof Card]).toEqual(value);
      }
    },
  );

  it('never throws and always returns well-typed fields, whatever a peer stored', () => {
    const yValue = fc.constantFrom(
      () => new Y.Text('t'),
      () => new Y.Map(),
      () => Y.Array.from([1, 'x']),
    );
    const stored = fc.oneof(
      fc.jsonValue().map((v) => () => v),
      yValue,
    );
    const keys = [
      'title',
      'body',
      'pos',
      'channelIds',
      'slot',
      'ownerId',
      'field',
      'tags',
      'createdAt',
      'createdBy',
      'archived',
      'x',
    ];
    const record = fc.dictionary(fc.constantFrom(...keys), stored, { maxKeys: keys.length });
    const asCard = fc.oneof(
      record.map(
        (fields) => () => rawCard(Object.fromEntries(Object.entries(fields).map(([k, f]) => [k, f()]))),
      ),
      stored,
    );
    fc.assert(
      fc.property(fc.array(asCard, { minLength: 1, maxLength: 6 }), (makers) => {
        const doc = workspace();
        peerWrites(doc, (cards) => makers.forEach((make, i) => cards.set(`card-${i}`, make())));
        const cards = readCards(doc);
        cards.forEach(expectWellTyped);
        const shown = [...boardLayout(readColumns(doc), cards).values()].flat();
        const live = cards.filter((c) => !c.archived).map((c) => c.id);
        expect([...shown].sort()).toEqual([...live].sort());
      }),
      { numRuns: 150 },
    );
  });
});

describe('boardLayout with damaged and orphaned cards', () => {
  it('shows every card exactly once, those without a readable place in the first column', () => {
    const doc = workspace();
    const sound = addCard(doc, { title: 'Gesund', columnId: IN_PROGRESS });
    const soundIdea = addCard(doc, { title: 'Idee', columnId: IDEAS });
    peerWrites(doc, (cards) => {
      DAMAGES.forEach(([, stored], i) => cards.set(`card-bad-${i}`, stored()));
      cards.set('card-orphan', rawCard({ pos: { columnId: 'col-gone', order: 'a0' } }));
    });
    const cards = readCards(doc);
    const layout = boardLayout(readColumns(doc), cards);
    const shown = [...layout.values()].flat();
    expect(shown).toHaveLength(new Set(shown).size);
    expect([...shown].sort()).toEqual(cards.map((c) => c.id).sort());
    expect(layout.get(IDEAS)).toContain(soundIdea);
    expect(layout.get(IN_PROGRESS)).toContain(sound);
    expect(layout.get(IDEAS)).toContain('card-orphan');
    // Every damaged card except those with an unreadable place stays in its own column.
    for (const card of cards.filter((c) => c.id.startsWith('card-bad-'))) {
      const column = unreadablePlace(card.problems) ? IDEAS : IN_PROGRESS;
      expect(layout.get(column), card.id).toContain(card.id);
    }
  });

  it('shows a card whose column a peer deleted in the first column', () => {
    const doc = workspace();
    const card = addCard(doc, { title: 'Wartet', columnId: WAITING });
    peerWrites(doc, (_cards, peer) => peer.getMap('columns').delete(WAITING));
    const layout = boardLayout(readColumns(doc), readCards(doc));
    expect(layout.has(WAITING)).toBe(false);
    expect(layout.get(IDEAS)).toEqual([card]);
  });

  it('shows a card moved into a column that a peer deleted at the same time in the first column', () => {
    const a = workspace();
    const moved = addCard(a, { title: 'Verschoben', columnId: IN_PROGRESS });
    const inWaiting = addCard(a, { title: 'Schon da', columnId: WAITING });
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    deleteColumn(a, WAITING, IN_PROGRESS);
    moveCard(b, moved, { columnId: WAITING });
    const added = addCard(b, { title: 'Neu', columnId: WAITING });
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
    for (const doc of [a, b]) {
      const layout = boardLayout(readColumns(doc), readCards(doc));
      expect(layout.has(WAITING)).toBe(false);
      expect([...(layout.get(IDEAS) ?? [])].sort()).toEqual([moved, added].sort());
      expect(layout.get(IN_PROGRESS)).toEqual([inWaiting]);
    }
  });

  it('skips a column stored as garbage and shows its cards in the first column', () => {
    const doc = workspace();
    const card = addCard(doc, { title: 'A', columnId: WAITING });
    peerWrites(doc, (_cards, peer) => peer.getMap('columns').set(WAITING, 'kaputt'));
    const columns = readColumns(doc);
    expect(columns.map((c) => c.id)).not.toContain(WAITING);
    expect(boardLayout(columns, readCards(doc)).get(IDEAS)).toEqual([card]);
  });
});

describe('mutations on damaged cards', () => {
  it('repairs an unreadable place by moving the card', () => {
    const doc = workspace();
    peerWrites(doc, (cards) => cards.set('card-bad', rawCard({ pos: [1, 2] })));
    moveCard(doc, 'card-bad' as CardId, { columnId: IN_PROGRESS });
    expect(getCard(doc, 'card-bad' as CardId)).toMatchObject({
      pos: { columnId: IN_PROGRESS },
      problems: [],
    });
  });

  it('keeps the words of a plain-string brief when the user edits it', () => {
    const doc = workspace();
    peerWrites(doc, (cards) => cards.set('card-old', rawCard({ body: 'Alter Brief' })));
    const id = 'card-old' as CardId;
    setCardBody(doc, id, `${getCard(doc, id)!.body} mit Ergänzung`);
    expect(cardBodyText(doc, id)?.toString()).toBe('Alter Brief mit Ergänzung');
    expect(getCard(doc, id)!.problems).toEqual([]);
  });

  it('leaves a card that is not a record alone, and can delete it', () => {
    const doc = workspace();
    peerWrites(doc, (cards) => cards.set('card-bad', 'Kaputt'));
    const id = 'card-bad' as CardId;
    expect(() => {
      updateCard(doc, id, { title: 'x' });
      setCardBody(doc, id, 'x');
      moveCard(doc, id, { columnId: IN_PROGRESS });
    }).not.toThrow();
    expect(doc.getMap('cards').get(id)).toBe('Kaputt');
    deleteCard(doc, id);
    expect(getCard(doc, id)).toBeUndefined();
  });

  it('adds and moves cards next to siblings with damaged places', () => {
    const doc = workspace();
    peerWrites(doc, (cards) => {
      cards.set('card-a', rawCard({ pos: { columnId: IN_PROGRESS, order: 'a0' } }));
      cards.set('card-no-pos', rawCard({ pos: undefined }));
      cards.set('card-garbage', 17);
    });
    const added = addCard(doc, { title: 'Neu', columnId: IN_PROGRESS });
    moveCard(doc, added, { columnId: IN_PROGRESS, place: { before: 'card-a' } });
    const layout = boardLayout(readColumns(doc), readCards(doc));
    expect(layout.get(IN_PROGRESS)).toEqual([added, 'card-a']);
    expect([...layout.get(IDEAS)!].sort()).toEqual(['card-garbage', 'card-no-pos']);
  });
});

describe('readCard directly', () => {
  it('reads values that are not even a Y.Map', () => {
    for (const value of [undefined, 'x', 1, null, {}, [], { title: 'plain object' }]) {
      const card = readCard('card-x', value);
      expectWellTyped(card);
      expect(card.problems).toEqual(['record']);
    }
  });
});
