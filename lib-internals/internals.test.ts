// The private fields the app reads or replaces at run time, checked against the installed
// libraries: when an update renames or reshapes one, this fails before the app silently stops
// storing, relaying or reading what it should. (The build-time patches have their own tests
// beside them; docs/architecture.md, "Library internals the app relies on", lists every reach.)
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';

const source = (path: string) => readFileSync(new URL(`../node_modules/${path}`, import.meta.url), 'utf8');

describe('y-indexeddb (lib-internals/durableIndexeddb.ts)', () => {
  const code = source('y-indexeddb/src/y-indexeddb.js');

  it('stores each update through _storeUpdate, registered on the document', () => {
    expect(code).toContain('this._storeUpdate = (update, origin) => {');
    expect(code).toContain("doc.on('update', this._storeUpdate)");
    expect(code).toContain("this.doc.off('update', this._storeUpdate)");
  });

  it('loads the stored updates from the key _dbref on', () => {
    expect(code).toContain('this._dbref = 0');
    expect(code).toContain('idb.createIDBKeyRangeLowerBound(idbPersistence._dbref, false)');
  });
});

describe('y-webrtc (renderer/sync/relay.ts, connection.ts)', () => {
  const code = source('y-webrtc/src/y-webrtc.js');

  it("sends the document's updates to its peers through the room's _docUpdateHandler", () => {
    expect(code).toContain('this._docUpdateHandler = (update, _origin) => {');
    expect(code).toContain("this.doc.on('update', this._docUpdateHandler)");
    expect(code).toContain("this.doc.off('update', this._docUpdateHandler)");
  });

  it('keeps its connections in webrtcConns and bcConns', () => {
    expect(code).toContain('this.webrtcConns = new Map()');
    expect(code).toContain('this.bcConns = new Set()');
  });
});

describe('simple-peer (renderer/sync/frames.ts)', () => {
  it('holds its data channel in _channel', () => {
    const code = source('simple-peer/index.js');
    expect(code).toContain('this._channel = event.channel');
    expect(code).toContain('this._channel = null');
  });
});

describe('yjs (shared/model/read.ts, columnIndex.ts)', () => {
  it("a Y.Text's items run from _start along right, in the text's order", () => {
    const doc = new Y.Doc();
    const text = doc.getText('t');
    text.insert(0, 'world');
    text.insert(0, 'hello ');
    text.delete(0, 1);
    let read = '';
    for (let item = text._start; item; item = item.right) {
      if (!item.deleted && item.countable && item.content instanceof Y.ContentString)
        read += item.content.str;
    }
    expect(read).toBe('ello world');
  });

  it('a running transaction is _transaction, and a nested type knows its key as _item.parentSub', () => {
    const doc = new Y.Doc();
    const cards = doc.getMap<Y.Map<unknown>>('cards');
    expect(doc._transaction).toBeNull();
    let changed: (string | null | undefined)[] = [];
    doc.transact(() => {
      const card = new Y.Map<unknown>();
      cards.set('c1', card);
      card.set('title', 'x');
    });
    doc.transact(() => {
      cards.get('c1')!.set('title', 'y');
      const transaction = doc._transaction;
      expect(transaction).not.toBeNull();
      changed = [...transaction!.changed.keys()].map((type) => type._item?.parentSub);
    });
    expect(changed).toEqual(['c1']);
    expect(doc._transaction).toBeNull();
  });
});
