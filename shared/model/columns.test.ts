import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, cardsInColumn, getCard, setArchived } from './cards';
import { addColumn, deleteColumn, moveColumn, readColumns, renameColumn } from './columns';
import { LOCAL_ORIGIN } from './doc';
import type { ColumnId } from './ids';
import { DEFAULT_COLUMNS } from './schema';
import { createWorkspace } from './workspace';

const IDEAS = 'col-ideas' as ColumnId;
const IN_PROGRESS = 'col-in-progress' as ColumnId;
const WAITING = 'col-waiting' as ColumnId;
const PUBLISHED = 'col-published' as ColumnId;

const GERMAN_TITLES = [
  'Ideen',
  'In Arbeit',
  'Warten auf Input',
  'Zur Freigabe',
  'Freigegeben',
  'Veröffentlicht',
];
const DEFAULT_IDS = [
  'col-ideas',
  'col-in-progress',
  'col-waiting',
  'col-review',
  'col-approved',
  'col-published',
];

function workspace(): Y.Doc {
  const doc = new Y.Doc();
  createWorkspace(doc, { name: 'Redaktion' });
  return doc;
}

const titles = (doc: Y.Doc) => readColumns(doc).map((c) => c.title);
const cardTitles = (doc: Y.Doc, columnId: ColumnId) => cardsInColumn(doc, columnId, true).map((c) => c.title);

describe('default columns', () => {
  it('are the six German workflow stages with fixed ids, in order', () => {
    const columns = readColumns(workspace());
    expect(columns.map((c) => c.title)).toEqual(GERMAN_TITLES);
    expect(columns.map((c) => c.id)).toEqual(DEFAULT_IDS);
    expect(columns.map((c) => c.stage)).toEqual([
      'ideas',
      'inProgress',
      'waiting',
      'review',
      'approved',
      'published',
    ]);
    expect(DEFAULT_COLUMNS.map((c) => c.id)).toEqual(DEFAULT_IDS);
  });

  it('stay six when two laptops each set up the workspace and then meet', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    createWorkspace(a, { name: 'Team A' });
    createWorkspace(b, { name: 'Team B' });
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    for (const doc of [a, b]) {
      expect(readColumns(doc).map((c) => c.id)).toEqual(DEFAULT_IDS);
      expect(titles(doc)).toEqual(GERMAN_TITLES);
    }
    expect(a.getMap('columns').toJSON()).toEqual(b.getMap('columns').toJSON());
  });

  it('are not duplicated or reset when the setup runs again', () => {
    const doc = workspace();
    renameColumn(doc, IDEAS, 'Themenspeicher');
    createWorkspace(doc, { name: 'Redaktion' });
    expect(readColumns(doc)).toHaveLength(6);
    expect(titles(doc)[0]).toBe('Themenspeicher');
  });
});

describe('addColumn, renameColumn, moveColumn', () => {
  it('adds a column at the end by default, trimmed and without a stage', () => {
    const doc = workspace();
    const id = addColumn(doc, '  Archiv  ');
    const columns = readColumns(doc);
    expect(columns).toHaveLength(7);
    expect(columns.at(-1)).toEqual({ id, title: 'Archiv', order: expect.any(String), stage: null });
  });

  it('adds a column at the start, before or after another', () => {
    const doc = workspace();
    addColumn(doc, 'Vorne', 'start');
    addColumn(doc, 'Nach Ideen', { after: IDEAS });
    addColumn(doc, 'Vor Veröffentlicht', { before: PUBLISHED });
    expect(titles(doc)).toEqual([
      'Vorne',
      'Ideen',
      'Nach Ideen',
      'In Arbeit',
      'Warten auf Input',
      'Zur Freigabe',
      'Freigegeben',
      'Vor Veröffentlicht',
      'Veröffentlicht',
    ]);
  });

  it('renames a column, trimmed; a missing column is left alone', () => {
    const doc = workspace();
    renameColumn(doc, WAITING, '  Wartet auf Zuarbeit ');
    const before = Y.encodeStateVector(doc);
    renameColumn(doc, 'col-gone' as ColumnId, 'X');
    expect(Y.encodeStateVector(doc)).toEqual(before);
    expect(titles(doc)[2]).toBe('Wartet auf Zuarbeit');
  });

  it('moves a column to the start, before or after another', () => {
    const doc = workspace();
    moveColumn(doc, PUBLISHED, 'start');
    expect(titles(doc)[0]).toBe('Veröffentlicht');
    moveColumn(doc, PUBLISHED, { after: WAITING });
    expect(titles(doc)).toEqual([
      'Ideen',
      'In Arbeit',
      'Warten auf Input',
      'Veröffentlicht',
      'Zur Freigabe',
      'Freigegeben',
    ]);
    moveColumn(doc, IDEAS, 'end');
    expect(titles(doc).at(-1)).toBe('Ideen');
    moveColumn(doc, IDEAS, { before: IN_PROGRESS });
    expect(titles(doc)[0]).toBe('Ideen');
  });
});

describe('deleteColumn', () => {
  function setUp() {
    const doc = workspace();
    const [i1, i2] = ['I1', 'I2'].map((title) => addCard(doc, { title, columnId: IDEAS }));
    const archivedInFallback = addCard(doc, { title: 'I3 archiviert', columnId: IDEAS });
    setArchived(doc, archivedInFallback, true);
    const [w1, w2, w3] = ['W1', 'W2', 'W3'].map((title) => addCard(doc, { title, columnId: WAITING }));
    setArchived(doc, w2!, true);
    addCard(doc, { title: 'W0', columnId: WAITING, place: 'start' });
    return { doc, i1, i2, w1, w2, w3 };
  }

  it('moves all its cards, archived ones too, after the fallback’s cards in their order', () => {
    const { doc, w2 } = setUp();
    const untouched = cardTitles(doc, IN_PROGRESS);
    deleteColumn(doc, WAITING, IDEAS);
    expect(readColumns(doc).map((c) => c.id)).not.toContain(WAITING);
    expect(cardTitles(doc, IDEAS)).toEqual(['I1', 'I2', 'I3 archiviert', 'W0', 'W1', 'W2', 'W3']);
    expect(cardsInColumn(doc, IDEAS).map((c) => c.title)).toEqual(['I1', 'I2', 'W0', 'W1', 'W3']);
    expect(getCard(doc, w2!)!.archived).toBe(true);
    expect(cardTitles(doc, WAITING)).toEqual([]);
    expect(cardTitles(doc, IN_PROGRESS)).toEqual(untouched);
  });

  it('moves the cards into an empty fallback in their order', () => {
    const { doc } = setUp();
    deleteColumn(doc, WAITING, PUBLISHED);
    expect(cardTitles(doc, PUBLISHED)).toEqual(['W0', 'W1', 'W2', 'W3']);
  });

  it('refuses the deleted column as its own fallback and changes nothing', () => {
    const { doc } = setUp();
    const before = Y.encodeStateVector(doc);
    expect(() => deleteColumn(doc, WAITING, WAITING)).toThrow();
    expect(Y.encodeStateVector(doc)).toEqual(before);
    expect(readColumns(doc)).toHaveLength(6);
  });

  it('changes nothing when the column or the fallback does not exist', () => {
    const { doc } = setUp();
    const before = Y.encodeStateVector(doc);
    deleteColumn(doc, WAITING, 'col-gone' as ColumnId);
    deleteColumn(doc, 'col-gone' as ColumnId, IDEAS);
    expect(Y.encodeStateVector(doc)).toEqual(before);
    expect(cardTitles(doc, WAITING)).toEqual(['W0', 'W1', 'W2', 'W3']);
  });

  it('is one undoable step: undo brings back the column and its cards', () => {
    const { doc } = setUp();
    const undo = new Y.UndoManager([doc.getMap('columns'), doc.getMap('cards')], {
      trackedOrigins: new Set([LOCAL_ORIGIN]),
    });
    deleteColumn(doc, WAITING, IDEAS);
    expect(undo.undoStack).toHaveLength(1);
    undo.undo();
    expect(titles(doc)).toEqual(GERMAN_TITLES);
    expect(cardTitles(doc, WAITING)).toEqual(['W0', 'W1', 'W2', 'W3']);
    expect(cardTitles(doc, IDEAS)).toEqual(['I1', 'I2', 'I3 archiviert']);
  });
});
