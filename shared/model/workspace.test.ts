import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { boardLayout } from './board';
import { addCard, readCards } from './cards';
import { readColumns } from './columns';
import { LOCAL_ORIGIN, columnsMap } from './doc';
import type { ColumnId } from './ids';
import { migrate } from './migrations';
import { SCHEMA_VERSION } from './schema';
import {
  DEFAULT_TIMEZONE,
  createWorkspace,
  isWorkspaceReady,
  readMeta,
  renameWorkspace,
  restoreDefaultColumns,
} from './workspace';

describe('createWorkspace', () => {
  it('writes the meta values of a new workspace', () => {
    const doc = new Y.Doc();
    expect(isWorkspaceReady(doc)).toBe(false);
    createWorkspace(doc, { name: '  Social Media Team  ' });
    expect(readMeta(doc)).toEqual({
      schemaVersion: SCHEMA_VERSION,
      name: 'Social Media Team',
      timezone: 'Europe/Berlin',
      weekStartsOn: 1,
    });
    expect(DEFAULT_TIMEZONE).toBe('Europe/Berlin');
    expect(isWorkspaceReady(doc)).toBe(true);
  });

  it('takes another time zone when given', () => {
    const doc = new Y.Doc();
    createWorkspace(doc, { name: 'Wien', timezone: 'Europe/Vienna' });
    expect(readMeta(doc).timezone).toBe('Europe/Vienna');
  });

  it('is ready on a peer that only received the workspace', () => {
    const doc = new Y.Doc();
    createWorkspace(doc, { name: 'Team' });
    const peer = new Y.Doc();
    expect(isWorkspaceReady(peer)).toBe(false);
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    expect(isWorkspaceReady(peer)).toBe(true);
    expect(readMeta(peer).name).toBe('Team');
  });

  it('renames the workspace, trimmed', () => {
    const doc = new Y.Doc();
    createWorkspace(doc, { name: 'Alt' });
    renameWorkspace(doc, ' Neu ');
    expect(readMeta(doc).name).toBe('Neu');
  });

  it('reads damaged meta with safe defaults', () => {
    const doc = new Y.Doc();
    const meta = doc.getMap('meta');
    meta.set('schemaVersion', '1');
    meta.set('name', 5);
    meta.set('timezone', null);
    meta.set('weekStartsOn', 'Montag');
    expect(readMeta(doc)).toEqual({ schemaVersion: 0, name: '', timezone: 'Europe/Berlin', weekStartsOn: 1 });
  });
});

describe('migrate', () => {
  function atVersion(version: number): Y.Doc {
    const doc = new Y.Doc();
    createWorkspace(doc, { name: 'Team' });
    doc.getMap('meta').set('schemaVersion', version);
    return doc;
  }

  it('reports an empty document and writes nothing', () => {
    const doc = new Y.Doc();
    const step = () => {
      throw new Error('must not run');
    };
    expect(migrate(doc, { 0: step, 1: step })).toBe('empty');
    expect(Y.encodeStateVector(doc)).toEqual(Y.encodeStateVector(new Y.Doc()));
  });

  it('reports a current document and writes nothing', () => {
    const doc = atVersion(SCHEMA_VERSION);
    const before = Y.encodeStateVector(doc);
    expect(migrate(doc)).toBe('current');
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });

  it('leaves a document from a newer version untouched', () => {
    const doc = atVersion(SCHEMA_VERSION + 1);
    doc.getMap('meta').set('futureField', { x: 1 });
    const before = Y.encodeStateAsUpdate(doc);
    let ran = false;
    const steps = {
      [SCHEMA_VERSION]: () => void (ran = true),
      [SCHEMA_VERSION + 1]: () => void (ran = true),
    };
    expect(migrate(doc, steps)).toBe('newer');
    expect(ran).toBe(false);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
    expect(readMeta(doc).schemaVersion).toBe(SCHEMA_VERSION + 1);
  });

  it('runs the steps in order, each seeing the version it starts from, and sets the new version', () => {
    const doc = atVersion(1);
    const seen: string[] = [];
    const steps = {
      0: () => seen.push('0 must not run'),
      1: (d: Y.Doc) => {
        seen.push(`1 at ${readMeta(d).schemaVersion}`);
        d.getMap('meta').set('added', 'by step 1');
      },
      2: (d: Y.Doc) => seen.push(`2 at ${readMeta(d).schemaVersion}: ${d.getMap('meta').get('added')}`),
      3: (d: Y.Doc) => seen.push(`3 at ${readMeta(d).schemaVersion}`),
      4: () => seen.push('4 must not run'),
    };
    expect(migrate(doc, steps, 4)).toBe('migrated');
    expect(seen).toEqual(['1 at 1', '2 at 2: by step 1', '3 at 3']);
    expect(readMeta(doc).schemaVersion).toBe(4);
    expect(migrate(doc, steps, 4)).toBe('current');
    expect(seen).toHaveLength(3);
  });

  it('sets the version even for versions without a step', () => {
    const doc = atVersion(1);
    expect(migrate(doc, {}, 3)).toBe('migrated');
    expect(readMeta(doc).schemaVersion).toBe(3);
  });

  it('migrates in one transaction that the user cannot undo', () => {
    const doc = atVersion(1);
    const undo = new Y.UndoManager(doc.getMap('meta'), { trackedOrigins: new Set([LOCAL_ORIGIN]) });
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    migrate(doc, { 1: (d) => d.getMap('meta').set('x', 1), 2: (d) => d.getMap('meta').set('y', 2) }, 3);
    expect(origins).toHaveLength(1);
    expect(origins[0]).not.toBe(LOCAL_ORIGIN);
    expect(undo.undoStack).toHaveLength(0);
  });

  it('converges when two peers migrate the same document concurrently', () => {
    const a = atVersion(1);
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const steps = { 1: (d: Y.Doc) => d.getMap('meta').set('channelsSorted', true) };
    migrate(a, steps, 2);
    migrate(b, steps, 2);
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    expect(a.getMap('meta').toJSON()).toEqual(b.getMap('meta').toJSON());
    expect(readMeta(a).schemaVersion).toBe(2);
    expect(a.getMap('meta').get('channelsSorted')).toBe(true);
  });
});

describe('restoreDefaultColumns', () => {
  it('brings back the default columns after peers deleted all of them concurrently, and the cards show again', () => {
    const doc = new Y.Doc();
    createWorkspace(doc, { name: 'Team' });
    addCard(doc, { title: 'Bleibt', columnId: 'col-waiting' as ColumnId });
    doc.transact(() => columnsMap(doc).clear());
    expect(boardLayout(readColumns(doc), readCards(doc)).size).toBe(0);
    restoreDefaultColumns(doc);
    const layout = boardLayout(readColumns(doc), readCards(doc));
    expect(readColumns(doc).map((c) => c.title)).toEqual([
      'Ideen',
      'In Arbeit',
      'Warten auf Input',
      'Zur Freigabe',
      'Freigegeben',
      'Veröffentlicht',
    ]);
    expect([...layout.values()].flat()).toHaveLength(1);
  });
});
